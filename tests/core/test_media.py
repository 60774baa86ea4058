"""The development server serves uploaded images, never documents (their privacy)."""

import importlib

import pytest
from django.conf import settings
from django.http import HttpResponseNotFound
from django.test import override_settings
from django.urls import clear_url_caches, include, path
from wagtail.admin import urls as wagtailadmin_urls

from portal.core.media import debug_media_urlpatterns

# This module is the URLconf of the first test: the media patterns, and the admin (which
# the middleware expects to find).
urlpatterns = [*debug_media_urlpatterns(), path("admin/", include(wagtailadmin_urls))]


def handler404(request, exception):
    """A bare 404: the site's own 404 page links to routes this URLconf does not have."""
    return HttpResponseNotFound()


@pytest.fixture
def media_files():
    root = settings.MEDIA_ROOT
    files = {"documents/members-only.pdf": b"%PDF secret", "images/photo.png": b"\x89PNG"}
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content)
    yield files
    for name in files:
        (root / name).unlink(missing_ok=True)


@pytest.mark.django_db  # a 404 asks Wagtail's redirects for the path
@override_settings(ROOT_URLCONF=__name__)
def test_documents_are_never_served_from_media(client, media_files):
    assert client.get("/media/images/photo.png").status_code == 200
    assert client.get("/media/documents/members-only.pdf").status_code == 404
    assert client.get("/media/images/../documents/members-only.pdf").status_code == 404
    assert client.get("/media/images/%2E%2E/documents/members-only.pdf").status_code == 404


@pytest.mark.django_db
def test_with_debug_on_the_project_serves_no_documents_from_media(client, media_files, settings):
    import portal.urls

    settings.DEBUG = True
    try:
        importlib.reload(portal.urls)
        clear_url_caches()
        assert client.get("/media/images/photo.png").status_code == 200
        response = client.get("/media/documents/members-only.pdf")
        assert response.status_code == 404
        assert b"secret" not in response.content
    finally:
        settings.DEBUG = False
        importlib.reload(portal.urls)
        clear_url_caches()
