import pytest

from network.policy import members_group
from tests.factories import ContentPageFactory, member, restrict_page, translate_page

pytestmark = pytest.mark.django_db

SECRET = "CANARY-TRANSLATED-CASE-NOTES"


@pytest.fixture
def restricted_after_translation(home_pages):
    """An English page translated into Arabic while public, restricted to members afterwards."""
    page = ContentPageFactory(
        parent=home_pages["en"],
        title="Case notes",
        slug="case-notes",
        show_in_menus=True,
        body=[("paragraph", f"<p>{SECRET}</p>")],
    )
    arabic = translate_page(page, "ar", title=f"ملاحظات {SECRET}")
    restrict_page(page, members_group())
    return arabic


def test_a_translation_is_never_more_open_than_its_original(client, restricted_after_translation):
    response = client.get(restricted_after_translation.url)

    assert response.status_code == 302
    assert SECRET not in client.get("/ar/").content.decode()


def test_members_read_the_translation(client, restricted_after_translation):
    client.force_login(member())

    assert client.get(restricted_after_translation.url).status_code == 200
    assert SECRET in client.get("/ar/").content.decode()


def test_an_alias_in_another_language_follows_its_original(client, home_pages):
    from wagtail.models import Locale

    page = ContentPageFactory(
        parent=home_pages["en"], title=f"Notes {SECRET}", slug="notes", show_in_menus=True
    )
    alias = page.copy_for_translation(
        Locale.objects.get(language_code="ru"), copy_parents=True, alias=True
    )
    restrict_page(page, members_group())

    assert client.get(alias.url).status_code == 302
    assert SECRET not in client.get("/ru/").content.decode()
