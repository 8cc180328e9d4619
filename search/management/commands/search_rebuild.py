"""Rebuild a search index from the content, with a progress bar.

The embedded index is replaced in one transaction; the Elasticsearch backend builds a new index
and moves its alias when complete. Either way searches keep working during the rebuild.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search import documents, indexing
from search.backends import indexing_backends

from ._progress import ProgressBar


class Command(BaseCommand):
    help = "Rebuild the search index of every configured backend, or of the one named."

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            choices=["embedded", "elasticsearch"],
            help="Only this backend (default: every backend in use).",
        )

    def handle(self, *args, **options):
        backends = indexing_backends()
        names = [options["backend"]] if options["backend"] else list(backends)
        for name in names:
            if name not in backends:
                raise CommandError(
                    f"The {name} backend is not configured (set ELASTICSEARCH_URL to use it)."
                )
            self._rebuild(name, backends[name])

    def _rebuild(self, name: str, backend) -> None:
        started = timezone.now()
        total = documents.count_indexable()
        self.stdout.write(f"Rebuilding the {name} index from {total} objects…")
        bar = ProgressBar(self.stdout, total)

        def each_document():
            for obj in documents.all_objects():
                yield from documents.documents_for(obj)
                bar.advance()

        count = backend.rebuild(each_document(), total, bar.documents_written)
        bar.finish()
        cleared = indexing.forget_pending(name, started)
        seconds = (timezone.now() - started).total_seconds()
        self.stdout.write(
            self.style.SUCCESS(
                f"{name}: {count} documents indexed in {seconds:.1f} s"
                + (f"; {cleared} pending updates were included" if cleared else "")
            )
        )
