from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_workflow(sender, **kwargs):
    from practices.workflow import ensure_practice_workflow

    ensure_practice_workflow()


class PracticesConfig(AppConfig):
    """Practice write-ups, case studies, resources, events and their taxonomy."""

    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        from practices import workflow  # noqa: F401 - connects the review-step e-mails

        post_migrate.connect(_ensure_workflow, sender=self, dispatch_uid="practices.workflow")
