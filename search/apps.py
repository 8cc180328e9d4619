from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Access-aware search over practices, resources, events and forums."""

    name = "search"
    verbose_name = "Search"
