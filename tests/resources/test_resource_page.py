import pytest
from django.utils.html import escape

from network import policy
from practices.choices import ResourceType
from tests.factories import member, restrict_page
from tests.factories.resources import ResourcePageFactory, document, theme

pytestmark = pytest.mark.django_db

MEMBERS_ONLY = "CANARY-MEMBERS-RESOURCE-PAGE-b83d"


def test_resource_page_shows_what_the_resource_is_and_where_to_get_it(client, library):
    report = document("Evaluation report", filename="evaluation.pdf")
    resource = ResourcePageFactory(
        parent=library,
        title="Mentoring returnees: an evaluation",
        summary="What two years of mentoring taught a probation service.",
        resource_type=ResourceType.PUBLICATION,
        authors="A. Karimova, B. Osei",
        publisher="Reintegration Network Press",
        year=2022,
        language="ru",
        themes=[theme("mentoring", "Mentoring"), theme("probation", "Probation")],
        document=report,
        external_url="https://example.org/evaluation?lang=ru&format=html",
    )

    response = client.get(resource.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Mentoring returnees: an evaluation</h1>" in html
    assert "What two years of mentoring taught a probation service." in html
    assert "<dd>Publication</dd>" in html
    assert "<dd>A. Karimova, B. Osei</dd>" in html
    assert "<dd>Reintegration Network Press</dd>" in html
    assert "<dd>2022</dd>" in html
    assert '<dd><span lang="ru">Russian</span></dd>' in html
    assert "<dd>Mentoring, Probation</dd>" in html
    assert f'<a class="button" href="{report.url}">Download the file (PDF)</a>' in html
    assert report.url == f"/documents/{report.pk}/{report.filename}"
    assert f'href="{escape(resource.external_url)}" rel="external noopener"' in html


def test_resource_page_leaves_out_what_it_does_not_have(client, library):
    resource = ResourcePageFactory(parent=library, title="A bare link", authors="", year=None)

    html = client.get(resource.url).content.decode()

    assert "Authors" not in html
    assert "Publisher" not in html
    assert "Year" not in html
    assert "Themes" not in html
    assert "Download the file" not in html
    assert 'href="https://example.org/guide" rel="external noopener"' in html


def test_resource_page_names_themes_in_the_readers_language(client, library, russian_library):
    english = theme("mentoring", "Mentoring")
    theme("mentoring", "Наставничество", language="ru")
    resource = ResourcePageFactory(
        parent=russian_library, title="Руководство", language="ru", themes=[english]
    )

    html = client.get(resource.url).content.decode()

    assert resource.url.startswith("/ru/")
    assert "<dd>Наставничество</dd>" in html


def test_members_only_resource_page_asks_visitors_to_sign_in(client, library):
    resource = ResourcePageFactory(parent=library, title=f"Handbook {MEMBERS_ONLY}")
    restrict_page(resource, policy.members_group())

    visitor = client.get(resource.url)
    client.force_login(member())
    reader = client.get(resource.url)

    assert visitor.status_code == 302
    assert visitor["Location"].startswith("/en/accounts/login/")
    assert MEMBERS_ONLY not in visitor.content.decode()
    assert reader.status_code == 200
    assert MEMBERS_ONLY in reader.content.decode()
    assert "no-store" in reader["Cache-Control"]
