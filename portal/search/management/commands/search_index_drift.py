"""``manage.py search_index_drift``: report differences between live pages and indexed documents.

Lists pages missing from search, documents whose page should no longer be found, and
documents built from an older revision, address or visibility. ``--fix`` brings them
in step; ``--fail`` exits with status 1 when anything drifted (for monitoring).
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from portal.search import service

LABELS = {
    "missing": "Live pages missing from search",
    "orphaned": "Indexed documents that should not be found",
    "stale": "Documents out of date (revision, address or visibility)",
}


class Command(BaseCommand):
    help = "Report drift between live pages and the search index (optionally fix it)."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Re-index the pages that drifted.")
        parser.add_argument(
            "--fail", action="store_true", help="Exit with status 1 if anything drifted."
        )

    def handle(self, *args, **options):
        found = service.drift()
        es = service.elasticsearch_store()
        if es is not None:
            try:
                in_es = es.indexed_page_ids()
                in_db = service.database_store().indexed_page_ids()
                found["missing"] = sorted(set(found["missing"]) | (in_db - in_es))
                found["orphaned"] = sorted(set(found["orphaned"]) | (in_es - in_db))
            except Exception as error:
                self.stderr.write(f"Elasticsearch could not be checked: {error}")
        titles = dict(
            Page.objects.filter(pk__in=[pk for ids in found.values() for pk in ids]).values_list(
                "pk", "title"
            )
        )
        total = sum(len(ids) for ids in found.values())
        for key, label in LABELS.items():
            self.stdout.write(f"{label}: {len(found[key])}")
            for pk in found[key][:50]:
                self.stdout.write(f"  - page {pk}: {titles.get(pk, '(deleted)')}")
        if not total:
            self.stdout.write(self.style.SUCCESS("Search is in step with the pages."))
            return
        if options["fix"]:
            for pk in sorted({pk for ids in found.values() for pk in ids}):
                service.index_page(pk)
            self.stdout.write(self.style.SUCCESS(f"Re-indexed {total} pages."))
        elif options["fail"]:
            raise CommandError(f"{total} pages drifted; run with --fix to repair.")
