"""Package files: ``/scorm/<lesson page id>/<file path>`` (mounted in portal.urls)."""

from django.urls import path

from portal.core import converters  # noqa: F401 (registers "id")

from . import views

urlpatterns = [
    path("<id:page_id>/<path:name>", views.serve_file, name="scorm_file"),
]
