"""Sensitive actions land in the audit log with who, what, when and from which address, whatever
screen or service made them."""

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from network import moderation, policy, vetting
from network.choices import ApplicationState
from network.models import AuditEntry
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.conftest import sign_in, sign_in_with_totp
from tests.factories import (
    AccountFactory,
    ApplicationFactory,
    ContentPageFactory,
    NetworkGroupFactory,
    member,
    restrict_page,
    vetting_officer,
)
from tests.factories.forums import PostFactory
from tests.factories.practices import PracticeIndexPageFactory, PracticePageFactory
from tests.factories.resources import document
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator_client(client_factory):
    """A browser signed in, with a second factor, as an administrator (``.administrator``)."""
    browser = client_factory()
    browser.administrator = AccountFactory(is_staff=True, is_superuser=True)
    sign_in_with_totp(browser, browser.administrator)
    return browser


def logged(prefix: str) -> list[tuple[str, str]]:
    entries = AuditEntry.objects.filter(action__startswith=prefix).order_by("id")
    return list(entries.values_list("action", "reason"))


# --- Vetting and moderation ---------------------------------------------------------------------


def test_vetting_decisions_and_moderation_actions_name_who_decided():
    officer = vetting_officer()
    application = ApplicationFactory()
    moderator = member()
    moderator.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    post = PostFactory(author=member())

    vetting.approve_application(application, officer, "Welcome.")
    moderation.hide_post(post, moderator, "Names a child.")

    approved = AuditEntry.objects.get(action="application.approved")
    hidden = AuditEntry.objects.get(action="forum.post_hidden")
    application.refresh_from_db()
    assert application.state == ApplicationState.APPROVED
    assert (approved.actor, approved.target_id) == (officer, str(application.pk))
    assert (hidden.actor, hidden.target_id, hidden.reason) == (
        moderator,
        str(post.pk),
        "Names a child.",
    )


# --- Roles and groups ---------------------------------------------------------------------------


def test_role_groups_given_and_taken_are_logged_from_either_side():
    person = member()
    editors = Group.objects.get(name="Editors")
    moderators = ensure_role_groups()[FORUM_MODERATORS]

    person.groups.add(editors)
    editors.user_set.remove(person)
    person.groups.add(moderators)
    person.groups.clear()

    assert logged("role.") == [
        ("role.granted", "Editors"),
        ("role.revoked", "Editors"),
        ("role.granted", "Forum moderators"),
        ("role.revoked", "Forum moderators"),
    ]
    assert set(AuditEntry.objects.values_list("target_id", flat=True)) == {str(person.pk)}


def test_mirrored_membership_groups_are_not_logged_as_roles():
    person = member()  # joins the Members group
    group = NetworkGroupFactory()
    person.groups.add(group.auth_group)

    assert logged("role.") == []


def test_becoming_an_administrator_is_logged():
    person = AccountFactory()

    person.is_superuser = True
    person.save()
    person.is_superuser = False
    person.save(update_fields=["is_superuser"])

    assert logged("role.") == [
        ("role.granted", "administrator"),
        ("role.revoked", "administrator"),
    ]


def test_a_role_given_in_the_wagtail_admin_names_the_administrator_and_address(
    administrator_client,
):
    person = member()
    editors = Group.objects.get(name="Editors")
    url = f"/admin/users/edit/{person.pk}/"
    form = administrator_client.get(url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in ("groups", "user_permissions")
    }
    data.update(first_name="Amina", last_name="Saidova")

    response = administrator_client.post(url, {**data, "groups": [editors.pk, *_mirrored(person)]})

    assert response.status_code == 302, response.context["form"].errors
    entry = AuditEntry.objects.get(action="role.granted", target_id=str(person.pk))
    assert (entry.actor, entry.reason, entry.ip_address) == (
        administrator_client.administrator,
        "Editors",
        "127.0.0.1",
    )


def _mirrored(person) -> list[int]:
    return list(person.groups.values_list("pk", flat=True))


# --- Audiences ----------------------------------------------------------------------------------


def test_page_privacy_changed_in_the_admin_is_logged_with_who_and_where(
    administrator_client, home_pages
):
    page = ContentPageFactory(parent=home_pages["en"], title="Working notes")
    url = f"/admin/pages/{page.pk}/privacy/"
    members = policy.members_group()

    administrator_client.post(url, {"restriction_type": "groups", "groups": [members.pk]})
    administrator_client.post(url, {"restriction_type": "login"})
    administrator_client.post(url, {"restriction_type": "none"})

    assert logged("audience.") == [
        ("audience.restriction_added", "chosen groups"),
        ("audience.restriction_groups_changed", "groups: Members"),
        ("audience.restriction_changed", "members (private, for logged-in users)"),
        ("audience.restriction_removed", "was members (private, for logged-in users)"),
    ]
    entries = AuditEntry.objects.filter(action__startswith="audience.")
    assert set(entries.values_list("actor", "target_id", "target_label", "ip_address")) == {
        (administrator_client.administrator.pk, str(page.pk), "Working notes", "127.0.0.1")
    }


def test_groups_added_to_a_restriction_later_are_logged(home_pages):
    page = ContentPageFactory(parent=home_pages["en"], title="Group notes")
    group = NetworkGroupFactory(name="Returning women and children")
    restriction = restrict_page(page, policy.members_group())

    restriction.groups.add(group.auth_group)

    assert logged("audience.restriction_groups_changed")[-1] == (
        "audience.restriction_groups_changed",
        "groups: Members, Network group: Returning women and children",
    )


def test_collection_privacy_is_logged():
    collection = Collection.get_first_root_node().add_child(name="Evaluation reports")

    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    restriction.delete()

    entries = AuditEntry.objects.filter(action__startswith="audience.").order_by("id")
    assert [(entry.action, entry.target_type, entry.target_label) for entry in entries] == [
        ("audience.restriction_added", "wagtailcore.Collection", "Evaluation reports"),
        ("audience.restriction_removed", "wagtailcore.Collection", "Evaluation reports"),
    ]


@pytest.fixture
def practice(home_pages):
    index = PracticeIndexPageFactory(parent=home_pages["en"])
    return PracticePageFactory(parent=index, title="Family mediation in Aktau")


def test_opening_a_practice_section_is_logged_when_published_not_when_drafted(practice):
    editor = AccountFactory(is_superuser=True)
    draft = practice.specific
    draft.contacts_audience = "public"
    revision = draft.save_revision(user=editor)
    assert logged("audience.") == []

    revision.publish(user=editor)

    entry = AuditEntry.objects.get(action="audience.sections_changed")
    assert (entry.reason, entry.actor, entry.target_id) == (
        "contacts: members -> public",
        editor,
        str(practice.pk),
    )


def test_a_new_group_for_group_only_sections_is_logged(practice):
    group = NetworkGroupFactory(name="Central Asia prison services")
    draft = practice.specific
    draft.results_audience = "groups"
    draft.audience_groups.set([group])

    draft.save_revision().publish()

    assert logged("audience.sections_changed") == [
        (
            "audience.sections_changed",
            "results: members -> groups; groups: - -> Central Asia prison services",
        )
    ]


def test_republishing_without_an_audience_change_logs_nothing(practice):
    draft = practice.specific
    draft.title = "Family mediation in Aktau and Atyrau"

    draft.save_revision().publish()

    assert logged("audience.") == []


# --- Documents ----------------------------------------------------------------------------------


def test_downloads_of_gated_documents_are_logged_and_public_ones_are_not(client, home_pages):
    gated = document("Loose evaluation report")  # held by no page: members only
    public = document("Published guidance")
    ContentPageFactory(
        parent=home_pages["en"],
        title="Guidance",
        body=[("paragraph", f'<p><a linktype="document" id="{public.pk}">Guide</a></p>')],
    )
    reader = member()
    client.force_login(reader)

    assert client.get(gated.url).status_code == 200
    assert client.get(public.url).status_code == 200

    entry = AuditEntry.objects.get(action="document.downloaded")
    assert (entry.actor, entry.target_id, entry.target_label, entry.ip_address) == (
        reader,
        str(gated.pk),
        "Loose evaluation report",
        "127.0.0.1",
    )


def test_a_refused_download_is_not_logged_as_a_download(client):
    gated = document("Loose evaluation report")
    client.force_login(AccountFactory())  # an applicant

    assert client.get(gated.url).status_code == 403
    assert not AuditEntry.objects.filter(action="document.downloaded").exists()


# --- Sign-ins and second factors ----------------------------------------------------------------


def test_sign_ins_of_staff_roles_are_logged_and_those_of_members_are_not(client_factory):
    officer = vetting_officer()
    sign_in_with_totp(client_factory(), officer)
    sign_in(client_factory(), member().email)

    entry = AuditEntry.objects.get(action="account.sign_in")
    assert (entry.actor, entry.ip_address) == (officer, "127.0.0.1")


def test_failed_sign_ins_are_logged_alike_for_known_and_unknown_addresses(client):
    known = member(user__email="farida@example.org")

    sign_in(client, known.email, "wrong-password-1")
    sign_in(client, "nobody@example.org", "wrong-password-2")
    authenticate(email="wrong-password-3", password=DEFAULT_PASSWORD)

    entries = AuditEntry.objects.filter(action="account.sign_in_failed").order_by("id")
    assert [(entry.actor, entry.target_label, entry.target_id) for entry in entries] == [
        (None, "farida@example.org", ""),
        (None, "nobody@example.org", ""),
        (None, "", ""),  # not an address: possibly a password typed in the wrong box
    ]
    assert {entry.ip_address for entry in entries} == {"127.0.0.1", None}
    stored = " ".join(str(value) for entry in entries.values() for value in entry.values())
    assert "wrong-password" not in stored
    assert DEFAULT_PASSWORD not in stored


def test_second_factor_changes_are_logged(client, django_capture_on_commit_callbacks):
    from tests.accounts.test_mfa import enrol_totp_through_the_page

    user = member()
    sign_in(client, user.email)
    # allauth sends these signals once the change is committed
    with django_capture_on_commit_callbacks(execute=True):
        enrol_totp_through_the_page(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/2fa/recovery-codes/generate/")
    client.post("/en/accounts/2fa/totp/deactivate/")

    assert logged("mfa.") == [
        ("mfa.authenticator_added", "totp"),
        ("mfa.authenticator_added", "recovery_codes"),
        ("mfa.recovery_codes_regenerated", "recovery_codes"),
        ("mfa.authenticator_removed", "totp"),
        ("mfa.authenticator_removed", "recovery_codes"),
    ]
    entries = AuditEntry.objects.filter(action__startswith="mfa.")
    assert set(entries.values_list("actor", "target_id", "ip_address")) == {
        (user.pk, str(user.pk), "127.0.0.1")
    }


def test_a_wrong_second_factor_code_is_logged(client):
    from tests.factories import enable_totp

    user = member()
    enable_totp(user)
    sign_in(client, user.email)

    client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})

    entry = AuditEntry.objects.get(action="account.second_factor_failed")
    assert (entry.target_id, entry.reason, entry.ip_address) == (str(user.pk), "totp", "127.0.0.1")
