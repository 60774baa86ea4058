from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Home page, standard pages, the shared block library, taxonomy and site settings."""

    name = "portal.core"
    label = "core"
    verbose_name = "Core"
    demo_content = "portal.core.demo.load"

    def ready(self):
        from django.db.models.signals import pre_save

        from . import checks, page_cache  # noqa: F401 (checks registers itself)
        from .i18n import slug_from_translated_title

        pre_save.connect(slug_from_translated_title, dispatch_uid="core_translated_slug")
        page_cache.connect()
