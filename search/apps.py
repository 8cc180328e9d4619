from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _fill_empty_index(sender, **kwargs):
    from search.indexing import fill_empty_embedded_index

    fill_empty_embedded_index()


class SearchConfig(AppConfig):
    """Access-aware search over practices, resources, events and forums."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search import signals  # noqa: F401 - connects the index updates to content changes

        # An existing site gains search on its next `migrate` (as `make setup` runs it).
        post_migrate.connect(_fill_empty_index, sender=self, dispatch_uid="search.fill_index")
