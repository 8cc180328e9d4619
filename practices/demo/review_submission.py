"""A demo practice waiting for editor review whose author left a phone number and a
beneficiary's name in it, so that reviewers see the anonymity check at work in the demo.

It holds what a member would have typed in the five steps; the author confirms every flagged
passage as not personal data (wrongly, for the name: that is what reviewers are for) and the
practice enters the vetting workflow through the same service as a member's submission. The
woman, her sons and the number are invented.
"""

from copy import deepcopy

from exchange import anonymity
from network.models import User
from practices.models import PracticeSubmission
from practices.submission import (
    CONFIRMATIONS,
    STEPS,
    anonymity_checks,
    confirmations_of,
    submit_practice,
)

AUTHOR = "rustam@practice-exchange.test"
TITLE = "Family visits before release in Khujand"

ANSWERS = {
    "basics": {
        "title": TITLE,
        "summary": (
            "Probation officers in Khujand arrange supervised family visits in the last six "
            "months before a woman returned from the camps in Syria is released. Mothers, their "
            "children and the relatives who will host them meet in a quiet room at the probation "
            "office with a psychologist present. The visits rebuild trust, let families prepare "
            "for daily life together and give officers an early view of needs. Most women kept "
            "in touch with their families after release, and none went back to the groups that "
            "recruited them."
        ),
        "country": "tajikistan",
        "city": "Khujand",
        "start_date": "2023-03-01",
        "status": "pilot",
        "prevention_level": "tertiary",
        "stages": ["in-custody", "post-release"],
        "target_groups": ["returning-women", "families"],
        "themes": ["family-support", "psychosocial-care"],
        "actor_types": ["probation-service"],
        "reach": "12",
        "reach_note": "Women in the pilot and their families",
    },
    "context": {
        "starting_situation": (
            "Women sentenced after returning from the camps lost contact with their families "
            "for years; many relatives were afraid to visit the prison."
        ),
        "goals": "Every woman meets the family who will host her before she is released.",
        "theory_of_change": "",
    },
    "approach": {
        "activities": (
            "Supervised family visits\n"
            "Monthly visits at the probation office, with a psychologist present.\n\n"
            "Preparing the hosts\n"
            "A probation officer visits the host family at home before the first meeting."
        ),
        "partners": "The prison service, the city's social services and a psychologist.",
        "funding": "Staff time of the probation office; travel costs of families.",
    },
    "results": {
        "results": (
            "Malika Yusupova, who came back with her two sons, now works at a sewing "
            "cooperative and visits the probation office every month."
        ),
        "evaluation_type": "internal_monitoring",
        "indicators": "Women meeting their host family before release | 0 | 12 | 10 | case files",
        "successes": "Families asked for the visits to continue after release.",
        "failures": "Two families could not travel; video calls replaced the visits.",
        "dos_and_donts": "Do prepare the host family first; do not hold visits in the prison.",
    },
    "sharing": {
        "sustainability": "The probation office kept the visits in its yearly plan.",
        "transferability": "A quiet room, a psychologist and one officer per ten families.",
        "contacts": "The probation office's duty phone: +992 92 777 12 34.",
        "context_audience": "public",
        "approach_audience": "members",
        "results_audience": "members",
        "replication_audience": "public",
        "contacts_audience": "members",
        "audience_groups": [],
    },
}


def ensure_review_submission(report=print) -> None:
    """The submission in "Editor review"; looked up by author and title, so made only once."""
    author = User.objects.filter(email=AUTHOR).first()
    if author is None:
        return
    if PracticeSubmission.objects.filter(author=author, data__basics__title=TITLE).exists():
        report(f"Practice in review: {TITLE!r} (exists)")
        return
    submission = PracticeSubmission.objects.create(
        author=author, language="en", data=deepcopy(ANSWERS)
    )
    records = [
        record
        for step in STEPS
        for check in anonymity_checks(submission, step)
        for record in anonymity.confirm(check, author)
    ]
    submission.data = {
        **submission.data,
        CONFIRMATIONS: anonymity.merge_confirmations(confirmations_of(submission), records),
    }
    submission.save(update_fields=["data", "updated_at"])
    submit_practice(submission)
    report(
        f"Practice in review: {TITLE!r} by {AUTHOR}, with {len(records)} passages flagged by the "
        "anonymity check"
    )
