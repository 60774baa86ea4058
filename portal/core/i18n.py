"""Languages, stated once: the active locale, taxonomy in the visitor's language, and
pages (or any translatable object) in this locale.

Every app asks here instead of reading ``translation.get_language()`` and filtering
by ``language_code`` itself. English (``settings.LANGUAGE_CODE``) is the source
language: where a term or page has no translation, the source wins, so a Gaelic
visitor always sees something.
"""

import contextvars
import functools
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Model
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.models.i18n import LocaleManager

from . import content_cache
from .models import Audience, Region, Theme

# The Locales of this request, {language_code: Locale}, or None outside a request.
_request_locales = contextvars.ContextVar("portal_request_locales", default=None)


class LocaleMemoMiddleware:
    """Remember the Locales for the length of one request.

    Wagtail looks the active locale up afresh each time (``Locale.get_active()``, behind
    every ``page.localized``), one query a call: a page with a menu asked it 25 times.
    Inside a request, the first lookup reads every Locale (a handful of rows, kept in
    ``content_cache`` until one changes) and the rest are answered from memory; saving
    or deleting a Locale forgets them. Outside a request (commands, tasks, the shell)
    nothing changes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_locales.set({})
        try:
            return self.get_response(request)
        finally:
            _request_locales.reset(token)


def _memoised_get_for_language(original):
    @functools.wraps(original)
    def get_for_language(self, language_code):
        memo = _request_locales.get()
        if memo is None or self.model is not Locale:
            return original(self, language_code)
        if not memo:
            locales = content_cache.cached("locales", lambda: list(self.model.objects.all()))
            memo.update((locale.language_code, locale) for locale in locales)
            memo[None] = True  # loaded (even when there are no locales)
        code = get_supported_content_language_variant(language_code)
        if code not in memo:
            raise Locale.DoesNotExist(f"No Locale for {code!r}.")
        return memo[code]

    get_for_language.portal_memoised = True
    return get_for_language


def memoise_locale_lookups():
    """Route ``Locale.objects.get_for_language`` (``Locale.get_active`` and
    ``get_default`` use it) through the request's memo. Called once, from ``CoreConfig.ready``."""
    if not getattr(LocaleManager.get_for_language, "portal_memoised", False):
        LocaleManager.get_for_language = _memoised_get_for_language(LocaleManager.get_for_language)


def forget_locales(**kwargs):
    """A Locale was saved or deleted: the request's memo is out of date."""
    memo = _request_locales.get()
    if memo is not None:
        memo.clear()


def active_language():
    """The active language code (the source language outside a request)."""
    return translation.get_language() or settings.LANGUAGE_CODE


def active_locale(request=None):
    """The Wagtail ``Locale`` of the active language (the default locale if it has none).

    Given a request, the answer is memoised on it, so a page asks the database once.
    """
    language = active_language()
    if request is not None:
        cached = getattr(request, "_portal_active_locale", None)
        if cached is not None and cached[0] == language:
            return cached[1]
    locale = Locale.get_active()
    if request is not None:
        request._portal_active_locale = (language, locale)
    return locale


def default_language_terms():
    """The lookup for records in the source language, e.g. the taxonomy terms editors tag
    content with (slugs are the same in every language). Usable as ``limit_choices_to``."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


def source_terms(model):
    """The terms of a taxonomy in the source language, by name (for choosers and forms
    that store the canonical term)."""
    return model.objects.filter(**default_language_terms()).order_by("name")


def _languages():
    """The source language first, then the active one (which wins where both exist)."""
    language = active_language()
    codes = [settings.LANGUAGE_CODE]
    if language != settings.LANGUAGE_CODE:
        codes.append(language)
    return codes


def localized_terms(model, slugs=None):
    """Terms of a taxonomy model (Theme, Region, Audience ...) in the visitor's language.

    Returns ``{slug: term}`` ordered by name, one query: the active language's term
    where it exists, the source language's otherwise. ``slugs`` narrows the result.
    """
    codes = _languages()
    rows = model.objects.filter(locale__language_code__in=codes).select_related("locale")
    if slugs is not None:
        rows = rows.filter(slug__in=list(slugs))
    terms = {}
    for term in rows:
        if term.locale.language_code == codes[-1] or term.slug not in terms:
            terms[term.slug] = term
    return dict(sorted(terms.items(), key=lambda item: item[1].name.lower()))


def taxonomy_names(model, slugs=None):
    """``{slug: name}`` of a taxonomy in the visitor's language, ordered by name.

    With ``slugs``, every slug asked for is in the answer (an unknown one as itself).
    """
    names = {slug: term.name for slug, term in localized_terms(model, slugs).items()}
    if slugs is not None:
        for slug in slugs:
            names.setdefault(slug, slug)
    return names


def taxonomy(request=None):
    """``{"themes": {slug: name}, "regions": ..., "audiences": ...}`` in the visitor's
    language, kept in ``content_cache`` until a term changes (and on the request)."""
    language = active_language()
    cached = getattr(request, "_portal_taxonomy", None)
    if cached is not None and cached[0] == language:
        return cached[1]
    names = content_cache.cached(f"taxonomy:{language}", _taxonomy)
    if request is not None:
        request._portal_taxonomy = (language, names)
    return names


def _taxonomy():
    return {
        "themes": taxonomy_names(Theme),
        "regions": taxonomy_names(Region),
        "audiences": taxonomy_names(Audience),
    }


def best_by_key(objects, locale=None):
    """``{translation_key: object}`` from objects already fetched, choosing per key the
    active locale, then the default locale, then any. No query beyond the locales."""
    locale = locale or active_locale()
    default_id = Locale.get_default().pk
    rank = {locale.pk: 0, default_id: 1}
    chosen = {}
    for item in objects:
        held = chosen.get(item.translation_key)
        if held is None or rank.get(item.locale_id, 2) < rank.get(held.locale_id, 2):
            chosen[item.translation_key] = item
    return chosen


def in_active_locale(source, translation_keys, locale=None):
    """``{translation_key: object}``: each object in the active locale where it exists.

    ``source`` is a model or queryset of a translatable model (pages, snippets, terms);
    where an object has no translation in the locale, the one in the default locale is
    used, then any. One query whatever the number of keys.
    """
    queryset = source._default_manager.all() if _is_model(source) else source
    return best_by_key(queryset.filter(translation_key__in=list(translation_keys)), locale)


def localize_each(objects, locale=None):
    """``{pk: object in the active locale}`` for translatable objects given in any locale."""
    objects = list(objects)
    if not objects:
        return {}
    model = type(objects[0])
    local = in_active_locale(model, {obj.translation_key for obj in objects}, locale)
    return {obj.pk: local.get(obj.translation_key, obj) for obj in objects}


def _is_model(source):
    return isinstance(source, type) and issubclass(source, Model)


# Records (progress, certificates, evidence, exports) hold ``translation_key`` values,
# never titles, so they read correctly in every language. These turn keys back into
# pages in the reader's language and say which language the shown text is in, so
# templates can mark a fallback with ``lang``.


def pages_by_key(keys, queryset=None, locale=None):
    """``{translation_key: live page}`` in the active locale where it exists, one query
    (``in_active_locale`` over live pages, with ``locale`` loaded for ``other_language``).

    ``queryset`` narrows the pages considered (a page type, pages the visitor may see).
    """
    keys = [key for key in keys if key]
    if not keys:
        return {}
    queryset = Page.objects.live() if queryset is None else queryset
    return in_active_locale(queryset.select_related("locale"), keys, locale)


def other_language(obj, language=None):
    """The language code of ``obj`` when it differs from the reader's (else "").

    For a ``lang`` attribute on text shown in a language other than the page's (WCAG
    3.1.2). ``obj`` needs its ``locale`` loaded to avoid a query.
    """
    if obj is None:
        return ""
    language = language or active_language()
    code = obj.locale.language_code
    return "" if code == language else code


@dataclass(frozen=True)
class LocalizedTitle:
    """A record's subject as the reader sees it: title, URL and language of the title."""

    key: str
    title: str
    url: str
    lang: str  # the title's language when it is not the reader's, else ""


def localized_titles(keys, queryset=None, request=None, absolute=False):
    """``{translation_key: LocalizedTitle}`` for the keys that still have a live page.

    URLs are relative to the site unless ``absolute`` (for exports read elsewhere).
    """
    pages = pages_by_key(keys, queryset=queryset)
    return {
        key: LocalizedTitle(
            key=str(key),
            title=page.title,
            url=(page.get_full_url(request) if absolute else page.get_url(request)) or "",
            lang=other_language(page),
        )
        for key, page in pages.items()
    }


# A translated page's address: wagtail-localize copies the source page's slug, so a
# Gaelic page would keep its English address unless the translator typed a new one (and
# an empty slug blocks publishing). The translation takes a slug made from its own title
# instead, unless the editor gave it one of its own (a slug that differs from the source).


def slug_from_translated_title(sender, instance, **kwargs):
    """``pre_save`` for pages: a translation never published before, still carrying its
    source page's slug, takes one made from its translated title (unique among its
    siblings). A published page keeps its address whatever its title becomes."""
    if not isinstance(instance, Page) or not instance.path or not instance.locale_id:
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and "slug" not in update_fields:
        return  # a partial save (a revision's bookkeeping) writes no address
    default = Locale.get_default()
    if instance.locale_id == default.pk:
        return
    if (
        instance.pk
        and Page.objects.filter(pk=instance.pk, first_published_at__isnull=False).exists()
    ):
        return  # published before: its address stays (readers and links know it)
    source = (
        Page.objects.filter(translation_key=instance.translation_key, locale=default)
        .only("slug", "title")
        .first()
    )
    if source is None or instance.title == source.title:
        return
    if instance.slug and instance.slug != source.slug:
        return
    from django.utils.text import slugify
    from wagtail.coreutils import find_available_slug

    base = slugify(instance.title)  # ASCII: "Mu dheidhinn an lìonra" → mu-dheidhinn-an-lionra
    parent = instance.get_parent()
    if base and parent is not None:
        slug = find_available_slug(parent, base, ignore_page_id=instance.pk)
        if slug == instance.slug:
            return
        # Page.save worked out the address before this signal: work it out again, and
        # move any descendants' addresses with it once saved (slug_moved_descendants).
        old_url_path = instance.url_path
        instance.slug = slug
        instance.set_url_path(parent)
        if instance.pk and old_url_path and old_url_path != instance.url_path:
            instance._portal_old_url_path = old_url_path


def slug_moved_descendants(sender, instance, **kwargs):
    """``post_save`` partner of :func:`slug_from_translated_title`."""
    old_url_path = getattr(instance, "_portal_old_url_path", None)
    if old_url_path:
        del instance._portal_old_url_path
        instance._update_descendant_url_paths(old_url_path, instance.url_path)
