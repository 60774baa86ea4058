"""Uploaded files on the development server (DEBUG only).

Images may be served straight from ``MEDIA_ROOT``; documents never are: they are always
served through Wagtail's view (``/documents/<id>/<name>``), which applies the
collection's privacy (the Members-only files). ``django.conf.urls.static.static`` would
serve the whole of ``MEDIA_ROOT``, ``documents/`` included, so the portal serves only
the image folders.
"""

import re

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

PUBLIC_MEDIA_FOLDERS = ("images", "original_images")


def serve_public_media(request, path, document_root):
    """Django's static ``serve``, refusing any path that steps out of its folder
    (``images/../documents/...`` would otherwise reach the documents)."""
    if any(part in ("", ".", "..") for part in path.replace("\\", "/").split("/")):
        raise Http404("Not a public media file.")
    return serve(request, path, document_root=document_root)


def debug_media_urlpatterns():
    """URL patterns serving the public image folders of ``MEDIA_ROOT``, nothing else."""
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    folders = "|".join(PUBLIC_MEDIA_FOLDERS)
    return [
        re_path(
            rf"^{prefix}(?P<path>(?:{folders})/.*)$",
            serve_public_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
