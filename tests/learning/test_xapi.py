"""xAPI statements out: a learner's whole journey reaches a real LRS, well formed.

The LRS is a stdlib HTTP server started by the test on 127.0.0.1 (random port).
"""

import base64
import uuid
from datetime import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from learning import services
from learning.models import XapiStatement
from learning.personal_data import erase, export
from learning.xapi.delivery import RETRY_DELAYS, deliver_due
from tests.factories.accounts import UserFactory, staff_user
from tests.factories.learning import (
    PathwayPageFactory,
    build_module,
    right_answers,
    wrong_answers,
)

from .lrs import LRS

pytestmark = pytest.mark.django_db

KEY, SECRET = "portal-key", "s3cret:with-colon"
ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def lrs(settings):
    with LRS() as server:
        settings.XAPI_ENDPOINT = server.endpoint
        settings.XAPI_KEY = KEY
        settings.XAPI_SECRET = SECRET
        yield server


@pytest.fixture
def pathway(index, module):
    from learning.models import PathwayModule

    pathway = PathwayPageFactory(parent=index, title="New CLW induction")
    PathwayModule.objects.create(pathway=pathway, module=module, sort_order=0)
    return pathway


def _run(client_call, capture):
    """Make a request and run what it queued after commit, as a real request would."""
    with capture(execute=True):
        response = client_call()
    return response


def test_whole_journey_reaches_the_lrs_well_formed(
    client, user, index, module, lessons, pathway, lrs, django_capture_on_commit_callbacks
):
    client.force_login(user)
    capture = django_capture_on_commit_callbacks
    _run(lambda: client.post(module.url, {"action": "enrol"}), capture)
    for lesson in lessons[:-1]:
        _run(lambda lesson=lesson: client.get(lesson.url), capture)
        _run(lambda lesson=lesson: client.post(lesson.url, {"action": "complete"}), capture)
    last = lessons[-1]
    _run(lambda: client.get(last.url), capture)
    _run(lambda: client.post(last.url, wrong_answers(last)), capture)
    _run(lambda: client.post(last.url, right_answers(last)), capture)

    verbs = [(s["verb"]["id"].rsplit("/", 1)[-1], s["object"]["id"]) for s in lrs.statements]
    home = "http://testserver/xapi/activities"
    lesson_ids = [f"{home}/lesson/{lesson.translation_key}" for lesson in lessons]
    check_id = f"{lesson_ids[2]}/check"
    questions = [f"{check_id}/{block.id}" for block in last.questions]
    certificate = user.learning_certificates.get()
    assert verbs == [
        ("experienced", lesson_ids[0]),
        ("completed", lesson_ids[0]),
        ("experienced", lesson_ids[1]),
        ("completed", lesson_ids[1]),
        ("experienced", lesson_ids[2]),
        ("answered", questions[0]),
        ("answered", questions[1]),
        ("failed", check_id),
        ("answered", questions[0]),
        ("answered", questions[1]),
        ("passed", check_id),
        ("completed", lesson_ids[2]),
        ("completed", f"{home}/module/{module.translation_key}"),
        ("earned", f"http://testserver/certificates/{certificate.code}/"),
    ]

    auth = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    registrations = set()
    for request, statement in zip(lrs.requests, lrs.statements, strict=True):
        # How it was sent: PUT with its id, the version header, Basic authentication.
        assert request["method"] == "PUT"
        assert request["path"] == "/xapi/statements"
        assert request["query"] == {"statementId": [statement["id"]]}
        assert request["headers"]["x-experience-api-version"] == "1.0.3"
        assert request["headers"]["authorization"] == auth
        assert request["headers"]["content-type"].startswith("application/json")
        # What it says.
        assert uuid.UUID(statement["id"]).version == 4
        actor = statement["actor"]
        assert actor["objectType"] == "Agent"
        assert set(actor) == {"objectType", "account"}
        assert actor["account"]["homePage"] == "http://testserver"
        assert uuid.UUID(actor["account"]["name"])
        assert user.email not in str(statement)
        verb = statement["verb"]["id"]
        assert verb.startswith(ADL) or verb == "http://id.tincanapi.com/verb/earned"
        assert statement["verb"]["display"]["en-GB"]
        assert statement["object"]["objectType"] == "Activity"
        assert statement["object"]["definition"]["type"].startswith("http")
        assert statement["object"]["definition"]["name"]
        context = statement["context"]
        assert context["language"] == "en-GB"
        registrations.add(context["registration"])
        assert [a["id"] for a in context["contextActivities"]["grouping"]] == [
            f"{home}/pathway/{pathway.translation_key}"
        ]
        assert context["contextActivities"]["grouping"][0]["definition"]["name"] == {
            "en-GB": "New CLW induction"
        }
        if statement["object"]["id"] != f"{home}/module/{module.translation_key}":
            parents = [a["id"] for a in context["contextActivities"]["parent"]]
            assert f"{home}/module/{module.translation_key}" in parents
        assert datetime.fromisoformat(statement["timestamp"]).tzinfo is not None
    # One enrolment, one registration, the same learner throughout.
    assert len(registrations) == 1
    assert uuid.UUID(registrations.pop())
    assert len({s["actor"]["account"]["name"] for s in lrs.statements}) == 1

    failed, passed = lrs.statements[7], lrs.statements[10]
    assert failed["result"]["success"] is False
    assert failed["result"]["score"] == {"scaled": 0.0, "raw": 0, "min": 0, "max": 2}
    assert passed["result"]["success"] is True
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 2, "min": 0, "max": 2}
    answered = lrs.statements[5]
    assert answered["object"]["definition"]["interactionType"] == "choice"
    assert answered["result"]["success"] is False
    assert [a["id"] for a in answered["context"]["contextActivities"]["parent"]][0] == check_id
    assert lrs.statements[0]["object"]["definition"]["name"] == {"en-GB": lessons[0].title}
    assert XapiStatement.objects.filter(status="sent").count() == len(lrs.statements)


def test_activity_names_in_both_languages(user, module, lessons, lrs, gaelic):
    gd_lesson = lessons[0].copy_for_translation(gaelic, copy_parents=True)
    gd_lesson.title = "Còmhraidhean math: leasan 1"
    gd_lesson.save_revision().publish()
    services.visit_lesson(user, lessons[0])
    row = XapiStatement.objects.get()
    assert row.statement["object"]["definition"]["name"] == {
        "en-GB": lessons[0].title,
        "gd": "Còmhraidhean math: leasan 1",
    }


def test_gaelic_request_says_so_in_the_context(client, user, module, lessons, lrs):
    from django.utils import translation

    with translation.override("gd"):
        services.visit_lesson(user, lessons[0])
    assert XapiStatement.objects.get().statement["context"]["language"] == "gd"


def test_nothing_is_kept_when_no_lrs_is_configured(settings, user, module, lessons):
    settings.XAPI_ENDPOINT = ""
    services.visit_lesson(user, lessons[0])
    services.complete_lesson(user, lessons[0])
    assert not XapiStatement.objects.exists()


def test_email_is_used_only_when_settings_say_so(settings, user, module, lessons, lrs):
    settings.XAPI_ACTOR_USE_EMAIL = True
    services.visit_lesson(user, lessons[0])
    actor = XapiStatement.objects.get().statement["actor"]
    assert actor == {"objectType": "Agent", "mbox": f"mailto:{user.email.lower()}"}


def test_revisiting_a_lesson_soon_sends_one_experienced(user, module, lessons, lrs):
    services.visit_lesson(user, lessons[0])
    services.visit_lesson(user, lessons[0])
    assert XapiStatement.objects.count() == 1


def test_an_unreachable_lrs_never_fails_the_learner(
    client, user, module, lessons, settings, django_capture_on_commit_callbacks
):
    with LRS() as server:
        port = server.port
    settings.XAPI_ENDPOINT = f"http://127.0.0.1:{port}/xapi"  # nobody listens there now
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(lessons[0].url, {"action": "complete"})
    assert response.status_code == 302
    assert services.LessonCompletion.objects.filter(user=user).exists()
    row = XapiStatement.objects.get(verb=ADL + "completed")
    assert row.status == "pending"
    assert row.attempts == 1
    assert "No answer from the LRS" in row.last_error
    assert row.next_attempt_at > timezone.now()


def test_retries_back_off_then_fail_and_staff_resend(
    client, user, module, lessons, lrs, django_capture_on_commit_callbacks
):
    lrs.answers = [503] * (len(RETRY_DELAYS) + 1)
    with django_capture_on_commit_callbacks(execute=True):
        services.complete_lesson(user, lessons[0])
    row = XapiStatement.objects.get()
    assert (row.status, row.attempts) == ("pending", 1)
    first_wait = row.next_attempt_at - timezone.now()
    # Not due yet: the sweep leaves it alone.
    assert deliver_due() == (0, 0)
    waits = [first_wait]
    for _ in RETRY_DELAYS:
        XapiStatement.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
        deliver_due()
        row.refresh_from_db()
        if row.next_attempt_at:
            waits.append(row.next_attempt_at - timezone.now())
    assert waits == sorted(waits)  # each pause longer than the last
    assert row.status == "failed"
    assert row.attempts == len(RETRY_DELAYS) + 1
    assert "503" in row.last_error
    assert len(lrs.requests) == len(RETRY_DELAYS) + 1
    assert {r["query"]["statementId"][0] for r in lrs.requests} == {str(row.statement_id)}

    # Staff see it in the admin and resend it.
    staff = staff_user()
    client.force_login(staff)
    listing = client.get("/admin/snippets/learning/xapistatement/?status=failed")
    assert listing.status_code == 200
    assert "503" in listing.content.decode()
    url = f"/admin/bulk/learning/xapistatement/resend/?next=/admin/&id={row.pk}"
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.status == "sent"
    assert len(lrs.requests) == len(RETRY_DELAYS) + 2


def test_wrong_credentials_fail_at_once(
    user, module, lessons, lrs, django_capture_on_commit_callbacks
):
    lrs.answers = [401]
    with django_capture_on_commit_callbacks(execute=True):
        services.complete_lesson(user, lessons[0])
    row = XapiStatement.objects.get()
    assert (row.status, row.attempts) == ("failed", 1)
    assert "401" in row.last_error


def test_outbox_is_read_only_and_resend_needs_permission(client, user, module, lessons, lrs):
    services.complete_lesson(user, lessons[0])
    row = XapiStatement.objects.get()
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/snippets/learning/xapistatement/").status_code == 200
    assert (
        client.get(f"/admin/snippets/learning/xapistatement/inspect/{row.pk}/").status_code == 200
    )
    assert client.get("/admin/snippets/learning/xapistatement/add/").status_code in (302, 403)
    assert client.get(f"/admin/snippets/learning/xapistatement/edit/{row.pk}/").status_code in (
        302,
        403,
    )
    learner_client = client.__class__()
    learner_client.force_login(user)
    assert learner_client.get("/admin/snippets/learning/xapistatement/").status_code in (302, 403)


def test_export_includes_statements_and_erasure_removes_them(user, module, lessons, lrs):
    services.complete_lesson(user, lessons[0])
    data = export(user)
    assert [s["statement"]["verb"]["id"] for s in data["xapi_statements"]] == [ADL + "completed"]
    erase(user)
    assert not XapiStatement.objects.filter(user=user).exists()


def test_scorm_results_are_statements_too(user, index, lrs):
    from learning.xapi.events import scorm_result

    module, lessons = build_module(index, lessons=1, check=False)
    scorm_result(user, lessons[0], completed=True, passed=True, score_scaled=0.85, duration="PT4M")
    statement = XapiStatement.objects.get().statement
    assert statement["verb"]["id"] == ADL + "passed"
    assert statement["result"] == {
        "completion": True,
        "success": True,
        "score": {"scaled": 0.85},
        "duration": "PT4M",
    }
