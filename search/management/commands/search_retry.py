"""Apply the index updates a backend missed while it was down (a worker does this by itself)."""

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Apply pending search index updates now."

    def handle(self, *args, **options):
        report = indexing.apply_pending()
        for name in sorted({*report.applied, *report.removed, *report.unavailable}):
            if name in report.unavailable:
                self.stdout.write(
                    self.style.WARNING(
                        f"{name}: unavailable, updates kept ({report.unavailable[name]})"
                    )
                )
            else:
                self.stdout.write(
                    f"{name}: {report.removed.get(name, 0)} removed first, "
                    f"{report.applied.get(name, 0)} updated"
                )
                if report.failed.get(name):
                    self.stdout.write(
                        self.style.WARNING(
                            f"{name}: {report.failed[name]} failed and kept for the next run "
                            "(`manage.py search_health` shows why)"
                        )
                    )
        remaining = indexing.pending_counts()
        self.stdout.write("Still pending: " + ", ".join(f"{k} {v}" for k, v in remaining.items()))
