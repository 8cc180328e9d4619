import pytest

from network.choices import ForumAudience, PostState
from network.models import AuditEntry, Report
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.conftest import sign_in_with_totp
from tests.factories import member
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def post():
    topic = TopicFactory(category=ForumCategoryFactory(slug="reintegration"), title="Schooling")
    return PostFactory(topic=topic, author=member(), source="A post someone finds troubling")


@pytest.fixture
def moderator_client(client_factory):
    client = client_factory()
    moderator = member(user__email="moderator@example.org")
    moderator.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    sign_in_with_totp(client, moderator)
    client.moderator = moderator
    return client


def report_url(post):
    return f"/en/forums/report/{post.pk}/"


def test_member_reports_a_post_they_can_see(client, post):
    reporter = member()
    client.force_login(reporter)

    response = client.post(report_url(post), {"reason": "Names a child's school."})

    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.post, report.reporter, report.reason) == (
        post,
        reporter,
        "Names a child's school.",
    )
    assert report.resolved_at is None
    assert AuditEntry.objects.filter(action="forum.post_reported", actor=reporter).exists()


def test_topic_page_offers_a_report_link_for_others_posts(client, post):
    client.force_login(member())

    page = client.get(f"/en/forums/reintegration/{post.topic_id}/").content.decode()

    assert report_url(post) in page


def test_report_needs_a_reason_and_keeps_the_text_when_too_long(client, post):
    client.force_login(member())

    empty = client.post(report_url(post), {"reason": "  "})
    long_text = "TOO-LONG-" + "x" * 2000
    too_long = client.post(report_url(post), {"reason": long_text})

    assert empty.status_code == 400
    assert "This field is required." in empty.content.decode()
    assert too_long.status_code == 400
    assert long_text in too_long.content.decode()
    assert "at most 2000 characters" in too_long.content.decode()
    assert not Report.objects.exists()


def test_member_has_only_one_open_report_per_post(client, post):
    client.force_login(member())

    client.post(report_url(post), {"reason": "First concern"})
    again = client.post(report_url(post), {"reason": "Second concern"})

    assert again.status_code == 400
    page = again.content.decode()
    assert "already reported this post" in page
    assert "Second concern" in page
    assert Report.objects.count() == 1


def test_member_cannot_report_a_post_they_cannot_see(client):
    hidden = PostFactory(state=PostState.HIDDEN, source="CANARY-HIDDEN")
    group_only = PostFactory(
        topic=TopicFactory(category=ForumCategoryFactory(audience=ForumAudience.GROUPS)),
        source="CANARY-GROUP-ONLY",
    )
    client.force_login(member())

    for post in (hidden, group_only):
        response = client.post(report_url(post), {"reason": "Curious"})
        assert response.status_code == 404
        assert "CANARY" not in response.content.decode()
    assert not Report.objects.exists()


def test_visitors_and_applicants_cannot_report(client, post):
    anonymous = client.post(report_url(post), {"reason": "Spam"})

    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    assert not Report.objects.exists()


def test_reports_appear_in_the_queue_and_on_the_review_page(moderator_client, post):
    Report.objects.create(post=post, reporter=member(), reason="REPORT-REASON-TEXT")
    other = PostFactory(topic=post.topic, author=member(), source="Unreported")

    queue = moderator_client.get("/admin/network/posts/?reported=true").content.decode()
    review = moderator_client.get(f"/admin/network/posts/inspect/{post.pk}/").content.decode()

    assert f"/admin/network/posts/inspect/{post.pk}/" in queue
    assert f"/admin/network/posts/inspect/{other.pk}/" not in queue
    assert "Open reports" in queue
    assert "REPORT-REASON-TEXT" in review


def test_moderator_resolves_a_report_which_is_recorded(moderator_client, post):
    report = Report.objects.create(post=post, reporter=member(), reason="Spam")

    response = moderator_client.post(
        f"/admin/network/posts/inspect/{post.pk}/",
        {"report": report.pk, "outcome": "dismissed", "note": "Not spam"},
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.resolved_by == moderator_client.moderator
    assert report.resolved_at is not None
    assert report.resolution == "Dismissed: Not spam"
    entry = AuditEntry.objects.get(action="forum.report_resolved")
    assert entry.actor == moderator_client.moderator
    post.refresh_from_db()
    assert post.state == PostState.PUBLISHED


def test_after_resolution_the_member_may_report_again(client, moderator_client, post):
    reporter = member()
    client.force_login(reporter)
    client.post(report_url(post), {"reason": "First concern"})
    moderator_client.post(
        f"/admin/network/posts/inspect/{post.pk}/",
        {"report": Report.objects.get().pk, "outcome": "acted"},
    )

    response = client.post(report_url(post), {"reason": "It happened again"})

    assert response.status_code == 302
    assert Report.objects.filter(reporter=reporter).count() == 2


def test_members_cannot_resolve_reports(client, post):
    report = Report.objects.create(post=post, reporter=member(), reason="Spam")
    client.force_login(member())

    response = client.post(
        f"/admin/network/posts/inspect/{post.pk}/",
        {"report": report.pk, "outcome": "dismissed"},
    )

    assert response.status_code == 302
    assert "/admin/" in response["Location"] or "login" in response["Location"]
    report.refresh_from_db()
    assert report.resolved_at is None
    assert not AuditEntry.objects.filter(action="forum.report_resolved").exists()
