"""Production: PostgreSQL from DATABASE_URL, Redis from REDIS_URL, HTTPS only.

Start-up fails with a one-line message when a required variable is missing.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403

for _name in ("SECRET_KEY", "ALLOWED_HOSTS"):
    if not os.environ.get(_name, "").strip():
        raise ImproperlyConfigured(
            f"{_name} must be set in the environment for production (see README.md)."
        )

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Staff always need two-factor authentication in production, whatever the environment says.
PORTAL_REQUIRE_ADMIN_MFA = True

# Work off the request path: search indexing, front-end cache purges, xAPI delivery and
# email are queued in the database and run by `python manage.py db_worker` (README.md,
# "Running the task worker").
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": [],
    }
}
# Email is queued too; the worker sends it with EMAIL_BACKEND from the environment.
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND  # noqa: F405
EMAIL_BACKEND = "portal.core.mail.TaskEmailBackend"
