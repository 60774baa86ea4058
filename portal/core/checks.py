"""System checks for the page cache (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Warning, register

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(deploy=True)
def shared_page_cache(app_configs, **kwargs):
    """The page cache must be one every process shares (portal.core.page_cache).

    A change made in one process (an editor's request, ``publish_scheduled``, the task
    worker) empties it for all of them only if they share it; a per-process cache would
    go on serving the old page from the others.
    """
    backend = settings.CACHES.get("page", {}).get("BACKEND", "")
    if getattr(settings, "PAGE_CACHE_ENABLED", True) and backend in PROCESS_LOCAL_CACHES:
        return [
            Warning(
                "The page cache is kept per process, so a change made in one process "
                "leaves the others serving the old page.",
                hint="Set REDIS_URL, or leave CACHES['page'] to its file-based default.",
                id="portal.W002",
            )
        ]
    return []
