"""Editors add a SCORM lesson in the Wagtail admin by uploading the package's zip."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import nested_form_data, streamfield

from learning.scorm.models import ScormLessonPage, ScormPackage
from tests.factories.accounts import staff_user
from tests.factories.scorm import build_package

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(staff_user())
    return client


def form(upload, title="Welcome film", slug="welcome-film"):
    data = nested_form_data(
        {"title": title, "slug": slug, "body": streamfield([]), "required": "on"}
    )
    data["package_file"] = upload
    data["action-publish"] = "publish"
    return data


def add_url(module):
    return f"/admin/pages/add/scorm/scormlessonpage/{module.pk}/"


def test_editors_can_choose_a_scorm_lesson_in_a_module(editor_client, module):
    response = editor_client.get(add_url(module))
    assert response.status_code == 200
    assert 'name="package_file"' in response.content.decode()


def test_uploading_a_package_adds_the_lesson(editor_client, module):
    upload = SimpleUploadedFile("film.zip", build_package("2004"), "application/zip")
    response = editor_client.post(add_url(module), form(upload))
    assert response.status_code == 302, response.context["form"].errors
    lesson = ScormLessonPage.objects.get()
    assert lesson.package.version == "2004"
    assert lesson.package.original_filename == "film.zip"
    assert lesson.get_parent().pk == module.pk


def test_a_broken_package_is_a_form_error_and_nothing_is_saved(editor_client, module, settings):
    upload = SimpleUploadedFile("evil.zip", build_package(extra={"../x.html": b"x"}))
    response = editor_client.post(add_url(module), form(upload))
    assert response.status_code == 200
    errors = response.context["form"].errors["package_file"]
    assert "points outside" in errors[0]
    assert not ScormLessonPage.objects.exists()
    assert not ScormPackage.objects.exists()
    assert not (settings.MEDIA_ROOT / "scorm").exists()


def test_a_lesson_needs_a_package(editor_client, module):
    response = editor_client.post(add_url(module), form(""))
    assert response.status_code == 200
    assert "Upload a SCORM package" in response.context["form"].errors["package_file"][0]


def test_editing_without_a_new_upload_keeps_the_package(editor_client, module):
    upload = SimpleUploadedFile("film.zip", build_package("1.2"), "application/zip")
    editor_client.post(add_url(module), form(upload))
    lesson = ScormLessonPage.objects.get()
    package = lesson.package
    response = editor_client.post(
        f"/admin/pages/{lesson.pk}/edit/", form("", title="Welcome film, updated")
    )
    assert response.status_code == 302, response.context["form"].errors
    lesson.refresh_from_db()
    assert lesson.title == "Welcome film, updated"
    assert lesson.package == package
