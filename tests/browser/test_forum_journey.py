import pytest
from django.core import mail

from exchange.home.demo_content import load_demo_content
from network.models import Topic, User
from tests.browser.conftest import sign_in
from tests.factories import AccountFactory, MemberProfileFactory, enable_totp
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DEMO_PASSWORD = "exchange-demo-2026"


def test_new_members_post_waits_a_moderator_approves_and_the_follower_is_mailed(
    live_server, browser, screenshot_dir
):
    load_demo_content(report=lambda line: None)
    url = live_server.url
    topic = Topic.objects.get(title__startswith="Enrolling returned children")
    topic_path = f"/en/forums/reintegration-of-families/{topic.pk}/"

    follower = browser.new_context().new_page()
    sign_in(follower, url, "aigerim@practice-exchange.test", DEMO_PASSWORD)
    follower.goto(url + topic_path)
    follower.get_by_role("button", name="Follow this topic").click()
    follower.get_by_role("button", name="Unfollow this topic").wait_for()
    mail.outbox.clear()  # the demo's own membership e-mails

    newcomer_user = MemberProfileFactory(
        user=AccountFactory(email="newcomer@example.org", full_name="New Colleague")
    ).user
    newcomer = browser.new_context().new_page()
    sign_in(newcomer, url, newcomer_user.email, DEFAULT_PASSWORD)
    newcomer.goto(url + topic_path)
    newcomer.locator("textarea").first.fill("We pair each child with a trained contact teacher.")
    newcomer.get_by_role("button", name="Post reply").click()
    assert "waiting for a moderator" in newcomer.content()
    newcomer.screenshot(path=screenshot_dir / "forum-post-waiting-en.png", full_page=True)
    assert not [m for m in mail.outbox if "aigerim@practice-exchange.test" in m.to]

    moderator_user = User.objects.get(email="nadia@practice-exchange.test")
    moderator_user.set_password(DEFAULT_PASSWORD)
    moderator_user.save()
    moderator = browser.new_context().new_page()
    sign_in(moderator, url, moderator_user.email, DEFAULT_PASSWORD, enable_totp(moderator_user))
    moderator.goto(f"{url}/admin/network/posts/?state=pending")
    post = topic.posts.get(author=newcomer_user)
    moderator.goto(f"{url}/admin/network/posts/inspect/{post.pk}/")
    moderator.check("input[name=action][value=approve]")
    moderator.get_by_role("button", name="Record decision").click()
    moderator.wait_for_url(f"{url}/admin/network/posts/")

    assert [m for m in mail.outbox if "aigerim@practice-exchange.test" in m.to]
    follower.goto(url + topic_path.replace("/en/", "/ar/"))
    assert follower.locator("html").get_attribute("dir") == "rtl"
    assert "We pair each child with a trained contact teacher." in follower.content()
    follower.screenshot(path=screenshot_dir / "forum-topic-ar.png", full_page=True)
