"""Template tags for the page chrome: languages, breadcrumbs, navigation and metadata."""

import json
import re

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from portal.core import content_cache, i18n, navigation, routing
from portal.core.searchable import meta_description

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _live_translations(keys):
    found = {}
    rows = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    for row in rows:
        found.setdefault(row.translation_key, {})[row.locale.language_code] = row
    return found


def _translations(request, page):
    """``(page's live translations, the site home's live translations, the site's root)``,
    each ``{language_code: page}``: one query, kept in ``content_cache``."""
    site = Site.find_for_request(request) if request is not None else None
    root = site.root_page if site is not None else None
    keys = sorted({p.translation_key for p in (page, root) if p is not None})
    found = {}
    if keys:
        found = content_cache.remember(
            request, "translations:" + ":".join(map(str, keys)), lambda: _live_translations(keys)
        )
    return (
        found.get(page.translation_key, {}) if page is not None else {},
        found.get(root.translation_key, {}) if root is not None else {},
        root,
    )


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: its name, where to go, and whether this page exists in it.

    On a Wagtail page the link goes to that page's translation; where there is none, it
    goes to that language's home page and ``available`` is False so the template can say
    so. Elsewhere (sign-in, learner dashboards ...) the same path is translated.
    """
    request = context.get("request")
    page = _current_page(context)
    if page is not None and not page.pk:
        page = None
    subpath = ""
    if page is None and getattr(request, "routable_resolver_match", None) is not None:
        # A RoutablePage's own route (the self-assessment under the framework page): the
        # same route under each translation's own address. Wagtail cached the route.
        page = Page.find_for_request(request, request.path)
        if page is not None:
            subpath = request.get_full_path()[len(page.get_url(request)) :]
    current = translation.get_language()
    names = getattr(settings, "LANGUAGE_NAMES_NATIVE", {})
    translations, homes, _root = _translations(request, page) if page else ({}, {}, None)
    links = []
    for code, _name in settings.LANGUAGES:
        entry = {
            "code": code,
            "name": names.get(code, code),
            "current": code == current,
            "available": True,
            "url": None,
        }
        if page is not None:
            if code in translations:
                entry["url"] = translations[code].get_url(request) + subpath
            else:
                entry["available"] = False
                home = homes.get(code)
                entry["url"] = home.get_url(request) if home else None
        elif request is not None:
            entry["url"] = translate_url(request.get_full_path(), code)
        links.append(entry)
    return links


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """The (language code, absolute URL) pairs for <link rel="alternate" hreflang>."""
    request = context.get("request")
    alternates = []
    for link in language_links(context):
        if link["available"] and link["url"] and request is not None:
            alternates.append((link["code"], request.build_absolute_uri(link["url"])))
    return alternates


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below the site root (the language's home page comes first)."""
    page = _current_page(context)
    ancestors = []
    if page is not None and page.depth > 2:
        ancestors = routing.ancestors(context.get("request"), page)
        if ancestors is None:
            ancestors = page.get_ancestors().live()
        ancestors = [a for a in ancestors if a.depth >= 2 and a.live]
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language (falls back to the default site's root)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == i18n.active_locale(request).pk:
        return root
    _translations_of_page, homes, root = _translations(request, _current_page(context))
    return homes.get(translation.get_language(), root)


@register.simple_tag(takes_context=True)
def site_links(context):
    """The header and footer links in the visitor's language (``portal.core.navigation``)."""
    request = context.get("request")
    if request is None:
        return {"header": [], "footer": []}
    return navigation.site_links(request)


@register.simple_tag
def footer_text():
    """The footer's line in the reader's language, else the source language's (or None).

    The caller marks it ``lang`` with ``|lang_of`` when it is not in the reader's language.
    """
    from portal.core.models import FooterText

    def choose():
        chosen = i18n.best_by_key(FooterText.objects.select_related("locale").order_by("pk"))
        return next(iter(chosen.values()), None) or False  # False: none (the cache keeps it)

    return content_cache.cached(f"footer-text:{i18n.active_language()}", choose) or None


@register.simple_tag
def current_locale():
    """The Wagtail Locale of the active language (the default locale if it has none)."""
    return i18n.active_locale()


_HEADING_TAG = re.compile(r"<(/?)h([1-6])(\b[^>]*)>", re.IGNORECASE)


@register.filter(is_safe=True)
def outline(html, level=1):
    """Shift the headings in rendered content so they follow the page's outline.

    ``level`` is the level of the heading the content sits under (1 for a page body under
    its ``<h1>``). Each heading is at most one level deeper than the one before it, so
    rich text that starts with an ``<h3>`` under the page title becomes an ``<h2>``
    (WCAG 1.3.1); headings that already follow the outline are left alone.
    """
    previous = int(level)
    open_level = []

    def shift(match):
        nonlocal previous
        closing, found, rest = match.group(1), int(match.group(2)), match.group(3)
        if closing:
            new = open_level.pop() if open_level else found
            return f"</h{new}>"
        new = max(2, min(found, previous + 1)) if found > 1 else found
        previous = new
        open_level.append(new)
        return f"<h{new}{rest}>"

    return mark_safe(_HEADING_TAG.sub(shift, str(html)))


def _locale_codes(context):
    """{locale pk: language code}, kept in ``content_cache`` (and on the request)."""
    request = context.get("request")
    codes = getattr(request, "_portal_locale_codes", None) if request is not None else None
    if codes is None:
        codes = content_cache.cached(
            "locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
        )
        if request is not None:
            request._portal_locale_codes = codes
    return codes


@register.simple_tag(takes_context=True)
def lang_of(context, obj):
    """`` lang="en"`` when a page or snippet is shown in a language other than the
    reader's (an untranslated fallback, WCAG 3.1.2); nothing otherwise. No query per
    object: it compares ``locale_id``."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return ""
    code = _locale_codes(context).get(locale_id)
    if not code or code == i18n.active_language():
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag
def source_lang():
    """`` lang="en"`` for content that exists only in the source language (documents,
    site settings) when the reader reads another language; nothing otherwise."""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)


#: The picture a link to the portal shows when shared (the network's icon).
SHARE_IMAGE = "icons/apple-touch-icon.png"
#: Open Graph's names for the portal's languages.
OG_LOCALES = {"en": "en_GB", "gd": "gd_GB"}
#: Characters escaped inside <script type="application/ld+json"> (as Django's json_script).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _description(context, page):
    if context.get("meta_description"):
        return meta_description(context["meta_description"])
    if page is not None:
        describe = getattr(page.specific_deferred, "get_meta_description", None)
        text = describe() if describe else meta_description(page.search_description)
        if text:
            return text
    return gettext(
        "The Scottish Community Link Worker Network: learning, a competency framework, case "
        "studies, guidance, events and news for community link workers and GP practices."
    )


@register.inclusion_tag("components/meta.html", takes_context=True)
def page_meta(context):
    """The description, Open Graph and Twitter card tags, and the page's structured data.

    The description is the page's search description, else its summary, else its
    introduction; views that are not pages may set ``meta_description`` in their context.
    """
    request = context.get("request")
    page = _current_page(context)
    language = i18n.active_language()
    data = None
    if page is not None and request is not None:
        describe = getattr(page.specific_deferred, "get_structured_data", None)
        data = describe(request) if describe else None
    title = ""
    if page is not None:
        title = page.seo_title or page.title
    return {
        "description": _description(context, page),
        "title": title or gettext("Scottish Community Link Worker Network"),
        "url": request.build_absolute_uri(request.path) if request is not None else "",
        "image": request.build_absolute_uri(static(SHARE_IMAGE)) if request else "",
        "og_type": "article" if data and data.get("@type", "").endswith("Article") else "website",
        "og_locale": OG_LOCALES.get(language, language),
        "structured_data": mark_safe(json.dumps(data).translate(_JSON_SCRIPT_ESCAPES))
        if data
        else "",
    }
