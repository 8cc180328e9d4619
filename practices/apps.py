from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """Practice write-ups, case studies, resources, events and their taxonomy."""

    name = "practices"
    verbose_name = _("Practices")
