"""The vetting workflow every practice passes: editor review, then vetting approval; and what
reviewers are shown of the anonymity check on the practice they review."""

from django.contrib.auth.models import Group, Permission
from django.dispatch import receiver
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.rich_text import RichText
from wagtail.signals import task_approved

from exchange import anonymity
from network.roles import VETTING_OFFICERS
from practices.models.practice import NARRATIVE_FIELDS

WORKFLOW_NAME = "Practice vetting"
TASKS = [("Editor review", "Editors"), ("Vetting approval", VETTING_OFFICERS)]
# Task names are stored in English (editors may rename them); readers get them translated.
TASK_LABELS = {"Editor review": _("Editor review"), "Vetting approval": _("Vetting approval")}


def task_label(name: str) -> str:
    return str(TASK_LABELS.get(name, name))


def ensure_practice_workflow() -> Workflow:
    """The workflow with its two group tasks, attached to every practice index (idempotent)."""
    from practices.models import PracticeIndexPage

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, (task_name, group_name) in enumerate(TASKS):
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name)
            task.groups.set(Group.objects.filter(name=group_name))
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    officers = Group.objects.filter(name=VETTING_OFFICERS).first()
    publish = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"]
    )
    for index in PracticeIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
        for permission in publish if officers else ():
            # The final approval publishes: vetting officers need that right on practices.
            GroupPagePermission.objects.get_or_create(
                group=officers, page=index, permission=permission
            )
    return workflow


@receiver(task_approved, dispatch_uid="practices.tell_author_of_each_step")
def tell_author_of_each_step(sender, instance, user=None, **kwargs) -> None:
    """Wagtail mails the author at the end; members also hear when one review step is done."""
    from practices.submission import notify_author_of_step

    notify_author_of_step(instance, user)


PLAIN_TEXT_FIELDS = ["title", "summary", "city", "reach_note", "adaptation_notes"]
RICH_TEXT_FIELDS = NARRATIVE_FIELDS
INDICATOR_PARTS = ["indicator", "baseline", "target", "result", "source"]


def stream_text(value) -> str:
    """Every piece of text in a StreamField value (rich text stripped), one per line."""
    if isinstance(value, RichText):
        return anonymity.strip_html(value.source)
    if isinstance(value, str):
        return value
    if isinstance(value, StructValue | dict):
        children = value.values()
    elif isinstance(value, StreamValue | ListValue | list | tuple):
        children = [getattr(child, "value", child) for child in value]
    else:
        return ""
    return "\n".join(text for text in map(stream_text, children) if text)


def practice_texts(page) -> dict[str, str]:
    """The practice's text as readers get it, field by field, in the names the submission form
    uses, so that the author's confirmations apply to the page too."""
    texts = {name: getattr(page, name) or "" for name in PLAIN_TEXT_FIELDS}
    texts.update({name: anonymity.strip_html(getattr(page, name)) for name in RICH_TEXT_FIELDS})
    texts["activities"] = stream_text(page.activities)
    texts["indicators"] = "\n".join(
        " | ".join(getattr(row, part) or "" for part in INDICATOR_PARTS)
        for row in page.indicators.all()
    )
    texts["attachments"] = "\n".join(row.title for row in page.attachments.all())
    return texts


def practice_field_labels(page) -> dict[str, str]:
    labels = {
        name: capfirst(page._meta.get_field(name).verbose_name)
        for name in [*PLAIN_TEXT_FIELDS, *RICH_TEXT_FIELDS, "activities"]
    }
    return {**labels, "indicators": _("M&E indicators"), "attachments": _("Attachments")}


def practice_anonymity_checks(page) -> list[anonymity.FieldCheck]:
    """What the anonymity check finds in ``page`` (pass the latest revision to review the text
    being reviewed), with the confirmations its author gave when submitting it."""
    from practices.models import PracticeSubmission
    from practices.submission import confirmations_of

    submission = PracticeSubmission.objects.filter(page_id=page.pk).first() if page.pk else None
    return anonymity.check_fields(
        practice_texts(page),
        confirmations_of(submission) if submission else [],
        practice_field_labels(page),
        page.locale.language_code if page.locale_id else None,
    )
