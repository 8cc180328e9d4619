"""A member writing up a practice sees each passage that may identify a person in place, next to
the field, and must edit it or confirm it is not personal data; what they typed is kept as
typed, and their confirmations are kept for the reviewers."""

import pytest
from bs4 import BeautifulSoup

from practices.models import PracticePage, PracticeSubmission
from tests.factories import member
from tests.factories.practices import PracticeIndexPageFactory, ThemeFactory, words

pytestmark = pytest.mark.django_db

BASICS = {
    "title": "Family mediation for returnees",
    "summary": words(80, "mediation"),
    "status": "pilot",
    "themes": ["family"],
}
PHONE_TEXT = "The mother asked us to call her on +7 701 123 45 67 after each visit."
CONFIRM = "not_personal_data__starting_situation"


@pytest.fixture
def author(client, home_pages):
    PracticeIndexPageFactory(parent=home_pages["en"], show_in_menus=True)
    ThemeFactory(name="Family support", slug="family")
    user = member(user__email="aigerim@example.org", user__full_name="Aigerim Sadykova")
    client.force_login(user)
    return user


@pytest.fixture
def context_url(client, author) -> str:
    """A new submission whose first step is done; the URL of its second step."""
    response = client.post("/en/practices/submissions/new/")
    assert client.post(response["Location"], BASICS).status_code == 302
    return response["Location"].replace("/basics/", "/context/")


def confirm_value(response) -> str:
    """The value of the "not personal data" box as the author's browser would send it."""
    box = BeautifulSoup(response.content, "html.parser").find("input", attrs={"name": CONFIRM})
    return box["value"]


def test_a_phone_number_is_shown_in_place_and_everything_typed_is_kept(client, context_url):
    response = client.post(context_url, {"starting_situation": PHONE_TEXT, "goals": "Reunite."})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Check for personal data" in page
    assert "<mark>+7 701 123 45 67</mark>" in page
    assert "This looks like a phone number." in page
    assert f'name="{CONFIRM}"' in page
    assert f">\n{PHONE_TEXT}</textarea>" in page
    assert "Reunite." in page


def test_confirming_that_it_is_not_personal_data_moves_on_and_is_recorded(
    client, author, context_url
):
    shown = client.post(context_url, {"starting_situation": PHONE_TEXT, "goals": "Reunite."})

    response = client.post(
        context_url,
        {"starting_situation": PHONE_TEXT, "goals": "Reunite.", CONFIRM: confirm_value(shown)},
    )

    assert response["Location"].endswith("/approach/")
    submission = PracticeSubmission.objects.get()
    assert submission.data["context"]["starting_situation"] == PHONE_TEXT
    [confirmation] = submission.data["anonymity_confirmations"]
    assert confirmation["field"] == "starting_situation"
    assert confirmation["kind"] == "phone"
    assert confirmation["excerpt"] == "+7 701 123 45 67"
    assert confirmation["by"] == author.pk
    assert confirmation["by_name"] == "Aigerim Sadykova"
    assert confirmation["at"]
    again = client.get(context_url).content.decode()
    assert "<mark>" not in again
    assert "You confirmed that 1 passage here is not personal data" in again


def test_editing_the_passage_away_moves_on_without_any_confirmation(client, context_url):
    client.post(context_url, {"starting_situation": PHONE_TEXT, "goals": "Reunite."})

    response = client.post(
        context_url,
        {"starting_situation": "The mother asked to be called after each visit.", "goals": "x"},
    )

    assert response["Location"].endswith("/approach/")
    assert "anonymity_confirmations" not in PracticeSubmission.objects.get().data


def test_a_passage_typed_after_the_flags_were_shown_is_not_confirmed_unseen(client, context_url):
    shown = client.post(context_url, {"starting_situation": PHONE_TEXT, "goals": "Reunite."})
    changed = PHONE_TEXT + " Her name is Fatima Yusupova."

    response = client.post(
        context_url,
        {"starting_situation": changed, "goals": "Reunite.", CONFIRM: confirm_value(shown)},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Fatima Yusupova</mark>" in page
    assert "<mark>+7 701 123 45 67</mark>" in page
    assert "anonymity_confirmations" not in PracticeSubmission.objects.get().data


def test_every_step_is_checked_in_each_language(client, context_url):
    base = context_url.rsplit("/", 2)[0]

    response = client.post(
        f"{base}/sharing/",
        {
            "contacts": "Адрес: ул. Абая, 12, кв. 5. وهي من مواليد 1990",
            "context_audience": "public",
            "approach_audience": "members",
            "results_audience": "members",
            "replication_audience": "public",
            "contacts_audience": "members",
        },
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "<mark>ул. Абая, 12, кв. 5</mark>" in page
    assert "<mark>من مواليد 1990</mark>" in page


def test_leaving_keeps_the_draft_but_submission_waits_until_every_flag_is_handled(
    client, context_url
):
    client.post(
        context_url,
        {"starting_situation": PHONE_TEXT, "goals": "Reunite.", "save_and_leave": "1"},
    )
    base = context_url.rsplit("/", 2)[0]
    for step, data in [
        ("approach", {"activities": "Home visits\nWeekly."}),
        ("results", {"results": "Families stayed in touch.", "evaluation_type": "none"}),
        (
            "sharing",
            {
                "transferability": "One social worker per ten families.",
                "context_audience": "public",
                "approach_audience": "members",
                "results_audience": "members",
                "replication_audience": "public",
                "contacts_audience": "members",
            },
        ),
    ]:
        assert client.post(f"{base}/{step}/", data).status_code == 302

    review = client.get(f"{base}/review/")
    refused = client.post(f"{base}/review/", follow=True)

    assert "passages that may identify a person: edit or confirm them" in review.content.decode()
    assert not review.context["ready"]
    assert "Check the passages that may identify a person" in refused.content.decode()
    assert not PracticePage.objects.exists()
    assert PracticeSubmission.objects.get().data["context"]["starting_situation"] == PHONE_TEXT


def test_the_confirmed_text_reaches_the_draft_page_exactly_as_typed(client, context_url):
    shown = client.post(context_url, {"starting_situation": PHONE_TEXT, "goals": "Reunite."})
    client.post(
        context_url,
        {"starting_situation": PHONE_TEXT, "goals": "Reunite.", CONFIRM: confirm_value(shown)},
    )
    base = context_url.rsplit("/", 2)[0]
    client.post(f"{base}/approach/", {"activities": "Home visits\nWeekly."})
    client.post(f"{base}/results/", {"results": "They kept in touch.", "evaluation_type": "none"})
    client.post(
        f"{base}/sharing/",
        {
            "transferability": "One social worker per ten families.",
            "context_audience": "public",
            "approach_audience": "members",
            "results_audience": "members",
            "replication_audience": "public",
            "contacts_audience": "members",
        },
    )

    response = client.post(f"{base}/review/")

    assert response["Location"] == "/en/practices/submissions/"
    page = PracticePage.objects.get(title="Family mediation for returnees")
    assert page.starting_situation == f"<p>{PHONE_TEXT}</p>"
