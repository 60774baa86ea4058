"""Send the xAPI statements that are due (for cron, or a task backend that cannot defer)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from learning.xapi.delivery import deliver_due


class Command(BaseCommand):
    help = "Send pending xAPI statements whose time has come to the learning record store."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="At most this many.")

    def handle(self, *args, limit, **options):
        if not settings.XAPI_ENDPOINT:
            self.stdout.write("XAPI_ENDPOINT is not set: nothing to send.")
            return
        sent, tried = deliver_due(limit=limit)
        self.stdout.write(f"Sent {sent} of {tried} statement(s) due.")
