"""The vetting workflow every practice passes: editor review, then vetting approval."""

from django.contrib.auth.models import Group, Permission
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.signals import task_approved

from network.roles import VETTING_OFFICERS

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
