"""The portal's URLs.

Everything people read is under i18n_patterns: English at /, Scottish Gaelic at /gd/.
Wagtail's page serving comes last so that apps' own URLs win.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.accounts import doors
from portal.core import converters  # noqa: F401 (registers "id" and "code")
from portal.core import views as core_views
from portal.core.sitemaps import LocalizedSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # SCORM package files, served through their lesson page's privacy (learning.scorm).
    path("scorm/", include("learning.scorm.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("favicon.ico", core_views.favicon, name="favicon"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    from portal.core.media import debug_media_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Images only: documents are always served through Wagtail's view (privacy).
    urlpatterns += debug_media_urlpatterns()

urlpatterns += i18n_patterns(
    path("accounts/profile/", include("portal.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("members/", include("portal.accounts.member_urls")),
    path("search/", include("portal.search.urls")),
    path("", include("learning.urls")),
    path("", include("network.urls")),
    # Wagtail's own front-end sign-in and page-password form, behind allauth (doors.py).
    path("_util/login/", doors.wagtail_login, name="wagtailcore_login"),
    path(
        "_util/authenticate_with_password/<id:page_view_restriction_id>/<id:page_id>/",
        doors.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
