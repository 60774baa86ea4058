"""The portal's URLs plus one view that refuses everyone (for the 403 page's test)."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def forbidden(request):
    raise PermissionDenied


urlpatterns = (
    i18n_patterns(path("forbidden/", forbidden), prefix_default_language=False) + portal_urlpatterns
)
