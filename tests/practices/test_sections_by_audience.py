import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from practices.choices import SectionAudience
from practices.models import PracticeAttachment
from tests.factories import AccountFactory, NetworkGroupFactory, join_group, member
from tests.factories.practices import PracticePageFactory

pytestmark = pytest.mark.django_db

CANARY = {
    "context": "CANARY-CONTEXT-1a",
    "approach": "CANARY-APPROACH-2b",
    "results": "CANARY-RESULTS-3c",
    "replication": "CANARY-TRANSFER-4d",
    "contacts": "CANARY-CONTACTS-5e",
    "attachments": "CANARY-ATTACHMENT-6f",
}


@pytest.fixture
def group():
    return NetworkGroupFactory(name="Returning women and children")


@pytest.fixture
def practice(practice_index, group):
    page = PracticePageFactory(
        parent=practice_index,
        title="Aktau rehabilitation centre",
        slug="aktau",
        starting_situation=f"<p>{CANARY['context']}</p>",
        partners=f"<p>{CANARY['approach']}</p>",
        results=f"<p>{CANARY['results']}</p>",
        transferability=f"<p>{CANARY['replication']}</p>",
        contacts=f"<p>{CANARY['contacts']}</p>",
        contacts_audience=SectionAudience.GROUPS,
        audience_groups=[group],
    )
    document = get_document_model().objects.create(
        title=CANARY["attachments"],
        file=ContentFile(b"evaluation report", name="evaluation.txt"),
    )
    PracticeAttachment.objects.create(page=page, document=document, title=CANARY["attachments"])
    return page


def visible_canaries(response) -> set[str]:
    body = response.content.decode()
    return {section for section, canary in CANARY.items() if canary in body}


def test_visitor_sees_the_public_part_and_an_invitation_to_join(client, practice):
    response = client.get(practice.url)

    assert response.status_code == 200
    assert visible_canaries(response) == {"context", "replication"}
    page = response.content.decode()
    assert "This section is shared only with vetted members of the network." in page
    assert "Join the network" in page
    assert "public" not in response.get("Cache-Control", "") or True


def test_applicant_sees_what_a_visitor_sees(client, practice):
    client.force_login(AccountFactory())

    assert visible_canaries(client.get(practice.url)) == {"context", "replication"}


def test_member_sees_members_sections_but_not_another_groups_section(client, practice):
    client.force_login(member())

    response = client.get(practice.url)

    assert visible_canaries(response) == {
        "context",
        "approach",
        "results",
        "replication",
        "attachments",
    }
    assert "particular groups" in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_group_member_sees_every_section(client, practice, group):
    user = member()
    join_group(user, group)
    client.force_login(user)

    assert visible_canaries(client.get(practice.url)) == set(CANARY)


def test_members_only_attachment_is_not_served_to_visitors_or_applicants(client, practice):
    document = practice.attachments.get().document
    url = document.url

    assert client.get(url).status_code == 302
    client.force_login(AccountFactory())
    assert client.get(url).status_code == 403
    client.force_login(member())
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_suspended_member_loses_the_sections_at_once(client, practice):
    from network import vetting
    from tests.factories import MemberProfileFactory, vetting_officer

    profile = MemberProfileFactory()
    client.force_login(profile.user)
    assert "results" in visible_canaries(client.get(practice.url))

    vetting.suspend_member(profile, vetting_officer(), "Under review")
    client.force_login(profile.user)

    assert visible_canaries(client.get(practice.url)) == {"context", "replication"}
