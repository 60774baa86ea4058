from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: one service over the searchable page types, two stores."""

    name = "portal.search"
    label = "portal_search"
    verbose_name = "Search"

    def ready(self):
        from . import signals

        signals.connect()
