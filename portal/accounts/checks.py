"""System checks for the security set-up (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def shared_cache_for_rate_limits(app_configs, **kwargs):
    """Rate limits and used two-factor codes need a cache every worker shares (Redis).

    With a per-process cache, each gunicorn worker counts failed sign-ins on its own and
    remembers only the codes it saw, so guesses spread over workers go further and a
    TOTP code could be replayed on another worker.
    """
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PROCESS_LOCAL_CACHES:
        return [
            Warning(
                "The cache is kept per process, so rate limits and used two-factor codes "
                "are not shared between workers.",
                hint="Set REDIS_URL (see README.md, Configuration for production).",
                id="portal.W001",
            )
        ]
    return []
