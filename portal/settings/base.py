"""Settings shared by every environment.

Safe for production on its own: DEBUG is off and everything that differs between
machines comes from the environment. ``dev``, ``test`` and ``production`` build on it.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The portal's own apps, in dependency order (core <- frameworks <- learning, core <- network).
    "portal.core",
    "portal.accounts",
    "portal.search",
    "frameworks",
    "learning",
    "learning.scorm",
    "network",
    # Translation
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.accounts.middleware.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.core.i18n.LocaleMemoMiddleware",
    "portal.core.content_cache.SiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.accounts.middleware.AdminMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it knows the language and who is asking (portal.core.page_cache).
    "portal.core.page_cache.PageCacheMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL in every environment, SQLite in the project folder otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite under concurrent requests (Django 5.1+ options): write-ahead logging so
    # readers never block the writer, transactions that take the write lock when they
    # begin (no "database is locked" when a reader later writes), and a busy timeout so
    # a writer waits for another instead of failing at once. Reads go through a memory
    # map of the file (up to 256 MB), not a copy per page read: a search that matches
    # thousands of documents reads them about three times faster.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=268435456;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "clw"),
        }
    }
    # Sessions read from Redis (shared by every app server), written through to the
    # database: a signed-in page no longer reads the session table.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache for signed-out readers (portal.core.page_cache). It must be shared by
# every process that serves pages or changes content (gunicorn workers, management
# commands such as publish_scheduled, the task worker): Redis when REDIS_URL is set,
# otherwise files in PAGE_CACHE_DIR, which every process on this machine shares.
if os.environ.get("REDIS_URL"):
    CACHES["page"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "clw") + "-page",
    }
else:
    CACHES["page"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / ".page-cache")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# Seconds a page is kept (content changes empty it at once; this bounds what depends on
# the clock alone, such as "upcoming events").
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "300"))
# Seconds browsers may reuse a page without asking (0: they always ask, so no reader
# keeps an old copy after a change).
PAGE_CACHE_BROWSER_MAX_AGE = int(os.environ.get("PAGE_CACHE_BROWSER_MAX_AGE", "0"))
# The public routes it keeps, by URL name: Wagtail pages (with their RoutablePage routes:
# feeds, filters, organisations), the sitemap, site search and the events calendar.
PAGE_CACHE_URL_NAMES = [
    "wagtail_serve",
    "sitemap",
    "search:search",
    "network:events_calendar",
]

# A CDN or caching proxy in front (wagtail.contrib.frontend_cache), purged whenever the
# page cache is: Cloudflare (a zone and an API token that may purge it) or any proxy
# that takes HTTP PURGE requests (Varnish, nginx). Off when neither is set.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "portal.core.frontend_cache.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", ""),
    }
if os.environ.get("FRONTEND_CACHE_HTTP_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_HTTP_URL"],
    }

# Background tasks (django-tasks, as Wagtail uses): search indexing, email in production,
# xAPI delivery, front-end cache purges. Run immediately here (make run, tests);
# production.py uses the database backend (django-tasks-db), run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# xAPI statements to a learning record store (learning/xapi/); off when XAPI_ENDPOINT is unset.
XAPI_ENDPOINT = os.environ.get("XAPI_ENDPOINT", "")
XAPI_KEY = os.environ.get("XAPI_KEY", "")
XAPI_SECRET = os.environ.get("XAPI_SECRET", "")
XAPI_TIMEOUT = float(os.environ.get("XAPI_TIMEOUT", "10"))
# Identify learners in statements by email (mbox) instead of an opaque account name.
XAPI_ACTOR_USE_EMAIL = env_bool("XAPI_ACTOR_USE_EMAIL", False)

# Open Badges 3.0 credentials (learning/credentials/): the RS256 signing key (PEM, "\n"
# escapes allowed) and the public keys of retired signing keys (PEM blocks, one after
# another). Production refuses to start without a signing key (system check learning.E001).
CREDENTIALS_SIGNING_KEY = os.environ.get("CREDENTIALS_SIGNING_KEY", "")
CREDENTIALS_RETIRED_PUBLIC_KEYS = os.environ.get("CREDENTIALS_RETIRED_PUBLIC_KEYS", "")
# Development and tests only: make a key when none is configured.
CREDENTIALS_EPHEMERAL_KEY = False

# Accounts
AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, reading a signed-in person in fewer queries
# (portal.accounts.backends). Changing these paths signs out sessions made under the old.
AUTHENTICATION_BACKENDS = [
    "portal.accounts.backends.ModelBackend",
    "portal.accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "portal.accounts.forms.SignupForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[CLW Network] "
# Tell people by email when their password, email addresses or two-factor set-up change.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, spelt out so they are visible and kept on. "key" is the account
    # (its email address; for codes, the person), "ip" the client (see the proxy below).
    # Failed sign-ins and two-factor codes: 10 a minute from one client, 5 in 5 minutes
    # and 20 an hour for one account, whichever comes first.
    "login_failed": "10/m/ip,5/5m/key,20/h/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
    # Wrong passwords on Wagtail's page-password form (portal.accounts.doors), per client
    # and per protected page.
    "page_password": "10/m/ip,50/h/key",
}
# Behind a reverse proxy every request comes from the proxy's address, so allauth must be
# told how to find the client's: either the number of proxies you run that append to
# X-Forwarded-For (ALLAUTH_TRUSTED_PROXY_COUNT, usually 1), or a header your proxy sets
# and clients cannot (ALLAUTH_TRUSTED_CLIENT_IP_HEADER, e.g. X-Real-IP). Neither set means
# REMOTE_ADDR, right only when nothing sits in front of the app server.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "0") or 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("ALLAUTH_TRUSTED_CLIENT_IP_HEADER") or None
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CLW Network"
# allauth's code forms, saying "already used" for a replayed code (portal.accounts.mfa_forms).
MFA_FORMS = {
    "authenticate": "portal.accounts.mfa_forms.AuthenticateForm",
    "reauthenticate": "portal.accounts.mfa_forms.ReauthenticateForm",
}
# Everyone who can reach the Wagtail admin must have an authenticator app (TOTP) set up;
# portal.accounts.middleware.AdminMFAMiddleware sends them to set it up first. Only local
# development may turn this off (PORTAL_REQUIRE_ADMIN_MFA=0); production forces it on.
PORTAL_REQUIRE_ADMIN_MFA = env_bool("PORTAL_REQUIRE_ADMIN_MFA", True)
# The Wagtail admin signs people in through allauth (which asks for the MFA code).
WAGTAILADMIN_LOGIN_URL = "account_login"
# Member-only pages and documents (Wagtail view restrictions): anonymous people sign in,
# signed-in people who are not members are told how to join (no sign-in loop).
WAGTAIL_FRONTEND_LOGIN_URL = "members:restricted"

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CLW Network <noreply@clw.scot>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# Languages: English is the source, Scottish Gaelic the first translation.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", _("English")),
    ("gd", _("Scottish Gaelic")),
]
LANGUAGE_NAMES_NATIVE = {"en": "English", "gd": "Gàidhlig"}
WAGTAIL_I18N_ENABLED = True
# The portal's own catalogue first, then its translations of the libraries' strings
# (allauth ships no Gaelic; see the update_vendor_catalogue command). Both win over the
# libraries' own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "vendor"]
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

# Static and media files
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Scottish Community Link Worker Network"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Django's Site (the name and domain allauth's emails give) is kept to WAGTAIL_SITE_NAME and
# the host of WAGTAILADMIN_BASE_URL on every migrate (portal.accounts.apps).
SITE_ID = 1
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Site search (portal.search): the database store always; Elasticsearch too when set.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "clw")
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "5"))
# The resource library's documents carry themes and audiences (network.models.resources).
WAGTAILDOCS_DOCUMENT_MODEL = "network.ResourceDocument"
# Keeps "In library" ticked for documents added through the multiple uploader.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "network.document_forms.ResourceDocumentForm"
# Always through Wagtail's view, which applies collection privacy (never a direct file URL).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# SCORM packages (learning.scorm): limits on an upload and on what it unpacks to. The
# files are kept in the default storage under scorm/<uuid>/ and served only through
# their lesson page, which applies its privacy settings (never straight from MEDIA_URL).
SCORM_MAX_UPLOAD_BYTES = int(os.environ.get("SCORM_MAX_UPLOAD_MB", "200")) * 1024 * 1024
SCORM_MAX_UNPACKED_BYTES = int(os.environ.get("SCORM_MAX_UNPACKED_MB", "500")) * 1024 * 1024
SCORM_MAX_FILES = int(os.environ.get("SCORM_MAX_FILES", "5000"))
SCORM_MAX_COMPRESSION_RATIO = int(os.environ.get("SCORM_MAX_COMPRESSION_RATIO", "100"))
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_PASSWORD_RESET_ENABLED = False  # people reset passwords through allauth
# The admin makes no requests to other sites (keeps the Content-Security-Policy tight).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security defaults that hold everywhere; production.py adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Nothing is framed, except Wagtail's previews (which override this for themselves).
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp). Scripts only from the portal itself on public
# pages; the Wagtail admin also needs inline scripts and frames its own previews
# (see PortalCSPMiddleware). Inline
# styles are allowed because Wagtail's responsive embeds and admin use style attributes.
# Video embeds may come from YouTube and Vimeo only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https://i.ytimg.com", "https://i.vimeocdn.com"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "portal": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
