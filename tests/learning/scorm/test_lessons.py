"""SCORM lessons in a module: importing, the player page, package files and their privacy."""

import io
import json

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from wagtail.models import PageViewRestriction

from learning import selectors
from learning.models import LessonCompletion, LessonPage
from learning.scorm.models import ScormAttempt, ScormLessonPage, ScormPackage
from learning.scorm.package import PackageError
from learning.scorm.services import add_lesson
from tests.factories.accounts import UserFactory
from tests.factories.scorm import add_scorm_lesson, build_package

pytestmark = pytest.mark.django_db


@pytest.fixture
def scorm_lesson(module):
    return add_scorm_lesson(module, "1.2", title="Welcome film")


def test_an_imported_package_is_a_lesson_of_the_module(module, lessons, scorm_lesson):
    assert scorm_lesson.live
    assert scorm_lesson.get_parent().pk == module.pk
    assert scorm_lesson.package.version == "1.2"
    # It counts as a required lesson of the module, like any other.
    infos = selectors.lessons_by_module([module])[module.translation_key]
    assert scorm_lesson.pk in [info.pk for info in infos]
    assert LessonPage.objects.child_of(module).count() == 4
    for name in scorm_lesson.package.files:
        assert default_storage.exists(scorm_lesson.package.storage_prefix + name)


def test_the_player_frames_the_package_and_will_record_the_learner(client, scorm_lesson):
    learner = UserFactory()
    client.force_login(learner)
    response = client.get(scorm_lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-src="/scorm/{scorm_lesson.pk}/index.html"' in html
    assert f'data-runtime="{scorm_lesson.url}runtime/"' in html
    assert "js/scorm-runtime.js" in html
    state = json.loads(
        response.context["scorm_state"] and json.dumps(response.context["scorm_state"])
    )
    # Progress will be recorded; the attempt itself is made by the runtime's first commit
    # (a GET writes nothing).
    assert state["record"] is True and state["attempt"] is None
    assert not ScormAttempt.objects.filter(user=learner).exists()
    assert state["entry"] == "ab-initio"
    assert "frame-src 'self'" in response["Content-Security-Policy"]
    # No "mark as complete" button: the package reports completion.
    assert "Mark as complete" not in html


def test_anonymous_visitors_can_play_but_nothing_is_recorded(client, scorm_lesson):
    response = client.get(scorm_lesson.url)
    assert response.status_code == 200
    assert response.context["scorm_state"]["record"] is False
    assert "Your progress in this package is not recorded." in response.content.decode()
    assert not ScormAttempt.objects.exists()


def test_posting_the_lesson_form_does_not_complete_a_scorm_lesson(client, scorm_lesson):
    learner = UserFactory()
    client.force_login(learner)
    response = client.post(scorm_lesson.url, {"action": "complete"})
    assert response.status_code == 302
    assert not LessonCompletion.objects.filter(user=learner).exists()


def test_package_files_are_served_with_their_type_and_a_confining_policy(client, scorm_lesson):
    response = client.get(f"/scorm/{scorm_lesson.pk}/index.html")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert b"Test activity" in b"".join(response.streaming_content)
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "connect-src 'self'" in policy
    assert "default-src 'self'" in policy
    assert "https:" not in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    script = client.get(f"/scorm/{scorm_lesson.pk}/sco.js")
    assert script["Content-Type"] == "text/javascript; charset=utf-8"


@pytest.mark.parametrize(
    "name", ["missing.html", "../../secret", "%2e%2e/%2e%2e/settings.py", "imsmanifest.xml/x"]
)
def test_only_the_package_own_files_are_served(client, scorm_lesson, name):
    assert client.get(f"/scorm/{scorm_lesson.pk}/{name}").status_code == 404


def test_the_lesson_privacy_applies_to_its_files(client, scorm_lesson):
    PageViewRestriction.objects.create(page=scorm_lesson, restriction_type="login")
    response = client.get(f"/scorm/{scorm_lesson.pk}/index.html")
    assert response.status_code == 302
    assert f"next=/scorm/{scorm_lesson.pk}/index.html" in response["Location"]
    client.force_login(UserFactory())
    assert client.get(f"/scorm/{scorm_lesson.pk}/index.html").status_code == 200


def test_a_members_only_lesson_keeps_its_files_from_other_learners(client, module):
    from portal.accounts.services import members_group

    lesson = add_scorm_lesson(module, "2004")
    restriction = PageViewRestriction.objects.create(page=lesson, restriction_type="groups")
    restriction.groups.add(members_group())
    client.force_login(UserFactory())
    assert client.get(f"/scorm/{lesson.pk}/sco.js").status_code != 200


def test_the_command_adds_a_package_to_a_module(module, tmp_path):
    path = tmp_path / "induction.zip"
    path.write_bytes(build_package("2004", title="Induction film"))
    out = io.StringIO()
    call_command("import_scorm", str(path), "--module", module.slug, stdout=out)
    lesson = ScormLessonPage.objects.get()
    assert lesson.title == "Induction film" and lesson.live
    assert lesson.get_parent().pk == module.pk
    assert "Added 'Induction film' (SCORM 2004, 3 files)" in out.getvalue()


def test_the_command_refuses_a_broken_package_and_changes_nothing(module, tmp_path, settings):
    path = tmp_path / "broken.zip"
    path.write_bytes(build_package(launch="start.html"))
    with pytest.raises(CommandError, match="broken.zip was not imported: .*start.html"):
        call_command("import_scorm", str(path), "--module", module.slug)
    assert not ScormPackage.objects.exists()
    assert not ScormLessonPage.objects.exists()
    assert not (settings.MEDIA_ROOT / "scorm").exists() or not any(
        (settings.MEDIA_ROOT / "scorm").iterdir()
    )


def test_the_command_needs_a_module_that_exists(tmp_path, module):
    path = tmp_path / "p.zip"
    path.write_bytes(build_package())
    with pytest.raises(CommandError, match="No module with the slug 'nope'"):
        call_command("import_scorm", str(path), "--module", "nope")


def test_a_failed_import_leaves_no_files(module, settings):
    data = build_package(extra={"../evil.html": b"x"})
    with pytest.raises(PackageError):
        add_lesson(module, io.BytesIO(data))
    assert not ScormPackage.objects.exists()
    assert not (settings.MEDIA_ROOT / "scorm").exists()
