"""What every page shows and rarely changes, read once and kept until content changes.

Every page needs the site for its host, the header and footer links, the taxonomy's
names and the page's translations; reading them each time cost a query apiece.
:func:`remember` keeps such answers in the cache under a *generation*; any change that
could alter one (a page published, unpublished, moved, saved or deleted; a site, locale,
setting, taxonomy term, view restriction or a model an app names with :func:`watch`
saved or deleted) starts a new generation at once and again when its transaction
commits, so no reader sees an old answer.

The cache is ``page`` when it is configured (shared by every process on the machine,
as the page cache for signed-out readers is), the default cache otherwise.
"""

import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http.request import split_domain_port
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "portal:content-cache:generation"
TIMEOUT = 60 * 60 * 24


def _cache():
    return caches["page" if "page" in settings.CACHES else "default"]


def generation():
    """The current generation (a fresh one when the cache holds none)."""
    cache = _cache()
    current = cache.get(GENERATION_KEY)
    if current is None:
        current = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, current, None):
            current = cache.get(GENERATION_KEY) or current
    return current


def _new_generation():
    _cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


def forget(**kwargs):
    """Content changed: start a new generation now and again once the transaction
    commits (a reader in between may have kept what it read before the commit)."""
    _new_generation()
    transaction.on_commit(_new_generation)


def cached(name, build, current=None, timeout=TIMEOUT):
    """``build()``, kept in the cache under ``name`` until content changes (or for
    ``timeout`` seconds, for answers that also change with the clock)."""
    key = f"portal:content:{current or generation()}:{name}"
    value = _cache().get(key)
    if value is None:
        value = build()
        _cache().set(key, value, timeout)
    return value


def remember(request, name, build):
    """:func:`cached`, and kept on the request for the rest of it (which reads the
    generation once)."""
    memo = request.__dict__.setdefault("_portal_content_cache", {})
    if name not in memo:
        if None not in memo:
            memo[None] = generation()
        memo[name] = cached(name, build, memo[None])
    return memo[name]


def _find_site(request):
    """Wagtail's lookup, with the root page in its own class (its own fields deferred),
    so routing starts from it with no query."""
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific_deferred
    return site


class SiteMiddleware:
    """Finds the request's Wagtail ``Site`` (with its root page) through the cache.

    Wagtail reads it from the database on every request (``Site.find_for_request``,
    which keeps it on the request as ``_wagtail_site``); this answers the same lookup
    from the cache, so every later ``find_for_request`` costs nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            hostname = split_domain_port(request._get_raw_host())[0]
            port = request.get_port()
        except Exception:  # a malformed Host: leave it to Wagtail and Django
            return self.get_response(request)
        try:
            site = remember(request, f"site:{hostname}:{port}", lambda: _find_site(request))
        except DatabaseError:  # no sites table yet (a fresh database): leave it to Wagtail
            return self.get_response(request)
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)


def _model_changed(sender, instance=None, raw=False, created=False, **kwargs):
    if created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        return  # made empty by ``for_request`` on first use: nothing shown changes
    if isinstance(instance, WATCHED):
        forget()


WATCHED = (Page, Site, Locale, PageViewRestriction)


def watch(*models):
    """Start a new generation whenever one of ``models`` is saved or deleted too (each
    app names the content it keeps here, from its ``AppConfig.ready``)."""
    global WATCHED
    WATCHED = tuple(dict.fromkeys((*WATCHED, *models)))


def connect(*models):
    """Start a new generation whenever pages, sites, locales, view restrictions or any
    of ``models`` (settings, taxonomy ...) change. Called from ``CoreConfig.ready``."""
    watch(*models)
    post_save.connect(_model_changed, dispatch_uid="portal-content-cache-save")
    post_delete.connect(_model_changed, dispatch_uid="portal-content-cache-delete")
    m2m_changed.connect(_model_changed, dispatch_uid="portal-content-cache-m2m")
    page_published.connect(forget, dispatch_uid="portal-content-cache-published")
    page_unpublished.connect(forget, dispatch_uid="portal-content-cache-unpublished")
    post_page_move.connect(forget, dispatch_uid="portal-content-cache-moved")
