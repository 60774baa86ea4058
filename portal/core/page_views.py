"""The home page's request handler (the hand-off from ``HomePage.serve``).

The blocks on the home page choose pages in the source language (wagtail-localize keeps
page choices as they are); this finds each one in the visitor's language in one query,
so the blocks link to ``/gd/...`` for a Gaelic reader without a query per link.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.models import Page

from . import content_cache, i18n


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


#: Blocks whose HTML depends on who is reading: rendered for each request.
PERSONAL_BLOCKS = {"personal"}
#: How long a rendered block is kept at most: listings of the next events change with
#: the clock as well as with content (any content change starts afresh at once).
BLOCK_TIMEOUT = 300


def _pages_in_locale(page, request):
    """``{translation_key: page}`` in the active locale for the pages the blocks chose
    (the source page where there is no live translation)."""
    if i18n.active_language() == settings.LANGUAGE_CODE:
        return {}  # editors choose pages in the source language: nothing to look up
    keys = {chosen.translation_key for chosen in chosen_pages(page.body)}
    if not keys:
        return {}
    return i18n.in_active_locale(Page.objects.live(), keys, i18n.active_locale(request))


def body_blocks(page, request, context):
    """``(block type, html)`` for each block of the home page's body, in order.

    The ways in, listings and content blocks are the same for every reader of a
    language, so their HTML is kept in ``content_cache`` (and their chosen pages are not
    even read on a hit); the personal panels are rendered for this person every time.
    A preview renders everything afresh.
    """
    body = page.body
    shared = not request.is_preview
    pages_in_locale = None
    rendered = []
    for index, raw in enumerate(body.raw_data):
        kind = raw["type"]

        def render(index=index):
            nonlocal pages_in_locale
            if pages_in_locale is None:
                pages_in_locale = _pages_in_locale(page, request)
            context["pages_in_locale"] = pages_in_locale
            return str(body[index].render(context))

        if kind in PERSONAL_BLOCKS:
            rendered.append((kind, str(body[index].render(context))))  # chooses no page
        elif not shared:
            rendered.append((kind, render()))
        else:
            name = f"home-block:{page.pk}:{i18n.active_language()}:{raw.get('id') or index}"
            rendered.append((kind, content_cache.cached(name, render, timeout=BLOCK_TIMEOUT)))
    return rendered


def featured_links(page, request, context):
    """The featured link cards' HTML, kept like the body's shared blocks."""

    def render():
        return "".join(str(block.render(context)) for block in page.featured_links)

    if request.is_preview:
        return render()
    name = f"home-featured:{page.pk}:{i18n.active_language()}"
    return content_cache.cached(name, render, timeout=BLOCK_TIMEOUT)


def serve_home(page, request):
    """The home page; its body's blocks come ready rendered (:func:`body_blocks`)."""
    if not hasattr(request, "is_preview"):
        request.is_preview = False
    context = page.get_context(request)
    context["request"] = request
    context["pages_in_locale"] = {}
    context["body_blocks"] = body_blocks(page, request, context)
    context["featured_html"] = featured_links(page, request, context)
    return TemplateResponse(request, page.get_template(request), context)
