"""A cache of whole pages for readers who are not signed in, kept exact by one generation key.

What is cached: the 200 answer to an anonymous GET for a public page or a public route
(``settings.PAGE_CACHE_URL_NAMES``: Wagtail's page serving, which includes RoutablePage
routes such as feeds and filters; the sitemap; site search; the events calendar), in the
``page`` cache (Redis in production, files on one machine without Redis, memory in tests).
A HEAD is answered from the same entry.

What never is (``cacheable_request`` and ``cacheable_response``): anything for a request
with a session that holds anything (a signed-in person, messages, a page password given,
a sign-in in progress), with a message cookie or an ``Authorization`` header; an answer
that sets a cookie, used a CSRF token, carries a message, is not a 200, is streamed
(documents), says ``private``/``no-store``/``no-cache``, is a preview, or comes from a
page under a view restriction (``privacy.has_view_restrictions``: members, sign-in or
password). Such answers say ``Cache-Control: private, no-cache`` unless the view chose.

The key is the scheme, host, path with query string and the active language (the /gd/
prefix, or the language cookie for routes outside ``i18n_patterns``), under the current
*generation*. Every change to content (``is_content_model``: any model save, delete or
many-to-many change outside the learner, account and bookkeeping models listed in
``NOT_CONTENT``; publish, unpublish and move) replaces the generation once the
transaction commits, so every entry is stale at once and a reader never sees the old
page; the first reader after a change renders it again. A configured front-end cache
(``WAGTAILFRONTENDCACHE``, see ``portal/core/frontend_cache.py``) is purged at the same
moment, through a task.

The ``X-Cache`` header says ``hit``, ``miss`` (rendered and stored) or ``pass`` (not
cacheable), for tests and benchmarks.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import autoreload
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from django_tasks import task
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import frontend_cache, privacy

logger = logging.getLogger("portal.page_cache")

CACHE_ALIAS = "page"
GENERATION_KEY = "page-cache:generation"
# Headers that belong to one answer, never to the stored copy.
UNSTORED_HEADERS = {"set-cookie", "x-cache", "date"}

# Models whose rows are not content: what learners and accounts do, sessions, task
# results and Wagtail's bookkeeping (renditions and embeds are made while rendering, the
# editing-session pings while an editor types). Saving them never changes a public page,
# so they never bump the generation (or the cache would be emptied by every reader).
# Everything else — pages, snippets, taxonomy, the framework, settings, images,
# documents, collections and their restrictions, sites, locales, translations, the
# search index — is content.
NOT_CONTENT = {
    "account",
    "accounts",
    "admin",
    "django_tasks_database",
    "mfa",
    "sessions",
    "socialaccount",
    "frameworks.evidence",
    "frameworks.rating",
    "frameworks.selfassessment",
    "learning.attempt",
    "learning.certificate",
    "learning.enrolment",
    "learning.issuedcredential",
    "learning.lessoncompletion",
    "learning.reflection",
    "learning.xapiactor",
    "learning.xapistatement",
    "scorm.scormattempt",
    "scorm.scormsession",
    "wagtailadmin.admin",
    "wagtailadmin.editingsession",
    "wagtailadmin.formstate",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
    "wagtailembeds.embed",
    "wagtailforms.formsubmission",
    "wagtailimages.rendition",
    "wagtailusers.userprofile",
}


def is_content_model(model):
    """Whether saving or deleting a row of ``model`` may change what a public page shows."""
    opts = model._meta
    if opts.app_label in NOT_CONTENT or opts.label_lower in NOT_CONTENT:
        return False
    return opts.label_lower != settings.AUTH_USER_MODEL.lower()


def page_cache():
    return caches[CACHE_ALIAS]


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


# ---------------------------------------------------------------------------------------
# The generation


def current_generation():
    """The token every key is made under; made once if the cache has none (or lost it)."""
    store = page_cache()
    value = store.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        if not store.add(GENERATION_KEY, value, timeout=None):
            value = store.get(GENERATION_KEY) or value
    return value


def bump_generation():
    """Make every cached page stale now, and purge the front-end cache if there is one.

    A new random token (not a counter): a cache that lost the key can never come back to
    an old generation and serve what was stored under it.
    """
    generation = uuid.uuid4().hex
    try:
        page_cache().set(GENERATION_KEY, generation, timeout=None)
    except Exception:
        logger.exception("Page cache: could not replace the generation after a change")
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        try:
            purge_frontend_cache.enqueue(generation)
        except Exception:
            logger.exception("Page cache: could not queue the front-end cache purge")


def is_latest_generation(generation):
    """Whether no bump came after this one (a purge for an older one can be skipped)."""
    current = page_cache().get(GENERATION_KEY)
    return current is None or current == generation


@task()
def purge_frontend_cache(generation: str) -> int:
    """Empty the front-end cache after a content change (``portal.core.frontend_cache``).

    Skipped when another change has come since (its own purge is queued behind this one).
    """
    if not is_latest_generation(generation):
        return 0
    return frontend_cache.purge_everything()


def content_changed(using=None):
    """Bump the generation when the current transaction commits (at once outside one).

    Bumping before the commit would let a reader cache the old page again in between;
    a rolled-back change bumps nothing. (A publish saves several rows, so it bumps a few
    times: each is one cache write, and only the last queued purge does any work.)
    """
    transaction.on_commit(bump_generation, using=using, robust=True)


def _on_model_change(sender, instance=None, raw=False, using=None, **kwargs):
    if is_content_model(sender):
        content_changed(using)


def _on_m2m_change(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and is_content_model(type(instance)):
        content_changed(using)


def _on_page_event(sender, instance=None, **kwargs):
    content_changed()


def _on_file_changed(sender, file_path, **kwargs):
    """Development: a template or code edit shows at once (the autoreloader saw it)."""
    bump_generation()


def connect():
    """Listen for every change to content (called from ``CoreConfig.ready``)."""
    if settings.DEBUG:
        autoreload.file_changed.connect(_on_file_changed, dispatch_uid="page_cache_files")
    post_save.connect(_on_model_change, dispatch_uid="page_cache_save")
    post_delete.connect(_on_model_change, dispatch_uid="page_cache_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="page_cache_m2m")
    # Saves already cover these; listened to as well, since they are what a change is.
    page_published.connect(_on_page_event, dispatch_uid="page_cache_published")
    page_unpublished.connect(_on_page_event, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_on_page_event, dispatch_uid="page_cache_moved")


# ---------------------------------------------------------------------------------------
# Requests and responses


def cacheable_request(request):
    """Whether this request may be answered from, or stored in, the page cache."""
    if request.method not in ("GET", "HEAD") or not enabled():
        return False
    if "HTTP_AUTHORIZATION" in request.META or CookieStorage.cookie_name in request.COOKIES:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # A session that holds anything is someone's: signed in, a message waiting, a
        # page password given, a sign-in under way. Only an empty (or expired) one passes.
        session = getattr(request, "session", None)
        if session is None or list(session.keys()):
            return False
    return True


def _route_name(request):
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else None


def _message_count(request):
    storage = getattr(request, "_messages", None)
    if storage is None:
        return 0
    return len(storage)


def cacheable_response(request, response):
    """Whether this answer to a cacheable request may be stored and given to anyone."""
    if response.status_code != 200 or response.streaming:
        return False
    if _route_name(request) not in settings.PAGE_CACHE_URL_NAMES:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "is_preview", False) or _message_count(request):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:  # a cookie will be set
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    if "*" in response.get("Vary", ""):
        return False
    page = getattr(request, "_page_cache_page", None)
    return page is None or not privacy.has_view_restrictions(page)


def cache_key(request, generation):
    address = f"{request.build_absolute_uri()}|{get_language() or ''}"
    return f"page:{generation}:{hashlib.sha256(address.encode()).hexdigest()}"


def _stored(response):
    headers = [(k, v) for k, v in response.items() if k.lower() not in UNSTORED_HEADERS]
    return (response.content, headers)


def _restored(entry):
    content, headers = entry
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


def _public(response):
    # Not for anyone with a cookie, to a shared cache that keys on cookies.
    patch_vary_headers(response, ("Cookie",))
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_MAX_AGE)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        # A purged front-end cache may keep pages as long as this cache does.
        patch_cache_control(response, s_maxage=settings.PAGE_CACHE_TIMEOUT)


def _private(request, response):
    """Everything not stored is for this visitor only (unless the view already chose)."""
    if response.has_header("Cache-Control"):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)  # drops any "public"
        return
    if 200 <= response.status_code < 300:
        patch_cache_control(response, private=True, no_cache=True)


class PageCacheMiddleware:
    """Answer signed-out readers from the page cache (see the module docstring).

    Sits after the session, locale, authentication and message middleware, so it knows
    the language and who is asking; the headers outer middleware adds (security, CSP,
    Content-Language) are added to cached answers as to fresh ones.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            response = self.get_response(request)
            _private(request, response)
            response["X-Cache"] = "pass"
            return response

        # The generation is read before rendering: a change during the render bumps it,
        # so what this request stores is never found by the next.
        try:
            key = cache_key(request, current_generation())
            entry = page_cache().get(key)
        except Exception:  # the cache is unreachable: render, as if there were none
            logger.exception("Page cache: could not read")
            response = self.get_response(request)
            _private(request, response)
            response["X-Cache"] = "pass"
            return response
        if entry is not None:
            response = _restored(entry)
            response["X-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if cacheable_response(request, response):
            _public(response)
            if request.method == "GET":  # a HEAD answer may have no body to keep
                try:
                    page_cache().set(key, _stored(response), settings.PAGE_CACHE_TIMEOUT)
                except Exception:
                    logger.exception("Page cache: could not store %s", request.path)
            response["X-Cache"] = "miss"
        else:
            _private(request, response)
            response["X-Cache"] = "pass"
        return response


def remember_served_page(page, request, serve_args, serve_kwargs):
    """Note which page answers, so a page under a view restriction is never stored.

    A ``before_serve_page`` hook (``portal/core/wagtail_hooks.py``) that runs before
    Wagtail's own, whichever of them answers."""
    request._page_cache_page = page
