"""Is search working? Each backend in use reports itself, with the updates it still owes."""

from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.backends import get_backend, indexing_backends


class Command(BaseCommand):
    help = "Report the health of every search backend in use; fails when one is unreachable."

    def handle(self, *args, **options):
        pending = indexing.pending_counts()
        primary = get_backend()
        unreachable = []
        for name, backend in indexing_backends().items():
            try:
                report = backend.health()
            except Exception as error:  # a health check reports every failure, whatever it is
                report = {"reachable": False, "error": str(error)}
            role = "answers searches" if type(backend) is type(primary) else "kept for fallback"
            self.stdout.write(self.style.MIGRATE_HEADING(f"{name} ({role})"))
            for key, value in report.items():
                self.stdout.write(f"  {key}: {value}")
            self.stdout.write(f"  pending updates: {pending.get(name, 0)}")
            for update in indexing.failing_updates(name):
                self.stdout.write(
                    self.style.WARNING(
                        f"  failing: {update.object_key} after {update.attempts} attempt(s):"
                        f" {update.last_error[:200]}"
                    )
                )
            if not report.get("reachable", False):
                unreachable.append(name)
        if unreachable:
            raise CommandError("Unreachable: " + ", ".join(unreachable))
        self.stdout.write(self.style.SUCCESS("Search is healthy."))
