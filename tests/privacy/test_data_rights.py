"""A member or applicant takes a copy of their data, or deletes their account; posts stay as a
former member's, personal data goes, and both are audited."""

import io
import json
import zipfile

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import authenticate
from django.core import mail

from network.choices import MemberStatus
from network.models import (
    AuditEntry,
    MemberProfile,
    MembershipApplication,
    Notification,
    Subscription,
    Thanks,
    User,
)
from practices.models import PracticeSubmission
from tests.conftest import sign_in
from tests.factories import (
    AccountFactory,
    ApplicationFactory,
    NetworkGroupFactory,
    enable_totp,
    join_group,
    member,
    totp_code,
)
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

DATA_URL = "/en/membership/data/"
DOWNLOAD_URL = "/en/membership/data/download/"
DELETE_URL = "/en/membership/data/delete/"

EXPORT_FILES = {
    "README.txt",
    "account.json",
    "profile.json",
    "application.json",
    "organisation.json",
    "groups.json",
    "posts.json",
    "topics.json",
    "thanks.json",
    "subscriptions.json",
    "notifications.json",
    "practice_submissions.json",
    "audit_log.json",
}


def exported(response) -> dict[str, object]:
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    return {
        name: archive.read(name).decode()
        if name.endswith(".txt")
        else json.loads(archive.read(name))
        for name in archive.namelist()
    }


@pytest.fixture
def forum():
    return ForumCategoryFactory(name="Reintegration", slug="reintegration")


@pytest.fixture
def amina(forum):
    """A member with something in every part of the export."""
    user = member(
        user__email="amina@example.org",
        user__full_name="Amina Saidova",
        job_title="CANARY-AMINA-JOB",
        expertise="CANARY-AMINA-EXPERTISE",
    )
    ApplicationFactory(applicant=user, motivation="CANARY-AMINA-MOTIVATION", state="approved")
    join_group(user, NetworkGroupFactory(name="Returning women and children"))
    topic = TopicFactory(category=forum, author=user, title="CANARY-AMINA-TOPIC")
    post = PostFactory(topic=topic, author=user, source="CANARY-AMINA-POST")
    Subscription.objects.create(user=user, topic=topic)
    PracticeSubmission.objects.create(author=user, data={"basics": {"title": "CANARY-AMINA-DRAFT"}})
    PracticeSubmission.objects.create(
        author=user,
        state=PracticeSubmission.State.SUBMITTED,
        data={"basics": {"title": "CANARY-AMINA-SUBMITTED"}},
    )
    return user, post


@pytest.fixture
def farid(forum, amina):
    """Another member, who replied to Amina, thanked her and was notified of her post."""
    user = member(user__email="farid@example.org", user__full_name="Farid Karimov")
    amina_post = amina[1]
    reply = PostFactory(topic=amina_post.topic, author=user, source="CANARY-FARID-POST")
    Thanks.objects.create(post=reply, user=amina[0])
    Thanks.objects.create(post=amina_post, user=user)
    Notification.objects.create(user=amina[0], kind=Notification.Kind.REPLY, post=reply)
    Notification.objects.create(user=user, kind=Notification.Kind.REPLY, post=amina_post)
    return user


# --- Who may reach the pages --------------------------------------------------------------------


@pytest.mark.parametrize("url", [DATA_URL, DELETE_URL])
def test_visitors_are_sent_to_sign_in_from_the_data_pages(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_visitors_cannot_download_or_delete_anything(client, amina):
    download = client.post(DOWNLOAD_URL)
    delete = client.post(DELETE_URL, {"password": DEFAULT_PASSWORD, "confirm": "on"})

    assert download.status_code == delete.status_code == 302
    assert not AuditEntry.objects.filter(action__startswith="account.").exists()
    assert User.objects.filter(email="amina@example.org", is_active=True).exists()


def test_the_dashboard_leads_to_the_data_page(client, amina):
    client.force_login(amina[0])

    page = client.get("/en/membership/").content.decode()

    assert DATA_URL in page
    assert client.get(DATA_URL).status_code == 200


# --- Export -------------------------------------------------------------------------------------


def test_a_member_downloads_every_kind_of_their_data_as_a_zip_of_json(client, amina, farid):
    user, post = amina
    client.force_login(user)

    response = client.post(DOWNLOAD_URL)

    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    files = exported(response)
    assert set(files) == EXPORT_FILES
    assert files["account.json"]["email"] == "amina@example.org"
    assert files["account.json"]["full_name"] == "Amina Saidova"
    assert files["profile.json"]["job_title"] == "CANARY-AMINA-JOB"
    assert files["profile.json"]["expertise"] == "CANARY-AMINA-EXPERTISE"
    assert files["application.json"]["motivation"] == "CANARY-AMINA-MOTIVATION"
    assert files["organisation.json"][0]["name"] == user.member_profile.organisation.name
    assert [group["group"] for group in files["groups.json"]] == ["Returning women and children"]
    assert [(p["text"], p["topic"]) for p in files["posts.json"]] == [
        ("CANARY-AMINA-POST", "CANARY-AMINA-TOPIC")
    ]
    assert [topic["title"] for topic in files["topics.json"]] == ["CANARY-AMINA-TOPIC"]
    assert len(files["thanks.json"]) == 1
    assert files["subscriptions.json"]["forum_emails"] == "immediate"
    assert files["subscriptions.json"]["following"][0]["topic_id"] == post.topic_id
    assert [n["kind"] for n in files["notifications.json"]] == ["reply"]
    assert {s["answers"]["basics"]["title"] for s in files["practice_submissions.json"]} == {
        "CANARY-AMINA-DRAFT",
        "CANARY-AMINA-SUBMITTED",
    }
    assert "account.data_exported" not in str(files["audit_log.json"])  # logged after building
    assert "posts.json" in files["README.txt"]


def test_the_export_holds_nothing_of_another_member(client, amina, farid):
    client.force_login(amina[0])

    files = exported(client.post(DOWNLOAD_URL))

    everything = json.dumps(files, ensure_ascii=False)
    for trace in ("farid@example.org", "Farid Karimov", "CANARY-FARID-POST"):
        assert trace not in everything
    assert str(farid.pk) not in [str(entry.get("target_id")) for entry in files["audit_log.json"]]


def test_the_export_is_audited(client, amina):
    client.force_login(amina[0])

    client.post(DOWNLOAD_URL)
    files = exported(client.post(DOWNLOAD_URL))

    entries = AuditEntry.objects.filter(action="account.data_exported")
    assert entries.count() == 2
    assert {(entry.actor_id, entry.ip_address) for entry in entries} == {(amina[0].pk, "127.0.0.1")}
    assert [entry["action"] for entry in files["audit_log.json"]] == ["account.data_exported"]


def test_the_export_is_only_given_in_answer_to_a_post(client, amina):
    client.force_login(amina[0])

    assert client.get(DOWNLOAD_URL).status_code == 405
    assert not AuditEntry.objects.filter(action="account.data_exported").exists()


def test_an_applicant_downloads_their_application(client):
    application = ApplicationFactory(motivation="CANARY-APPLICANT-MOTIVATION")
    client.force_login(application.applicant)

    files = exported(client.post(DOWNLOAD_URL))

    assert files["profile.json"] is None
    assert files["application.json"]["motivation"] == "CANARY-APPLICANT-MOTIVATION"
    assert files["organisation.json"][0]["link"] == "application"


def test_topic_titles_of_forums_no_longer_readable_are_withheld(client, amina):
    user = amina[0]
    private = ForumCategoryFactory(audience="groups", groups=[NetworkGroupFactory()])
    hidden_topic = TopicFactory(category=private, title="CANARY-PRIVATE-TOPIC")
    PostFactory(topic=hidden_topic, author=user, source="CANARY-AMINA-OLD-POST")
    client.force_login(user)

    files = exported(client.post(DOWNLOAD_URL))

    assert "CANARY-PRIVATE-TOPIC" not in json.dumps(files)
    old = [p for p in files["posts.json"] if p["text"] == "CANARY-AMINA-OLD-POST"]
    assert old == [{**old[0], "topic": None}]


# --- Deletion -----------------------------------------------------------------------------------


def rows_mentioning(*traces: str) -> list[str]:
    """Every row of the tables holding a person's identity that still mentions a trace."""
    found = []
    for model in (User, MemberProfile, MembershipApplication, EmailAddress):
        for row in model.objects.values():
            text = " ".join(str(value) for value in row.values()).lower()
            found += [f"{model.__name__}: {trace}" for trace in traces if trace.lower() in text]
    return found


def delete_account(client, password=DEFAULT_PASSWORD, **fields):
    return client.post(DELETE_URL, {"password": password, "confirm": "on", **fields})


def test_deletion_asks_for_the_password_and_keeps_what_was_typed(client, amina):
    client.force_login(amina[0])

    page = client.get(DELETE_URL).content.decode()
    response = delete_account(client, password="not-my-password")

    assert "Former member" in page
    assert response.status_code == 200
    assert "Your password" in response.content.decode()
    assert response.context["form"].errors["password"]
    assert response.context["form"]["confirm"].value() is True
    assert User.objects.filter(email="amina@example.org", is_active=True).exists()
    assert not AuditEntry.objects.filter(action="account.deleted").exists()


def test_deletion_needs_the_confirmation_box(client, amina):
    client.force_login(amina[0])

    response = client.post(DELETE_URL, {"password": DEFAULT_PASSWORD})

    assert response.context["form"].errors["confirm"]
    assert User.objects.filter(email="amina@example.org", is_active=True).exists()


def test_deletion_asks_for_a_code_when_the_account_has_a_second_factor(client, amina):
    user = amina[0]
    secret = enable_totp(user)
    client.force_login(user)

    refused = delete_account(client)
    assert refused.context["form"].errors["code"]
    assert User.objects.filter(pk=user.pk, is_active=True).exists()

    response = delete_account(client, code=totp_code(secret))

    assert response.status_code == 200
    assert User.objects.get(pk=user.pk).is_former_member
    assert not Authenticator.objects.filter(user=user).exists()


def test_deletion_removes_personal_data_and_keeps_posts_as_a_former_members(
    client, amina, farid, django_capture_on_commit_callbacks
):
    user, post = amina
    traces = ["amina@example.org", "Amina Saidova", "CANARY-AMINA"]
    traces += [user.handle] if getattr(user, "handle", None) else []
    client.force_login(user)

    with django_capture_on_commit_callbacks(execute=True):
        response = delete_account(client)

    assert "Your account has been deleted" in response.content.decode()
    assert rows_mentioning(*traces) == []
    user.refresh_from_db()
    assert (user.is_active, user.has_usable_password(), user.is_former_member) == (
        False,
        False,
        True,
    )
    assert user.member_profile.status == MemberStatus.REMOVED
    assert not user.groups.exists()
    assert not user.group_memberships.exists()
    assert not Notification.objects.filter(user=user).exists()
    assert not Subscription.objects.filter(user=user).exists()
    assert not EmailAddress.objects.filter(user=user).exists()
    kept = PracticeSubmission.objects.filter(author=user).values_list("data", flat=True)
    assert [data["basics"]["title"] for data in kept] == ["CANARY-AMINA-SUBMITTED"]
    assert mail.outbox[-1].to == ["amina@example.org"]

    reader = client.__class__()
    reader.force_login(farid)
    topic_page = reader.get(f"/en/forums/reintegration/{post.topic_id}/").content.decode()
    assert "CANARY-AMINA-POST" in topic_page
    assert "Former member" in topic_page
    assert "Amina Saidova" not in topic_page


def test_deletion_ends_every_session_and_the_account_cannot_sign_in(client, client_factory, amina):
    user = amina[0]
    other_browser = client_factory()
    sign_in(other_browser, user.email)
    sign_in(client, user.email)
    assert other_browser.get("/en/membership/").status_code == 200

    delete_account(client)

    assert other_browser.get("/en/membership/").status_code == 302
    assert client.get("/en/membership/").status_code == 302
    assert authenticate(email="amina@example.org", password=DEFAULT_PASSWORD) is None


def test_deletion_is_audited_with_who_and_from_where(client, amina):
    client.force_login(amina[0])

    delete_account(client)

    entry = AuditEntry.objects.get(action="account.deleted")
    assert (entry.actor_id, entry.target_id, entry.ip_address) == (
        amina[0].pk,
        str(amina[0].pk),
        "127.0.0.1",
    )


def test_the_address_can_be_used_again_for_a_new_account(client, amina):
    client.force_login(amina[0])
    delete_account(client)

    newcomer = AccountFactory(email="amina@example.org")

    assert newcomer.pk != amina[0].pk


def test_an_administrator_is_told_to_ask_another_administrator(client):
    administrator = AccountFactory(is_superuser=True, is_staff=True)
    client.force_login(administrator)

    page = client.get(DELETE_URL).content.decode()
    response = delete_account(client)

    assert "closed by another administrator" in page
    assert "closed by another administrator" in response.content.decode()
    administrator.refresh_from_db()
    assert administrator.is_active
    assert not AuditEntry.objects.filter(action="account.deleted").exists()
