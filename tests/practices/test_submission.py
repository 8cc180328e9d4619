import pytest
from django.contrib.auth.models import Group
from django.core import mail

from practices.models import PracticePage, PracticeSubmission
from practices.workflow import ensure_practice_workflow
from tests.factories import AccountFactory, member, vetting_officer
from tests.factories.practices import ThemeFactory, words

pytestmark = pytest.mark.django_db

BASICS = {
    "title": "Family mediation for returnees",
    "summary": words(80, "mediation"),
    "status": "pilot",
    "themes": ["family"],
    "city": "Aktau",
}


@pytest.fixture
def author(client, practice_index):
    ThemeFactory(name="Family support", slug="family")
    user = member(user__email="aigerim@example.org")
    client.force_login(user)
    return user


def start(client) -> str:
    response = client.post("/en/practices/submissions/new/")
    assert response.status_code == 302
    return response["Location"]


def fill_all_steps(client, basics_url: str, **overrides):
    base = basics_url.rsplit("/", 2)[0]
    client.post(basics_url, {**BASICS, **overrides.get("basics", {})})
    client.post(
        f"{base}/context/", {"starting_situation": "Families were isolated.", "goals": "Reunite."}
    )
    client.post(f"{base}/approach/", {"activities": "Home visits\nWeekly, by social workers."})
    client.post(
        f"{base}/results/",
        {
            "results": "Most families stayed in touch.",
            "evaluation_type": "internal_monitoring",
            "indicators": "Families reunited | 0 | 20 | 14 | case files",
        },
    )
    client.post(
        f"{base}/sharing/",
        {
            "transferability": "A social worker per ten families.",
            "context_audience": "public",
            "approach_audience": "members",
            "results_audience": "members",
            "replication_audience": "public",
            "contacts_audience": "members",
            "contacts": overrides.get("contacts", "Through the member directory."),
        },
    )
    return base


def test_a_too_short_summary_is_explained_and_everything_typed_is_kept(client, author):
    url = start(client)

    response = client.post(url, {**BASICS, "summary": words(70, "short")})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Write between 75 and 100 words (this has 70)." in page
    assert 'value="Family mediation for returnees"' in page
    assert words(70, "short") in page
    assert 'value="family" checked' in page or 'value="family" id' in page


def test_the_draft_survives_leaving_the_form(client, author):
    url = start(client)
    client.post(url, {**BASICS, "summary": words(70, "draft"), "save_and_leave": "1"})

    listing = client.get("/en/practices/submissions/").content.decode()
    again = client.get(url).content.decode()

    assert "Family mediation for returnees" in listing
    assert "Draft: not yet submitted" in listing
    assert words(70, "draft") in again


def test_valid_step_moves_on_and_progress_shows_what_is_missing(client, author):
    url = start(client)

    response = client.post(url, BASICS)
    assert response["Location"].endswith("/context/")
    review = client.get(url.replace("/basics/", "/review/"))

    states = {entry["step"].key: entry["state"] for entry in review.context["progress"]}
    assert states == {
        "basics": "done",
        "context": "missing",
        "approach": "missing",
        "results": "missing",
        "sharing": "missing",
    }
    assert not review.context["ready"]
    assert "Submit for review" not in review.content.decode()


def test_submitting_creates_a_draft_page_in_the_vetting_workflow_and_mails_editors(client, author):
    editor = member(user__email="editor@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    base = fill_all_steps(client, start(client))

    response = client.post(f"{base}/review/")

    assert response["Location"] == "/en/practices/submissions/"
    page = PracticePage.objects.get(title="Family mediation for returnees")
    assert not page.live
    assert page.owner == author
    assert page.current_workflow_state.current_task_state.task.name == "Editor review"
    assert [theme.slug for theme in page.themes.all()] == ["family"]
    assert page.indicators.get().result == "14"
    assert page.activities[0].value["title"] == "Home visits"
    assert any(editor.email in message.to for message in mail.outbox)
    listing = client.get("/en/practices/submissions/").content.decode()
    assert "In review: Editor review" in listing
    assert (
        client.get(page.url or "/en/practices/family-mediation-for-returnees/").status_code == 404
    )


def test_an_indicator_value_longer_than_its_column_is_refused_and_the_row_kept(client, author):
    """The form allows what the table stores: a baseline, target or result of 101 to 250
    characters is explained on the step instead of failing when the page is built."""
    base = fill_all_steps(client, start(client))
    baseline = "Families in touch with relatives before the programme began, " * 2
    row = f"Families reunited | {baseline.strip()} | 20 | 14 | case files"

    response = client.post(
        f"{base}/results/",
        {"results": "Most stayed.", "evaluation_type": "internal_monitoring", "indicators": row},
    )
    submitted = client.post(f"{base}/review/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Line 1: the baseline can be at most 100 characters long (it has 121)." in page
    assert baseline.strip() in page
    assert submitted.status_code == 200
    assert "Complete the step “Results and evaluation” first." in submitted.content.decode()
    assert not PracticePage.objects.filter(title="Family mediation for returnees").exists()


def test_markup_typed_by_a_member_is_shown_as_text(client, author):
    base = fill_all_steps(client, start(client), contacts='<script>alert("x")</script>')
    client.post(f"{base}/review/")

    page = PracticePage.objects.get(title="Family mediation for returnees")

    assert "<script>" not in page.contacts
    assert "&lt;script&gt;" in page.contacts


def approve(page, user):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")


def test_editor_then_vetting_officer_approve_and_the_author_hears_at_each_step(client, author):
    editor = member()
    editor.groups.add(Group.objects.get(name="Editors"))
    officer = vetting_officer()
    base = fill_all_steps(client, start(client))
    client.post(f"{base}/review/")
    page = PracticePage.objects.get(title="Family mediation for returnees")
    mail.outbox.clear()

    approve(page, editor)
    assert mail.outbox[-1].to == [author.email]
    assert "Editor review" in mail.outbox[-1].body

    approve(PracticePage.objects.get(pk=page.pk), officer)
    page.refresh_from_db()
    assert page.live
    assert any(author.email in message.to for message in mail.outbox[1:])
    assert "Published" in client.get("/en/practices/submissions/").content.decode()


def test_requested_changes_reach_the_author_who_edits_and_resubmits(client, author):
    editor = member()
    editor.groups.add(Group.objects.get(name="Editors"))
    base = fill_all_steps(client, start(client))
    client.post(f"{base}/review/")
    page = PracticePage.objects.get(title="Family mediation for returnees")
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, editor, "reject", comment="Say who carries out the visits."
    )

    listing = client.get("/en/practices/submissions/").content.decode()
    assert "Changes requested" in listing
    assert "Say who carries out the visits." in listing

    client.post(f"{base}/approach/", {"activities": "Home visits\nBy two social workers."})
    client.post(f"{base}/review/")

    page = PracticePage.objects.get(pk=page.pk)
    assert page.current_workflow_state.status == "in_progress"
    activity = page.get_latest_revision_as_object().activities[0].value
    assert "two social workers" in activity["description"].source


def test_only_members_can_submit(client, practice_index):
    assert client.get("/en/practices/submissions/").status_code == 302
    client.force_login(AccountFactory())
    assert client.get("/en/practices/submissions/").status_code == 403
    assert client.post("/en/practices/submissions/new/").status_code == 403


def test_a_member_cannot_open_someone_elses_draft(client, author):
    url = start(client)
    client.force_login(member())

    assert client.get(url).status_code == 404


def test_the_workflow_is_set_up_once_for_every_practice_index(practice_index):
    first = ensure_practice_workflow()
    second = ensure_practice_workflow()

    assert first == second
    assert [task.name for task in first.tasks] == ["Editor review", "Vetting approval"]
    assert practice_index.get_workflow() == first


def test_unknown_step_is_not_found(client, author):
    url = start(client)

    assert client.get(url.replace("/basics/", "/nonsense/")).status_code == 404
    assert PracticeSubmission.objects.count() == 1
