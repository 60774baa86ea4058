"""The front-end cache (a CDN or caching proxy in front of the portal), purged with the
page cache.

Configured from the environment in ``portal/settings/base.py`` as Wagtail's
``WAGTAILFRONTENDCACHE`` (``wagtail.contrib.frontend_cache``); off when nothing is set.
Every content change replaces the page cache's generation (``portal.core.page_cache``)
and queues ``tasks.purge_frontend_cache``, which empties the front-end cache the same
way: all of it where the CDN can (Cloudflare's "purge everything", below), otherwise
every live page's URLs (with their ``get_cached_paths``) and the sitemap.
"""

import logging

import requests
from wagtail.contrib.frontend_cache.backends import CloudflareBackend as WagtailCloudflareBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, Site

logger = logging.getLogger("portal.page_cache")


class CloudflareBackend(WagtailCloudflareBackend):
    """Wagtail's Cloudflare backend that can also empty the whole zone."""

    def purge_everything(self):
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        response = requests.post(
            self.cloudflare_purge_endpoint_url,
            json={"purge_everything": True},
            headers=headers,
            timeout=30,
        )
        if response.status_code != 200 or not response.json().get("success"):
            logger.error(
                "Cloudflare did not purge the zone: %s %s", response.status_code, response.text
            )


def site_urls():
    """Every URL a front-end cache may hold a page under, without query strings."""
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().specific(defer=True))
    for site in Site.objects.all():
        batch.add_url(f"{site.root_url}/sitemap.xml")
    return sorted(batch.urls)


def purge_everything():
    """Empty every configured front-end cache (none configured: nothing to do)."""
    backends = get_backends()
    if not backends:
        return 0
    urls = None
    for name, backend in backends.items():
        if hasattr(backend, "purge_everything"):
            logger.info("[%s] Purging everything", name)
            backend.purge_everything()
            continue
        if urls is None:
            urls = site_urls()
        logger.info("[%s] Purging %d URLs", name, len(urls))
        backend.purge_batch(urls)
    return len(backends)
