"""A resource's file is served by Wagtail's document view, under the rules of its page."""

import pytest

from network import policy
from tests.factories import AccountFactory, ApplicationFactory, member, restrict_page
from tests.factories.resources import ResourcePageFactory, document

pytestmark = pytest.mark.django_db

MEMBERS_FILE = "CANARY-MEMBERS-FILE-0a6c"
PUBLIC_FILE = "Public toolkit text"


@pytest.fixture
def members_file(library):
    file = document(f"Handbook {MEMBERS_FILE}", f"Handbook text {MEMBERS_FILE}", "handbook.txt")
    resource = ResourcePageFactory(parent=library, document=file, external_url="")
    restrict_page(resource, policy.members_group())
    return file


@pytest.fixture
def public_file(library):
    file = document("Toolkit", PUBLIC_FILE, "toolkit.txt")
    ResourcePageFactory(parent=library, document=file, external_url="")
    return file


def body(response) -> str:
    return b"".join(response.streaming_content).decode()


def test_members_only_resource_file_sends_visitors_to_sign_in(client, members_file):
    response = client.get(members_file.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/documents/")
    assert "no-store" in response["Cache-Control"]


def test_members_only_resource_file_is_refused_to_applicants(client, members_file):
    applicant = AccountFactory()
    ApplicationFactory(applicant=applicant)
    client.force_login(applicant)

    response = client.get(members_file.url)

    assert response.status_code == 403
    assert MEMBERS_FILE not in response.content.decode()


def test_members_download_members_only_resource_files(client, members_file):
    client.force_login(member())

    response = client.get(members_file.url)

    assert response.status_code == 200
    assert body(response) == f"Handbook text {MEMBERS_FILE}"
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_visitors_download_public_resource_files(client, public_file):
    response = client.get(public_file.url)

    assert response.status_code == 200
    assert body(response) == PUBLIC_FILE


def test_a_file_used_by_a_members_only_resource_stays_private_on_a_public_one(
    client, library, members_file
):
    ResourcePageFactory(parent=library, title="Open copy", document=members_file)

    assert client.get(members_file.url).status_code == 302
