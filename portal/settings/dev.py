"""Local development: DEBUG on, SQLite in the project folder, email to the console."""

from .base import *  # noqa: F401,F403
from .base import env_list

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-clw-portal"  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# Open Badges: with no CREDENTIALS_SIGNING_KEY, a development key is made once and kept
# in this (git-ignored) file so credentials stay verifiable across restarts.
CREDENTIALS_EPHEMERAL_KEY = True
CREDENTIALS_DEV_KEY_FILE = str(BASE_DIR / ".credentials-dev-key.pem")  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# Serve static files straight from the finders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
