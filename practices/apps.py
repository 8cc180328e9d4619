from django.apps import AppConfig


class PracticesConfig(AppConfig):
    """Practice write-ups, case studies, resources, events and their taxonomy."""

    name = "practices"
    verbose_name = "Practices"
