"""Build the demo site: ``python manage.py load_demo_content``.

Calls each app's loader (the ``demo_content`` attribute of its AppConfig) in
INSTALLED_APPS order, then lets the core finish the navigation. Safe to run again:
loaders create only what is missing.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string
from django.utils.translation import override

from portal.core import demo as core_demo


class Command(BaseCommand):
    help = "Load the demo content (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        def log(message):
            if options["verbosity"] > 0:
                self.stdout.write(f"  {message}")

        with override("en"):
            for config in apps.get_app_configs():
                loader = getattr(config, "demo_content", None)
                if loader:
                    log(f"[{config.label}]")
                    import_string(loader)(log)
            core_demo.finish(log)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
