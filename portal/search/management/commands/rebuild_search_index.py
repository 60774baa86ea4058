"""``manage.py rebuild_search_index``: rebuild site search from the live pages, with a progress bar.

Rebuilds the database store and, when ``ELASTICSEARCH_URL`` is set, writes a new
Elasticsearch index and swaps the alias over to it (search stays up meanwhile).
"""

from django.core.management.base import BaseCommand

from portal.search import service


def progress_bar(stream, width=30):
    """A progress callback drawing ``[#####.....] 120/300`` on one line."""

    def draw(done, total):
        filled = int(width * done / total) if total else width
        stream.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        if done == total:
            stream.write("")
        stream.flush()

    return draw


class Command(BaseCommand):
    help = "Rebuild the site search index for the configured store(s) from the live pages."

    def handle(self, *args, **options):
        names = ", ".join(store.name for store in service.stores())
        self.stdout.write(f"Rebuilding site search ({names}) ...")
        show = options["verbosity"] > 0
        count = service.rebuild(progress=progress_bar(self.stdout) if show else None)
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} pages."))
