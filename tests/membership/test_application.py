import pytest

from network.choices import ApplicationState
from network.models import AuditEntry, MembershipApplication
from tests.factories import AccountFactory, ApplicationFactory, OrganisationFactory, member

pytestmark = pytest.mark.django_db

APPLY = "/en/membership/application/"


def application_data(**overrides):
    data = {
        "full_name": "Leila Haddad",
        "organisation": "",
        "proposed_organisation_name": "",
        "proposed_organisation_type": "",
        "job_title": "Case manager",
        "country": "IQ",
        "city": "Erbil",
        "languages": ["ar", "ku"],
        "motivation": "I coordinate reintegration support for families returning from camps.",
        "voucher_email": "",
    }
    return {**data, **overrides}


@pytest.fixture
def applicant(client):
    user = AccountFactory(email="leila@example.org")
    client.force_login(user)
    return user


def test_verified_person_applies_with_a_listed_organisation(client, applicant):
    organisation = OrganisationFactory(name="Erbil Social Services")

    response = client.post(APPLY, application_data(organisation=organisation.pk))

    assert response["Location"] == "/en/membership/"
    application = MembershipApplication.objects.get(applicant=applicant)
    assert application.state == ApplicationState.PENDING
    assert application.organisation == organisation
    applicant.refresh_from_db()
    assert applicant.full_name == "Leila Haddad"
    dashboard = client.get("/en/membership/").content.decode()
    assert "Pending review" in dashboard
    assert "Erbil Social Services" in dashboard
    assert AuditEntry.objects.filter(action="application.submitted").count() == 1


def test_applicant_can_propose_a_new_organisation_with_its_type(client, applicant):
    response = client.post(
        APPLY,
        application_data(
            proposed_organisation_name="Kurdistan Returnee Support Centre",
            proposed_organisation_type="civil_society",
        ),
    )

    assert response.status_code == 302
    application = MembershipApplication.objects.get(applicant=applicant)
    assert application.organisation is None
    assert application.organisation_name == "Kurdistan Returnee Support Centre"


def test_unverified_organisations_are_not_offered(client, applicant):
    OrganisationFactory(name="Unverified Agency", verified=False)

    page = client.get(APPLY).content.decode()

    assert "Unverified Agency" not in page


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({}, "organisation", "Choose your organisation, or propose it below if it is missing."),
        (
            {"proposed_organisation_name": "New Centre"},
            "proposed_organisation_type",
            "Say what kind of organisation it is.",
        ),
        ({"job_title": ""}, "job_title", "This field is required."),
        ({"motivation": "x" * 2001}, "motivation", "Ensure this value has at most 2000 characters"),
        ({"country": "XX"}, "country", "Select a valid choice."),
        ({"languages": ["zz"]}, "languages", "Select a valid choice."),
        ({"voucher_email": "leila@example.org"}, "voucher_email", "Someone else has to vouch"),
    ],
)
def test_bad_input_is_explained_and_everything_typed_is_kept(
    client, applicant, overrides, field, message
):
    data = application_data(**overrides)

    response = client.post(APPLY, data)

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert 'role="alert"' in page
    assert "I coordinate reintegration support" in page or "x" * 2001 in page
    assert 'value="Erbil"' in page
    assert not MembershipApplication.objects.filter(applicant=applicant).exists()


def test_choosing_a_listed_organisation_and_proposing_one_is_refused(client, applicant):
    organisation = OrganisationFactory()

    response = client.post(
        APPLY,
        application_data(
            organisation=organisation.pk,
            proposed_organisation_name="Another",
            proposed_organisation_type="police",
        ),
    )

    assert "not both" in response.content.decode()


def test_nonexistent_organisation_id_is_refused_without_error(client, applicant):
    response = client.post(APPLY, application_data(organisation="999999"))

    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()


def test_applicant_edits_a_pending_application(client, applicant):
    application = ApplicationFactory(applicant=applicant, city="Osh")

    page = client.get(APPLY).content.decode()
    assert 'value="Osh"' in page
    client.post(APPLY, application_data(organisation=application.organisation_id, city="Bishkek"))

    application.refresh_from_db()
    assert application.city == "Bishkek"
    assert application.state == ApplicationState.PENDING


def test_decided_application_can_no_longer_be_edited(client, applicant):
    application = ApplicationFactory(applicant=applicant, state=ApplicationState.REJECTED)

    response = client.post(APPLY, application_data(organisation=application.organisation_id))

    assert response["Location"] == "/en/membership/"
    application.refresh_from_db()
    assert application.state == ApplicationState.REJECTED


def test_vouching_member_is_matched_without_telling_the_applicant(client, applicant):
    voucher = member(user__email="nadia@example.org")
    organisation = OrganisationFactory()

    client.post(
        APPLY, application_data(organisation=organisation.pk, voucher_email="Nadia@Example.org")
    )

    application = MembershipApplication.objects.get(applicant=applicant)
    assert application.voucher == voucher
    assert "nadia" not in client.get("/en/membership/").content.decode().lower()


def test_visitors_are_asked_to_sign_in_before_applying(client):
    response = client.get(APPLY)

    assert response["Location"] == f"/en/accounts/login/?next={APPLY}"
