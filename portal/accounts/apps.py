from urllib.parse import urlsplit

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def sync_site(sender, using="default", **kwargs):
    """Keep Django's Site (named in allauth's emails) to the configured name and domain.

    The domain is the host of ``WAGTAILADMIN_BASE_URL``, the name ``WAGTAIL_SITE_NAME``;
    runs after every ``migrate``, so a new configuration takes effect on deployment.
    """
    from django.conf import settings
    from django.contrib.sites.models import Site

    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc or "localhost"
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": domain[:100], "name": settings.WAGTAIL_SITE_NAME[:50]},
    )


class AccountsConfig(AppConfig):
    """People: users, member profiles, membership, MFA for staff and personal data."""

    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Accounts"
    demo_content = "portal.accounts.demo.load"
    personal_data = "portal.accounts.personal_data"

    def ready(self):
        post_migrate.connect(sync_site, sender=self, dispatch_uid="portal.accounts.sync_site")
