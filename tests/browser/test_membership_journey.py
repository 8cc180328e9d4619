import re

import pytest
from django.core import mail

from exchange.home.demo_content import load_demo_content
from network.demo import DEMO_PASSWORD
from network.models import MembershipApplication, User
from tests.factories import enable_totp, totp_code

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-and-unusual-passphrase"


def test_practitioner_applies_is_approved_and_reads_the_members_area(
    live_server, browser, screenshot_dir
):
    load_demo_content(report=lambda line: None)
    officer = User.objects.get(email="officer@practice-exchange.test")
    secret = enable_totp(officer)
    applicant = browser.new_context().new_page()
    url = live_server.url

    applicant.goto(f"{url}/en/members-area/")
    assert "/en/accounts/login/" in applicant.url

    applicant.goto(f"{url}/en/")
    applicant.get_by_role("link", name="Join").click()
    applicant.fill("#id_email", "leila@example.org")
    applicant.fill("#id_password1", PASSWORD)
    applicant.fill("#id_password2", PASSWORD)
    applicant.get_by_role("button", name="Sign Up").click()
    applicant.wait_for_url(f"{url}/en/accounts/confirm-email/")

    link = re.search(r"https?://[^/\s]+(/en/accounts/confirm-email/[^\s]+/)", mail.outbox[-1].body)
    applicant.goto(url + link.group(1))
    applicant.get_by_role("button", name="Confirm").click()
    applicant.wait_for_url(f"{url}/en/membership/")

    applicant.get_by_role("link", name="Apply for membership").click()
    applicant.fill("#id_full_name", "Leila Haddad")
    applicant.select_option("#id_organisation", label="Karatau City Social Services")
    applicant.fill("#id_job_title", "Case manager")
    applicant.select_option("#id_country", "KZ")
    applicant.fill("#id_city", "Karatau")
    applicant.check("input[name=languages][value=kk]")
    applicant.fill("#id_motivation", "I support families of returnees and want to learn.")
    applicant.get_by_role("button", name="Send application").click()
    applicant.wait_for_url(f"{url}/en/membership/")
    assert "Pending review" in applicant.content()
    applicant.goto(f"{url}/en/members-area/")
    assert "This is for vetted members" in applicant.content()

    application = MembershipApplication.objects.get(applicant__email="leila@example.org")
    officer_page = browser.new_context().new_page()
    officer_page.goto(f"{url}/admin/network/applications/")
    officer_page.fill("#id_login", officer.email)
    officer_page.fill("#id_password", DEMO_PASSWORD)
    officer_page.get_by_role("button", name="Sign In", exact=True).click()
    officer_page.fill("#id_code", totp_code(secret))
    officer_page.get_by_role("button", name="Sign In", exact=True).click()
    officer_page.wait_for_url(f"{url}/admin/network/applications/")
    officer_page.goto(f"{url}/admin/network/applications/inspect/{application.pk}/")
    officer_page.check("input[name=decision][value=approve]")
    officer_page.get_by_role("button", name="Record decision").click()
    officer_page.wait_for_url(f"{url}/admin/network/applications/")

    applicant.goto(f"{url}/en/members-area/")
    assert applicant.get_by_role("heading", level=1).inner_text() == "Members' area"
    assert "shared here only with vetted members" in applicant.content()
    applicant.screenshot(path=screenshot_dir / "members-area.png", full_page=True)
