"""The portal's URLs and, first, the bare view: 12 KB of HTML and no queries (the floor)."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns

BARE_BODY = (
    "<!doctype html><html lang=en><head><title>Bare</title></head><body>"
    + "<p>A bare Django view: twelve kilobytes and no queries.</p>\n" * 210
    + "</body></html>"
).encode()[: 12 * 1024]


def bare(request):
    return HttpResponse(BARE_BODY)


urlpatterns = [path("__bench__/bare/", bare, name="bench-bare"), *portal_urlpatterns]
