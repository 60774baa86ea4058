"""The runtime endpoint: CMI data per learner and attempt, idempotent commits, progress."""

import json
import uuid

import pytest
from django.test import Client

from learning.models import Certificate, Enrolment, LessonCompletion
from learning.scorm.models import ScormAttempt, ScormSession
from learning.scorm.services import current_attempt, launch_state
from tests.factories.accounts import UserFactory
from tests.factories.learning import ModulePageFactory, build_module
from tests.factories.scorm import add_scorm_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def launch(client, lesson):
    """Open the lesson as the browser does; returns the runtime's starting state."""
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.context["scorm_state"]


def send(client, lesson, attempt, values, seq=1, session=None, finish=False, **extra):
    body = {
        "attempt": attempt,
        "session": str(session or uuid.UUID(int=1)),
        "seq": seq,
        "values": values,
        "finish": finish,
        **extra,
    }
    return client.post(
        lesson.url + "runtime/", data=json.dumps(body), content_type="application/json"
    )


COMPLETED_12 = {
    "cmi.core.lesson_status": "completed",
    "cmi.core.score.raw": "90",
    "cmi.core.session_time": "0000:05:00.00",
    "cmi.core.lesson_location": "page-9",
}


def test_a_scorm_12_completion_completes_the_lesson_and_moves_progress(client, learner, index):
    module = ModulePageFactory(parent=index)
    lesson = add_scorm_lesson(module, "1.2")  # the module's only lesson
    state = launch(client, lesson)
    response = send(client, lesson, state["attempt"], COMPLETED_12, finish=True)
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] and body["applied"] and body["lessonComplete"]
    assert body["progress"] == 100
    assert LessonCompletion.objects.filter(user=learner, lesson_key=lesson.translation_key).exists()
    attempt = ScormAttempt.objects.get(user=learner)
    assert attempt.completion_status == "completed"
    assert attempt.score_raw == 90
    assert attempt.location == "page-9"
    assert attempt.total_seconds == 300
    # The module is complete, with its certificate, as for native lessons.
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner).exists()
    assert body["certificate"].startswith("/certificates/")


def test_progress_moves_by_one_lesson_of_several(client, learner, module, lessons):
    lesson = add_scorm_lesson(module, "1.2")
    state = launch(client, lesson)
    body = send(client, lesson, state["attempt"], COMPLETED_12).json()
    assert body["progress"] == 25  # one of four required lessons
    assert not Certificate.objects.filter(user=learner).exists()


def test_incomplete_is_saved_but_does_not_complete_the_lesson(client, learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    state = launch(client, lesson)
    values = {"cmi.core.lesson_status": "incomplete", "cmi.suspend_data": "x=1"}
    body = send(client, lesson, state["attempt"], values).json()
    assert body["lessonComplete"] is False
    assert not LessonCompletion.objects.exists()


@pytest.mark.parametrize(("score", "done"), [("70", False), ("80", True)])
def test_the_12_mastery_score_decides_passed_or_failed(client, learner, module, score, done):
    lesson = add_scorm_lesson(module, "1.2", mastery=80)
    state = launch(client, lesson)
    assert state["masteryScore"] == "80.00"
    values = {"cmi.core.lesson_status": "completed", "cmi.core.score.raw": score}
    body = send(client, lesson, state["attempt"], values).json()
    assert body["success"] == ("passed" if done else "failed")
    assert LessonCompletion.objects.exists() is done


@pytest.mark.parametrize(
    ("values", "done"),
    [
        ({"cmi.completion_status": "completed", "cmi.success_status": "passed"}, True),
        ({"cmi.completion_status": "completed"}, True),
        ({"cmi.completion_status": "completed", "cmi.success_status": "failed"}, False),
        ({"cmi.completion_status": "incomplete"}, False),
    ],
)
def test_scorm_2004_completion_and_success(client, learner, module, values, done):
    lesson = add_scorm_lesson(module, "2004")
    state = launch(client, lesson)
    body = send(client, lesson, state["attempt"], values).json()
    assert body["lessonComplete"] is done
    assert LessonCompletion.objects.exists() is done


def test_the_2004_scaled_passing_score_decides_success(client, learner, module):
    lesson = add_scorm_lesson(module, "2004", mastery="0.8")
    state = launch(client, lesson)
    values = {"cmi.completion_status": "completed", "cmi.score.scaled": "0.5"}
    body = send(client, lesson, state["attempt"], values).json()
    assert body["success"] == "failed" and not body["lessonComplete"]
    body = send(client, lesson, state["attempt"], {"cmi.score.scaled": "0.85"}, seq=2).json()
    assert body["success"] == "passed" and body["lessonComplete"]


def test_the_learner_resumes_where_they_left_off(client, learner, module):
    lesson = add_scorm_lesson(module, "2004")
    state = launch(client, lesson)
    values = {
        "cmi.location": "slide-4",
        "cmi.suspend_data": "answers=abc",
        "cmi.exit": "suspend",
        "cmi.session_time": "PT1M30S",
    }
    send(client, lesson, state["attempt"], values, finish=True)
    again = launch(client, lesson)
    assert again["attempt"] == ScormAttempt.objects.get(user=learner).pk
    assert again["entry"] == "resume"
    assert again["data"]["cmi.location"] == "slide-4"
    assert again["data"]["cmi.suspend_data"] == "answers=abc"
    assert "cmi.session_time" not in again["data"]
    assert again["totalTime"] == "PT0H1M30.00S"


def test_a_repeated_commit_changes_nothing(client, learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    state = launch(client, lesson)
    first = send(client, lesson, state["attempt"], {"cmi.core.lesson_location": "a"}, seq=1)
    assert first.json()["applied"] is True
    # The same number again (a retry after a lost response) is not applied twice.
    again = send(client, lesson, state["attempt"], {"cmi.core.lesson_location": "b"}, seq=1)
    assert again.status_code == 200 and again.json()["applied"] is False
    assert ScormAttempt.objects.get().data["cmi.core.lesson_location"] == "a"


def test_two_tabs_both_count(client, learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    state = launch(client, lesson)
    tab_a, tab_b = uuid.uuid4(), uuid.uuid4()
    send(client, lesson, state["attempt"], {"cmi.core.session_time": "0000:01:00"}, 1, tab_a)
    send(client, lesson, state["attempt"], {"cmi.core.session_time": "0000:02:00"}, 1, tab_b)
    send(client, lesson, state["attempt"], {"cmi.core.session_time": "0000:03:00"}, 2, tab_a)
    attempt = ScormAttempt.objects.get()
    assert attempt.sessions.count() == 2
    assert attempt.total_seconds == 300  # 3 minutes in tab A, 2 in tab B
    assert launch(client, lesson)["attempt"] == attempt.pk  # the same attempt resumes


def test_a_finished_attempt_starts_a_new_one_next_time(client, learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    state = launch(client, lesson)
    send(client, lesson, state["attempt"], COMPLETED_12, finish=True)
    again = launch(client, lesson)
    assert again["attempt"] is None  # a new attempt, made by its first commit
    assert again["entry"] == "ab-initio" and again["data"] == {}
    body = send(client, lesson, again["attempt"], {"cmi.core.lesson_location": "p1"}).json()
    assert ScormAttempt.objects.filter(user=learner).count() == 2
    assert body["attempt"] == ScormAttempt.objects.filter(user=learner).first().pk
    # The lesson stays complete.
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_opening_the_lesson_writes_nothing(client, learner, module):
    lesson = add_scorm_lesson(module, "2004")
    state = launch(client, lesson)
    assert state["record"] is True and state["attempt"] is None
    assert state["learnerId"] and "@" not in state["learnerId"]
    assert not ScormAttempt.objects.exists()
    body = send(client, lesson, None, {"cmi.location": "p1"}).json()  # the first commit
    assert body["attempt"] == ScormAttempt.objects.get(user=learner).pk
    assert launch(client, lesson)["attempt"] == body["attempt"]


def test_opening_the_lesson_twice_at_once_gives_one_attempt(learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    assert current_attempt(learner, lesson).pk == current_attempt(learner, lesson).pk
    assert ScormAttempt.objects.count() == 1


def test_a_learner_cannot_write_to_someone_elses_attempt(client, learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    other = UserFactory()
    theirs = current_attempt(other, lesson)
    response = send(client, lesson, theirs.pk, COMPLETED_12)
    assert response.status_code == 403
    theirs.refresh_from_db()
    assert theirs.data == {} and not LessonCompletion.objects.exists()


def test_an_attempt_of_another_lesson_is_refused(client, learner, module):
    first = add_scorm_lesson(module, "1.2")
    second = add_scorm_lesson(module, "1.2", title="Second")
    launch(client, first)
    mine = send(client, first, None, {"cmi.core.lesson_location": "p1"}).json()["attempt"]
    assert send(client, second, mine, COMPLETED_12).status_code == 403
    assert not LessonCompletion.objects.exists()


def test_anonymous_commits_are_refused(client, module):
    lesson = add_scorm_lesson(module, "1.2")
    attempt = current_attempt(UserFactory(), lesson)
    assert send(client, lesson, attempt.pk, COMPLETED_12).status_code == 403
    assert ScormAttempt.objects.get().data == {}


def test_a_locked_module_records_nothing(client, learner, index, module):
    later, _lessons = build_module(index, lessons=1, check=False, reflection=False)
    later.prerequisites.add(module)
    later.save_revision().publish()
    lesson = add_scorm_lesson(later, "1.2")
    state = launch(client, lesson)
    assert state["record"] is False
    attempt = current_attempt(learner, lesson)
    assert send(client, lesson, attempt.pk, COMPLETED_12).status_code == 403
    assert not LessonCompletion.objects.exists()


def test_commits_need_the_csrf_token(learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    attempt = current_attempt(learner, lesson)
    assert send(strict, lesson, attempt.pk, COMPLETED_12).status_code == 403
    assert not LessonCompletion.objects.exists()


@pytest.mark.parametrize(
    "values",
    [
        {"cmi.core.lesson_status": "brilliant"},
        {"cmi.core.score.raw": "ninety"},
        {"cmi.core.score.raw": "150"},
        {"cmi.core.student_id": "someone-else"},  # read-only
        {"cmi.core.total_time": "9999:00:00"},  # the portal computes it
        {"cmi.unknown": "x"},
        {"cmi.suspend_data": "x" * 5000},
        {"cmi.objectives.5000.id": "x"},
        {"cmi.core.lesson_status": 1},
    ],
)
def test_invalid_values_are_refused_whole(client, learner, module, values):
    lesson = add_scorm_lesson(module, "1.2")
    state = launch(client, lesson)
    response = send(client, lesson, state["attempt"], {"cmi.core.lesson_location": "x", **values})
    assert response.status_code == 400
    assert response.json()["ok"] is False
    assert ScormAttempt.objects.get().data == {}
    assert not ScormSession.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[]",
        "null",
        '{"attempt": "1", "session": "x", "seq": 1, "values": {}}',
        '{"attempt": 1, "session": "not-a-uuid", "seq": 1, "values": {}}',
        '{"attempt": 1, "session": "00000000-0000-0000-0000-000000000001", "seq": 0}',
        '{"attempt": 1, "session": "00000000-0000-0000-0000-000000000001", "seq": 1e99}',
        '{"attempt": 1, "session": "00000000-0000-0000-0000-000000000001", "seq": 1, "values": []}',
        '{"attempt": 1, "session": "00000000-0000-0000-0000-000000000001", "seq": 1, '
        '"values": {}, "finish": "yes"}',
        "\xff\xfe",
        '{"attempt": 99999999999999999999999, "seq": 1, "values": {}, '
        '"session": "00000000-0000-0000-0000-000000000001"}',
        "[" * 5000,
    ],
)
def test_malformed_bodies_are_a_clear_400(client, learner, module, body):
    lesson = add_scorm_lesson(module, "1.2")
    launch(client, lesson)
    response = client.post(lesson.url + "runtime/", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["ok"] is False


def test_the_endpoint_takes_posts_only(client, learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    assert client.get(lesson.url + "runtime/").status_code == 405


def test_launch_state_never_shows_the_email(learner, module):
    lesson = add_scorm_lesson(module, "1.2")
    state = launch_state(learner, lesson, current_attempt(learner, lesson))
    assert learner.email not in json.dumps(state)
    assert state["learnerId"] and state["learnerName"] == learner.display_name


def test_personal_data_export_and_erasure_cover_scorm_attempts(client, learner, module):
    from learning.scorm import personal_data

    lesson = add_scorm_lesson(module, "1.2")
    state = launch(client, lesson)
    send(client, lesson, state["attempt"], {"cmi.suspend_data": "notes"})
    exported = personal_data.export(learner)
    assert exported["scorm_attempts"][0]["data"] == {"cmi.suspend_data": "notes"}
    personal_data.erase(learner)
    assert not ScormAttempt.objects.exists()


ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def xapi_on(settings):
    settings.XAPI_ENDPOINT = "http://127.0.0.1:9/xapi"  # statements are kept in the outbox
    settings.XAPI_KEY, settings.XAPI_SECRET = "key", "secret"


def _scorm_statements(lesson):
    from learning.models import XapiStatement

    return [
        s.statement
        for s in XapiStatement.objects.order_by("pk")
        if s.statement["object"]["id"].endswith(str(lesson.translation_key))
        and "score" in s.statement.get("result", {})  # the package's result, with its score
    ]


def test_a_scorm_result_becomes_one_xapi_statement(client, learner, module, xapi_on):
    lesson = add_scorm_lesson(module, "2004", mastery="0.8")
    state = launch(client, lesson)
    values = {
        "cmi.completion_status": "completed",
        "cmi.score.scaled": "0.9",
        "cmi.score.raw": "90",
        "cmi.score.min": "0",
        "cmi.score.max": "100",
        "cmi.session_time": "PT4M30S",
    }
    send(client, lesson, state["attempt"], values)
    send(client, lesson, state["attempt"], {"cmi.location": "p2"}, seq=2, finish=True)
    [statement] = _scorm_statements(lesson)  # once, though two commits followed
    assert statement["verb"]["id"] == ADL + "passed"
    assert statement["result"] == {
        "completion": True,
        "success": True,
        "score": {"scaled": 0.9, "raw": 90.0, "min": 0.0, "max": 100.0},
        "duration": "PT270S",
    }


def test_a_failed_scorm_session_is_reported_when_it_ends(client, learner, module, xapi_on):
    lesson = add_scorm_lesson(module, "1.2", mastery="80")
    state = launch(client, lesson)
    values = {"cmi.core.lesson_status": "completed", "cmi.core.score.raw": "40"}
    send(client, lesson, state["attempt"], values)
    assert _scorm_statements(lesson) == []  # not yet: the session goes on
    send(client, lesson, state["attempt"], {}, seq=2, finish=True)
    [statement] = _scorm_statements(lesson)
    assert statement["verb"]["id"] == ADL + "failed"
    assert statement["result"]["success"] is False
    assert statement["result"]["score"] == {"raw": 40.0}
