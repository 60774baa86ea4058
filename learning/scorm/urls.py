"""Package files: ``/scorm/<lesson page id>/<file path>`` (mounted in portal.urls)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<int:page_id>/<path:name>", views.serve_file, name="scorm_file"),
]
