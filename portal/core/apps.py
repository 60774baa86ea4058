from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Home page, standard pages, the shared block library, taxonomy and site settings."""

    name = "portal.core"
    label = "core"
    verbose_name = "Core"
    demo_content = "portal.core.demo.load"

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtail.models import Locale

        from . import checks, content_cache, i18n, page_cache, privacy  # noqa: F401
        from .i18n import slug_from_translated_title, slug_moved_descendants
        from .models import (
            Audience,
            FooterSettings,
            FooterText,
            NavigationSettings,
            Region,
            Theme,
        )

        pre_save.connect(slug_from_translated_title, dispatch_uid="core_translated_slug")
        post_save.connect(slug_moved_descendants, dispatch_uid="core_translated_slug_descendants")
        page_cache.connect()
        i18n.memoise_locale_lookups()
        privacy.cache_view_restrictions()
        content_cache.connect(
            NavigationSettings, FooterSettings, FooterText, Theme, Region, Audience
        )
        post_save.connect(i18n.forget_locales, sender=Locale, dispatch_uid="portal-locales-saved")
        post_delete.connect(
            i18n.forget_locales, sender=Locale, dispatch_uid="portal-locales-deleted"
        )
