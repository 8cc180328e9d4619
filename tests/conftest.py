import pytest
from wagtail.models import Site

from tests.factories import ContentPageFactory, HomePageFactory, translate_page


@pytest.fixture
def home_pages(db):
    """The default site's home page in English, Arabic and Russian, keyed by language code."""
    home = HomePageFactory(title="Practice Exchange", intro="<p>Welcome, practitioners.</p>")
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    placeholder.delete()
    return {
        "en": home,
        "ar": translate_page(home, "ar", title="تبادل الممارسات", intro="<p>مرحبا</p>"),
        "ru": translate_page(home, "ru", title="Обмен практиками", intro="<p>Привет</p>"),
    }


@pytest.fixture
def about_page(home_pages):
    return ContentPageFactory(
        parent=home_pages["en"], title="About", slug="about", show_in_menus=True
    )
