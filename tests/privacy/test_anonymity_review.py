"""Editors and vetting officers reviewing a practice in the Wagtail admin see every passage that
may identify a person, in place: those the author confirmed as not personal data and those
nobody has checked; editing a practice in the admin and submitting it shows them too."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from exchange import anonymity
from exchange.home.demo_content import load_demo_content
from network.demo import DEMO_PASSWORD
from network.models import User
from practices.demo.review_submission import TITLE
from practices.models import PracticePage, PracticeSubmission
from practices.submission import CONFIRMATIONS, STEPS, anonymity_checks, submit_practice
from practices.workflow import ensure_practice_workflow
from tests.conftest import sign_in_with_totp
from tests.factories import member
from tests.factories.practices import (
    PracticeIndexPageFactory,
    PracticePageFactory,
    ThemeFactory,
    words,
)

pytestmark = pytest.mark.django_db

SHARING = {
    "transferability": "One social worker per ten families.",
    "context_audience": "public",
    "approach_audience": "members",
    "results_audience": "members",
    "replication_audience": "public",
    "contacts_audience": "members",
}


@pytest.fixture
def index(home_pages):
    return PracticeIndexPageFactory(parent=home_pages["en"], show_in_menus=True)


@pytest.fixture
def editor(client):
    user = member(user__email="editor@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    sign_in_with_totp(client, user)
    return user


def submitted_practice(starting_situation: str) -> PracticePage:
    """A member's practice in review, every flag of which its author confirmed."""
    ThemeFactory(name="Family support", slug="family")
    author = member(user__email="aigerim@example.org", user__full_name="Aigerim Sadykova")
    submission = PracticeSubmission.objects.create(
        author=author,
        data={
            "basics": {
                "title": "Family mediation",
                "summary": words(80, "mediation"),
                "status": "pilot",
                "themes": ["family"],
            },
            "context": {"starting_situation": starting_situation, "goals": "Reunite."},
            "approach": {"activities": "Home visits\nWeekly."},
            "results": {"results": "They kept in touch.", "evaluation_type": "none"},
            "sharing": SHARING,
        },
    )
    records = [
        record
        for step in STEPS
        for check in anonymity_checks(submission, step)
        for record in anonymity.confirm(check, author)
    ]
    submission.data = {**submission.data, CONFIRMATIONS: records}
    submission.save()
    return submit_practice(submission)


def section(html: str, field: str) -> str:
    """The part of the anonymity report about one field."""
    found = BeautifulSoup(html, "html.parser").find(
        "section", attrs={"aria-labelledby": f"anonymity-{field}"}
    )
    return found.decode_contents() if found else ""


def test_a_reviewer_sees_confirmed_and_unchecked_flags_in_the_admin(client, index, editor):
    page = submitted_practice("The mother asked us to call her on +7 701 123 45 67.")
    later = page.get_latest_revision_as_object()
    later.results = "<p>Write to <b>fatima@example.org</b> &amp; her lawyer.</p>"
    later.save_revision(user=editor)

    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    report = client.get(f"/admin/practices/{page.pk}/anonymity/").content.decode()

    assert "Anonymity check: 2 passages may identify a person." in edit
    assert "The author confirmed 1 as not personal data about a beneficiary." in edit
    assert f'href="/admin/practices/{page.pk}/anonymity/"' in edit
    results = section(report, "results")
    assert "To check" in results and "Confirmed by the author" not in results
    assert "<mark>fatima@example.org</mark> &amp; her lawyer." in results
    context = section(report, "starting_situation")
    assert "Confirmed by the author" in context and "To check" not in context
    assert "<mark>+7 701 123 45 67</mark>" in context
    assert "confirmed by Aigerim Sadykova" in context


def test_editing_a_practice_in_the_admin_and_submitting_it_shows_the_flags(client, index, editor):
    practice = PracticePageFactory(parent=index, title="Mentoring", summary=words(80))
    ensure_practice_workflow()
    edit_url = f"/admin/pages/{practice.pk}/edit/"
    form = client.get(edit_url)
    assert "Anonymity check" not in "".join(str(m) for m in form.context["messages"])
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data["starting_situation"] = rich_text("<p>Her number: +964 770 123 4567</p>")
    data["activities-count"] = "0"
    data["action-submit"] = "Submit to Practice vetting"

    response = client.post(edit_url, data, follow=True)

    page = response.content.decode()
    assert "Anonymity check: 1 passage may identify a person." in page
    latest = PracticePage.objects.get(pk=practice.pk).get_latest_revision_as_object()
    assert ">Her number: +964 770 123 4567</p>" in latest.starting_situation


def test_the_anonymity_report_is_only_for_practices_and_people_who_may_edit_them(
    client, home_pages, index, editor
):
    practice = PracticePageFactory(parent=index, summary=words(80))

    assert client.get(f"/admin/practices/{home_pages['en'].pk}/anonymity/").status_code == 404
    assert client.get(f"/admin/practices/{practice.pk}/anonymity/").status_code == 200
    client.force_login(member())
    assert client.get(f"/admin/practices/{practice.pk}/anonymity/").status_code != 200


def test_the_demo_practice_in_review_shows_its_flags_to_the_vetting_officer(client):
    load_demo_content(report=lambda line: None)
    load_demo_content(report=lambda line: None)
    officer = User.objects.get(email="officer@practice-exchange.test")
    page = PracticePage.objects.get(title=TITLE)
    sign_in_with_totp(client, officer, DEMO_PASSWORD)

    report = client.get(f"/admin/practices/{page.pk}/anonymity/").content.decode()

    assert PracticeSubmission.objects.filter(page=page).count() == 1
    assert page.current_workflow_task.name == "Editor review"
    assert "<mark>+992 92 777 12 34</mark>" in report
    assert "<mark>Malika Yusupova</mark>" in report
    assert "confirmed by Rustam Nazarov" in report
