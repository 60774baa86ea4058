"""The header and footer links, resolved once and kept until content changes.

Every page shows the links of Settings → Navigation and Settings → Footer, each a page
(in the visitor's language) or an address. Resolving them reads both settings, the pages
they point to and those pages' translations; :func:`site_links` does that once per site
and language and keeps the answer (plain addresses and link text) in
``portal.core.content_cache``, which forgets it when either setting or a page changes.
"""

from django.utils import translation
from wagtail.models import Site

from . import content_cache
from .models import FooterSettings, NavigationSettings


def _links(stream, request):
    return [
        {"href": value.href(), "link_text": value.link_text()}
        for value in (block.value for block in stream)
        if value.href()
    ]


def _resolve(request):
    navigation = NavigationSettings.for_request(request)
    footer = FooterSettings.for_request(request)
    return {
        "header": _links(navigation.header_links, request),
        "footer": _links(footer.footer_links, request),
    }


def site_links(request):
    """``{"header": [link], "footer": [link]}`` for this request's site
    and language, each link ``{"href", "link_text"}``."""
    site = Site.find_for_request(request)
    if site is None:
        return {"header": [], "footer": []}
    name = f"site-links:{site.pk}:{translation.get_language()}"
    return content_cache.remember(request, name, lambda: _resolve(request))
