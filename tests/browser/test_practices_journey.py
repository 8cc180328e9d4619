import pytest
from django.contrib.auth.models import Group

from exchange.home.demo_content import load_demo_content
from network.demo import DEMO_PASSWORD
from network.models import User
from practices.models import PracticePage
from tests.browser.conftest import sign_in
from tests.factories import enable_totp, member
from tests.factories.practices import words
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AKTAU = "/en/practices/aktau-city-led-reintegration-of-women-and-children/"


def approve_in_admin(browser, url: str, user, secret: str, title: str) -> None:
    page = browser.new_context().new_page()
    sign_in(page, url, user.email, DEFAULT_PASSWORD, secret)
    page.goto(f"{url}/admin/")
    row = page.locator("tr", has_text=title).first
    row.get_by_role("button", name="Actions").click()
    with page.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()
    page.context.close()


def test_visitor_filters_member_reads_and_submits_and_editors_approve(
    live_server, browser, screenshot_dir
):
    load_demo_content(report=lambda line: None)
    url = live_server.url

    visitor = browser.new_context().new_page()
    visitor.goto(f"{url}/en/")
    visitor.get_by_role("navigation", name="Main").get_by_role("link", name="Practices").click()
    visitor.get_by_role("group", name="Country").get_by_label("Kyrgyzstan", exact=False).check()
    visitor.get_by_role("button", name="Apply filters").click()
    assert "country=kyrgyzstan" in visitor.url
    cards = visitor.locator(".practice-card")
    assert cards.count() == 1
    assert "Kyrgyzstan" in cards.first.inner_text()
    visitor.screenshot(path=screenshot_dir / "practices-filtered-en.png", full_page=True)

    visitor.goto(url + AKTAU)
    assert "This section is shared only with vetted members" in visitor.content()
    assert visitor.get_by_role("heading", name="Starting situation and goals").count() == 1
    visitor.screenshot(path=screenshot_dir / "practice-visitor-en.png", full_page=True)

    reader = browser.new_context().new_page()
    sign_in(reader, url, "aigerim@practice-exchange.test", DEMO_PASSWORD)
    reader.goto(url + AKTAU)
    assert reader.get_by_role("heading", name="Results and evaluation").count() == 1
    reader.get_by_role("navigation", name="Language").get_by_role("link", name="العربيّة").click()
    reader.wait_for_url(lambda address: "/ar/" in address)
    assert reader.locator("html").get_attribute("dir") == "rtl"
    reader.screenshot(path=screenshot_dir / "practice-member-ar.png", full_page=True)

    reader.goto(f"{url}/en/")
    reader.get_by_role("link", name="Submit a practice").click()
    reader.get_by_role("button", name="Write up a new practice").click()
    reader.fill("#id_title", "Mentoring returnees into work in Karatau")
    reader.fill("#id_summary", words(80, "mentoring"))
    reader.select_option("#id_status", "pilot")
    reader.get_by_label("Employment and livelihoods").check()
    reader.get_by_role("button", name="Save and continue").click()
    reader.fill("#id_starting_situation", "Returnees found no work after resettlement.")
    reader.fill("#id_goals", "Stable work within a year.")
    reader.get_by_role("button", name="Save and continue").click()
    reader.fill("#id_activities", "Mentoring\nLocal employers mentor each returnee.")
    reader.get_by_role("button", name="Save and continue").click()
    reader.fill("#id_results", "Most mentees kept their job.")
    reader.get_by_role("button", name="Save and continue").click()
    reader.fill("#id_transferability", "Employers willing to mentor.")
    reader.get_by_role("button", name="Save and check").click()
    reader.get_by_role("button", name="Submit for review").click()
    assert "In review: Editor review" in reader.content()
    reader.screenshot(path=screenshot_dir / "submission-in-review-en.png", full_page=True)

    editor = member(user__email="editor@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    officer = User.objects.get(email="officer@practice-exchange.test")
    officer.set_password(DEFAULT_PASSWORD)
    officer.save()
    title = "Mentoring returnees into work in Karatau"
    approve_in_admin(browser, url, editor, enable_totp(editor), title)
    approve_in_admin(browser, url, officer, enable_totp(officer), title)

    practice = PracticePage.objects.get(title=title)
    assert practice.live
    visitor.goto(url + practice.url)
    assert visitor.get_by_role("heading", level=1).inner_text() == title
