import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import AccountFactory, ContentPageFactory, member

pytestmark = pytest.mark.django_db


def stored_document(title: str):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"report", name="report.txt")
    )


def test_a_document_no_page_holds_is_for_members_only(client):
    document = stored_document("Loose evaluation report")

    assert client.get(document.url).status_code == 302
    client.force_login(AccountFactory())
    assert client.get(document.url).status_code == 403
    client.force_login(member())
    assert client.get(document.url).status_code == 200


def test_a_document_linked_from_a_public_page_is_public(client, home_pages):
    document = stored_document("Published guidance")
    ContentPageFactory(
        parent=home_pages["en"],
        title="Guidance",
        slug="guidance",
        body=[
            (
                "paragraph",
                f'<p>Read <a linktype="document" id="{document.pk}">the guidance</a>.</p>',
            )
        ],
    )

    assert client.get(document.url).status_code == 200
