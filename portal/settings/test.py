"""The test suite: fast password hashing, in-memory cache and email, immediate tasks."""

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "page": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "page"},
}
# Most tests change content inside a transaction that never commits, so the page cache
# (emptied on commit) is off; tests/core/test_page_cache.py turns it on.
PAGE_CACHE_ENABLED = False
WAGTAILFRONTENDCACHE = {}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Open Badges: a throwaway signing key made in memory when none is configured.
CREDENTIALS_EPHEMERAL_KEY = True

# Serve static files straight from the finders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Search: Elasticsearch only when the environment names a server (integration tests).
ELASTICSEARCH_INDEX_PREFIX = "clw-test"
