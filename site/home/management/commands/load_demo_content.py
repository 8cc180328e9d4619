from django.core.management.base import BaseCommand

from exchange.home.demo_content import load_demo_content


class Command(BaseCommand):
    help = "Create the demo home page in every language, an about page and an admin account."

    def handle(self, *args, **options):
        load_demo_content(report=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
