"""Send the daily forum digest to members who chose it; run once a day (e.g. from cron)."""

from django.core.management.base import BaseCommand

from network import notifications


class Command(BaseCommand):
    help = "E-mail the daily forum digest to members who chose it; safe to run more than once."

    def handle(self, *args, **options):
        sent = notifications.send_digests()
        self.stdout.write(f"Sent {sent} forum digest(s).")
