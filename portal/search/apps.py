from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: one service over the searchable page types, two stores."""

    name = "portal.search"
    label = "portal_search"
    verbose_name = "Search"

    def ready(self):
        from portal.core import content_cache

        from . import signals
        from .models import DocumentFacet, IndexedDocument

        signals.connect()
        # Searches are kept in the content cache (stores.DatabaseStore.search) until
        # the index next changes.
        content_cache.watch(IndexedDocument, DocumentFacet)
