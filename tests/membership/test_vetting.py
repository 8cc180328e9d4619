import pytest
from django.core import mail

from network.choices import ApplicationState, MemberStatus
from network.models import AuditEntry
from network.policy import is_member
from tests.conftest import sign_in_with_totp
from tests.factories import (
    ApplicationFactory,
    ContentPageFactory,
    OrganisationFactory,
    restrict_page,
    vetting_officer,
)

pytestmark = pytest.mark.django_db

APPLICATIONS = "/admin/network/applications/"


@pytest.fixture
def officer_client(client):
    officer = vetting_officer(email="officer@example.org")
    sign_in_with_totp(client, officer)
    client.officer = officer
    return client


def review_url(application) -> str:
    return f"{APPLICATIONS}inspect/{application.pk}/"


def test_officer_lists_applications_and_filters_them(officer_client):
    ApplicationFactory(
        applicant__full_name="Pending Kyrgyz Probation",
        country="KG",
        organisation=OrganisationFactory(kind="probation_service"),
    )
    ApplicationFactory(applicant__full_name="Rejected Tajik", country="TJ", state="rejected")
    ApplicationFactory(
        applicant__full_name="Proposed Police",
        country="KG",
        organisation=None,
        proposed_organisation_name="Osh City Police",
        proposed_organisation_type="police",
    )

    everything = officer_client.get(APPLICATIONS).content.decode()
    pending = officer_client.get(APPLICATIONS, {"state": "pending"}).content.decode()
    tajik = officer_client.get(APPLICATIONS, {"country": "TJ"}).content.decode()
    police = officer_client.get(APPLICATIONS, {"organisation_type": "police"}).content.decode()

    assert all(
        name in everything for name in ("Pending Kyrgyz", "Rejected Tajik", "Proposed Police")
    )
    assert "Rejected Tajik" not in pending and "Pending Kyrgyz" in pending
    assert "Rejected Tajik" in tajik and "Pending Kyrgyz" not in tajik
    assert "Proposed Police" in police and "Pending Kyrgyz" not in police


def test_approval_makes_the_applicant_a_member_at_once_and_mails_them(
    officer_client, client_factory, home_pages
):
    application = ApplicationFactory(applicant__email="leila@example.org")
    members_page = ContentPageFactory(parent=home_pages["en"], title="Members only", slug="inside")
    from network.policy import members_group

    restrict_page(members_page, members_group())
    applicant_client = client_factory()
    applicant_client.force_login(application.applicant)
    assert applicant_client.get("/en/inside/").status_code == 403

    response = officer_client.post(
        review_url(application), {"decision": "approve", "message": "Welcome aboard."}
    )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == ApplicationState.APPROVED
    assert application.decided_by == officer_client.officer
    assert is_member(application.applicant)
    assert applicant_client.get("/en/inside/").status_code == 200
    assert mail.outbox[-1].to == ["leila@example.org"]
    assert "approved" in mail.outbox[-1].subject.lower()
    assert "Welcome aboard." in mail.outbox[-1].body
    entry = AuditEntry.objects.get(action="application.approved")
    assert entry.actor == officer_client.officer
    assert entry.reason == "Welcome aboard."


def test_approving_a_proposed_organisation_creates_it_unverified(officer_client):
    application = ApplicationFactory(
        organisation=None,
        proposed_organisation_name="Osh City Police",
        proposed_organisation_type="police",
    )

    officer_client.post(review_url(application), {"decision": "approve", "message": ""})

    profile = application.applicant.member_profile
    assert profile.organisation.name == "Osh City Police"
    assert profile.organisation.verified is False


def test_rejection_needs_a_reason_and_mails_it(officer_client):
    application = ApplicationFactory(applicant__email="leila@example.org")

    missing = officer_client.post(review_url(application), {"decision": "reject", "message": ""})
    assert "Tell the applicant why" in missing.content.decode()
    application.refresh_from_db()
    assert application.state == ApplicationState.PENDING

    officer_client.post(
        review_url(application), {"decision": "reject", "message": "Not a practitioner."}
    )

    application.refresh_from_db()
    assert application.state == ApplicationState.REJECTED
    assert not is_member(application.applicant)
    assert "Not a practitioner." in mail.outbox[-1].body
    assert AuditEntry.objects.filter(action="application.rejected").exists()


def test_asking_for_more_information_lets_the_applicant_answer(officer_client, client_factory):
    application = ApplicationFactory(applicant__email="leila@example.org")

    officer_client.post(
        review_url(application),
        {"decision": "more_information", "message": "Which prison do you work in?"},
    )

    application.refresh_from_db()
    assert application.state == ApplicationState.MORE_INFORMATION
    assert "Which prison do you work in?" in mail.outbox[-1].body
    applicant_client = client_factory()
    applicant_client.force_login(application.applicant)
    dashboard = applicant_client.get("/en/membership/").content.decode()
    assert "Which prison do you work in?" in dashboard
    applicant_client.post(
        "/en/membership/application/",
        {
            "full_name": "Leila Haddad",
            "organisation": application.organisation_id,
            "job_title": "Prison psychologist, Osh colony 5",
            "country": "KG",
            "city": "Osh",
            "languages": ["ky"],
            "motivation": application.motivation,
        },
    )
    application.refresh_from_db()
    assert application.state == ApplicationState.PENDING
    assert application.job_title == "Prison psychologist, Osh colony 5"


def test_a_decided_application_cannot_be_decided_again(officer_client):
    application = ApplicationFactory(state=ApplicationState.REJECTED)

    page = officer_client.get(review_url(application)).content.decode()
    response = officer_client.post(review_url(application), {"decision": "approve", "message": ""})

    assert "Record decision" not in page
    assert "already been decided" in response.content.decode()
    application.refresh_from_db()
    assert application.state == ApplicationState.REJECTED


def test_members_without_the_vetting_role_cannot_decide(client):
    from tests.factories import member

    someone = member()
    sign_in_with_totp(client, someone)
    application = ApplicationFactory()

    response = client.post(review_url(application), {"decision": "approve", "message": ""})

    assert response.status_code in (302, 403)
    application.refresh_from_db()
    assert application.state == ApplicationState.PENDING


def test_officer_suspends_and_reinstates_a_member_with_reasons(officer_client):
    from tests.factories import MemberProfileFactory

    profile = MemberProfileFactory(user__email="farid@example.org")
    url = f"/admin/network/members/inspect/{profile.pk}/"

    missing = officer_client.post(url, {"action": "suspend", "reason": ""})
    assert "This field is required." in missing.content.decode()

    officer_client.post(url, {"action": "suspend", "reason": "Shared a case file publicly."})
    profile.refresh_from_db()
    assert profile.status == MemberStatus.SUSPENDED
    assert "Shared a case file publicly." in mail.outbox[-1].body

    officer_client.post(url, {"action": "reinstate", "reason": "Resolved with the organisation."})
    profile.refresh_from_db()
    assert profile.status == MemberStatus.ACTIVE
    actions = list(AuditEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions[-2:] == ["member.suspended", "member.reinstated"]
