from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Home page, standard pages, the shared block library, taxonomy and site settings."""

    name = "portal.core"
    label = "core"
    verbose_name = "Core"
    demo_content = "portal.core.demo.load"

    def ready(self):
        from django.db.models.signals import post_save, pre_save

        from . import checks, page_cache  # noqa: F401 (checks registers itself)
        from .i18n import slug_from_translated_title, slug_moved_descendants

        pre_save.connect(slug_from_translated_title, dispatch_uid="core_translated_slug")
        post_save.connect(slug_moved_descendants, dispatch_uid="core_translated_slug_descendants")
        page_cache.connect()
