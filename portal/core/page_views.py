"""The home page's request handler (the hand-off from ``HomePage.serve``).

The blocks on the home page choose pages in the source language (wagtail-localize keeps
page choices as they are); this finds each one in the visitor's language in one query,
so the blocks link to ``/gd/...`` for a Gaelic reader without a query per link.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.models import Page

from . import i18n


def chosen_pages(body):
    """The pages the home page's ways-in and listing blocks point to."""
    pages = []
    for block in body:
        if block.block_type == "ways_in":
            for audience in block.value["audiences"]:
                pages += [link["page"] for link in audience["links"]]
        elif block.block_type == "listing":
            pages.append(block.value["section"])
    return [page for page in pages if page is not None]


def serve_home(page, request):
    """The home page, with ``pages_in_locale``: ``{translation_key: page}`` in the active
    locale (the source page where there is no live translation)."""
    if not hasattr(request, "is_preview"):
        request.is_preview = False
    context = page.get_context(request)
    context["pages_in_locale"] = {}
    if i18n.active_language() != settings.LANGUAGE_CODE:
        # Editors choose pages in the source language; in it, there is nothing to look up.
        keys = {chosen.translation_key for chosen in chosen_pages(page.body)}
        locale = i18n.active_locale(request)
        if keys:
            context["pages_in_locale"] = i18n.in_active_locale(Page.objects.live(), keys, locale)
    return TemplateResponse(request, page.get_template(request), context)
