"""Members submit practices from the front end: a guided form in steps, saved as a draft between
steps, that becomes a draft page entering the vetting workflow.

Every step's free text passes the anonymity check: the author edits a flagged passage or
confirms it is not personal data about a beneficiary, and the confirmations are kept with the
submission (under ``data["anonymity_confirmations"]``) for the reviewers."""

from dataclasses import dataclass

from django.db import transaction
from django.forms import CharField, MultipleChoiceField
from django.utils.html import linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from exchange import anonymity
from network import policy
from network.choices import GroupMembershipState
from network.models import NetworkGroup
from network.tasks import send_templated_email
from practices import forms
from practices.models import (
    ActorType,
    Country,
    MonitoringIndicator,
    PracticeIndexPage,
    PracticePage,
    PracticeSubmission,
    Stage,
    Standard,
    TargetGroup,
    Theme,
)
from practices.models.practice import NARRATIVE_FIELDS
from practices.workflow import ensure_practice_workflow, task_label


class SubmissionError(ValueError):
    """The submission cannot go ahead; the message says why, for the author."""


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    form_class: type
    recommended: tuple[str, ...] = ()


STEPS = [
    Step("basics", _("The practice in brief"), forms.BasicsForm),
    Step(
        "context",
        _("Starting situation and goals"),
        forms.ContextForm,
        ("starting_situation", "goals"),
    ),
    Step("approach", _("Approach"), forms.ApproachForm, ("activities",)),
    Step("results", _("Results and evaluation"), forms.ResultsForm, ("results",)),
    Step(
        "sharing",
        _("Sharing, transferability and contacts"),
        forms.SharingForm,
        ("transferability",),
    ),
]
STEP_KEYS = [step.key for step in STEPS]
TERMS = {
    "stages": Stage,
    "target_groups": TargetGroup,
    "themes": Theme,
    "actor_types": ActorType,
    "standards": Standard,
}


def step_named(key: str) -> Step:
    for step in STEPS:
        if step.key == key:
            return step
    raise KeyError(key)


def author_groups(user):
    return NetworkGroup.objects.filter(
        memberships__user=user, memberships__state=GroupMembershipState.ACTIVE
    )


def build_form(step: Step, submission: PracticeSubmission, data=None):
    """The step's form, bound to ``data`` (a POST) or to what was saved, or unbound when new."""
    kwargs = {"groups": author_groups(submission.author)} if step.key == "sharing" else {}
    saved = submission.data.get(step.key)
    if data is None and saved is None:
        initial = (
            {
                "context_audience": "public",
                "approach_audience": "members",
                "results_audience": "members",
                "replication_audience": "public",
                "contacts_audience": "members",
            }
            if step.key == "sharing"
            else {}
        )
        return step.form_class(initial=initial, **kwargs)
    return step.form_class(data if data is not None else saved, **kwargs)


def _raw(form, data) -> dict:
    """What the author typed for this step's fields, lists kept as lists."""
    raw = {}
    for name, field in form.fields.items():
        if isinstance(field, MultipleChoiceField):
            raw[name] = data.getlist(name)
        elif name in data:
            raw[name] = data.get(name)
    return raw


def save_step(submission: PracticeSubmission, step: Step, data):
    """Keep everything typed, valid or not, so that leaving the form loses nothing."""
    form = build_form(step, submission, data)
    submission.data = {**submission.data, step.key: _raw(form, data)}
    submission.save(update_fields=["data", "updated_at"])
    return form


CONFIRMATIONS = "anonymity_confirmations"


def checked_fields(step: Step) -> list[str]:
    """The step's free-text fields: what the anonymity check reads."""
    return [
        name for name, field in step.form_class.base_fields.items() if isinstance(field, CharField)
    ]


def confirmations_of(submission: PracticeSubmission) -> list[dict]:
    """Which flagged passages the author confirmed are not personal data, by whom and when."""
    return list(submission.data.get(CONFIRMATIONS, []))


def anonymity_checks(submission: PracticeSubmission, step: Step) -> list[anonymity.FieldCheck]:
    """The flags in the step's saved text, field by field, with the author's confirmations."""
    saved = submission.data.get(step.key) or {}
    fields = {name: saved.get(name) or "" for name in checked_fields(step)}
    labels = {name: step.form_class.base_fields[name].label for name in fields}
    return anonymity.check_fields(fields, confirmations_of(submission), labels, submission.language)


def confirm_flags(submission: PracticeSubmission, step: Step, data, user) -> None:
    """Record the author's "not personal data" for each field they ticked; the box covers the
    passages it was shown with, so a passage typed since then is checked afresh."""
    records = [
        record
        for check in anonymity_checks(submission, step)
        if anonymity.ticked(check, data)
        for record in anonymity.confirm(check, user)
    ]
    if records:
        merged = anonymity.merge_confirmations(confirmations_of(submission), records)
        submission.data = {**submission.data, CONFIRMATIONS: merged}
        submission.save(update_fields=["data", "updated_at"])


def save_checked_step(submission: PracticeSubmission, step: Step, data, user):
    """Save the step as typed, record what the author confirmed, and check the text again;
    returns the bound form and the step's anonymity checks."""
    form = save_step(submission, step, data)
    confirm_flags(submission, step, data, user)
    return form, anonymity_checks(submission, step)


def progress(submission: PracticeSubmission) -> list[dict]:
    """Each step with its state: 'missing' (not started), 'invalid', 'unchecked' (passages that
    may identify a person wait for the author), 'incomplete' or 'done'."""
    states = []
    for step in STEPS:
        saved = submission.data.get(step.key)
        if saved is None:
            state = "missing"
        elif not build_form(step, submission).is_valid():
            state = "invalid"
        elif anonymity.unresolved(anonymity_checks(submission, step)):
            state = "unchecked"
        elif any(not (saved.get(name) or "").strip() for name in step.recommended):
            state = "incomplete"
        else:
            state = "done"
        states.append({"step": step, "state": state})
    return states


def _paragraphs(text: str) -> str:
    return linebreaks(text or "", autoescape=True)


def _activities(text: str) -> list:
    blocks = []
    for chunk in (text or "").split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        if lines:
            blocks.append(
                (
                    "activity",
                    {
                        "title": lines[0][:200],
                        "description": _paragraphs("\n".join(lines[1:])),
                        "who": "",
                    },
                )
            )
    return blocks


def _cleaned(submission: PracticeSubmission) -> dict:
    cleaned = {}
    for step in STEPS:
        form = build_form(step, submission)
        if submission.data.get(step.key) is None or not form.is_valid():
            raise SubmissionError(_("Complete the step “%(step)s” first.") % {"step": step.title})
        if anonymity.unresolved(anonymity_checks(submission, step)):
            raise SubmissionError(
                _("Check the passages that may identify a person in “%(step)s” first.")
                % {"step": step.title}
            )
        cleaned.update(form.cleaned_data)
    return cleaned


def practice_index_for(language: str) -> PracticeIndexPage:
    index = (
        PracticeIndexPage.objects.live().filter(locale__language_code=language).first()
        or PracticeIndexPage.objects.live().filter(locale=Locale.get_default()).first()
    )
    if index is None:
        raise SubmissionError(_("Practices cannot be submitted yet: there is no practice index."))
    return index


def _unique_slug(index: PracticeIndexPage, title: str) -> str:
    base = slugify(title, allow_unicode=True)[:60] or "practice"
    slug, number = base, 1
    while index.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _apply(page: PracticePage, data: dict, author) -> None:
    default = Locale.get_default()
    simple = [
        "title",
        "summary",
        "city",
        "location_withheld",
        "organisation_withheld",
        "start_date",
        "end_date",
        "became_regular_service",
        "status",
        "prevention_level",
        "reach",
        "reach_note",
        "evaluation_type",
        "context_audience",
        "approach_audience",
        "results_audience",
        "replication_audience",
        "contacts_audience",
    ]
    for name in simple:
        setattr(page, name, data.get(name) if data.get(name) is not None else getattr(page, name))
    page.prevention_level = data.get("prevention_level") or ""
    page.country = Country.objects.filter(locale=default, slug=data.get("country")).first()
    profile = policy.member_profile(author)
    page.organisation = profile.organisation if profile else None
    for name in NARRATIVE_FIELDS:
        setattr(page, name, _paragraphs(data.get(name, "")))
    page.activities = _activities(data.get("activities", ""))
    for name, model in TERMS.items():
        getattr(page, name).set(model.objects.filter(locale=default, slug__in=data.get(name, [])))
    page.audience_groups.set(author_groups(author).filter(slug__in=data.get("audience_groups", [])))
    page.indicators = [
        MonitoringIndicator(
            **dict(
                zip(
                    ["indicator", "baseline", "target", "result", "source"],
                    [part.strip() for part in line.split("|")],
                    strict=False,
                )
            )
        )
        for line in data.get("indicators", "").splitlines()
        if line.strip()
    ]


@transaction.atomic
def submit_practice(submission: PracticeSubmission) -> PracticePage:
    """Build (or update) the draft page and put it through the vetting workflow."""
    author = submission.author
    if not policy.is_member(author):
        raise SubmissionError(_("Only members can submit practices."))
    data = _cleaned(submission)
    page = submission.page.specific if submission.page_id else None
    workflow_state = page.current_workflow_state if page is not None else None
    if workflow_state is not None and workflow_state.status == workflow_state.STATUS_IN_PROGRESS:
        raise SubmissionError(_("This practice is already being reviewed."))
    if page is None:
        index = practice_index_for(submission.language)
        page = PracticePage(owner=author, live=False, locale=index.locale)
        _apply(page, data, author)
        page.slug = _unique_slug(index, page.title)
        index.add_child(instance=page)
    else:
        _apply(page, data, author)
    page.save_revision(user=author, log_action=True)
    if workflow_state is not None:
        workflow_state.resume(user=author)
    else:
        ensure_practice_workflow().start(page, author)
    submission.page = page
    submission.state = PracticeSubmission.State.SUBMITTED
    submission.save(update_fields=["page", "state", "updated_at"])
    return page


def review_status(submission: PracticeSubmission) -> dict:
    """Where a submission stands, in the author's terms."""
    if submission.page_id is None:
        return {"code": "draft", "label": _("Draft: not yet submitted"), "editable": True}
    page = submission.page
    if page.live:
        return {"code": "published", "label": _("Published"), "editable": False, "page": page}
    state = page.current_workflow_state
    if state is None:
        return {
            "code": "closed",
            "label": _("Review closed without publication"),
            "editable": False,
        }
    if state.status == state.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return {
            "code": "changes",
            "label": _("Changes requested"),
            "comment": task_state.get_comment() if task_state else "",
            "editable": True,
        }
    task = task_label(state.current_task_state.task.name) if state.current_task_state else ""
    return {"code": "review", "label": _("In review: %(task)s") % {"task": task}, "editable": False}


def notify_author_of_step(task_state, reviewer) -> None:
    """Tell the author that one review step passed (the final approval Wagtail mails itself)."""
    workflow_state = task_state.workflow_state
    author = workflow_state.requested_by
    if author is None or workflow_state.status != workflow_state.STATUS_IN_PROGRESS:
        return
    page = workflow_state.content_object
    send_templated_email.enqueue(
        author.email,
        "practices/email/review_step_passed",
        {
            "name": author.get_full_name(),
            "title": page.title,
            "step": task_label(task_state.task.name),
        },
        author.language,
    )
