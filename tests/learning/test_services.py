"""Progress services: enrolment, completion, attempts, passing, certificates, locks."""

import pytest

from learning import services
from learning.models import Attempt, Certificate, Enrolment, LessonCompletion
from tests.factories.accounts import UserFactory
from tests.factories.learning import build_module

pytestmark = pytest.mark.django_db


def answers(lesson, right=True):
    return {
        block.id: [i for i, o in enumerate(block.value["options"]) if bool(o["correct"]) == right]
        for block in lesson.questions
    }


def test_enrol_is_idempotent(user, module):
    first = services.enrol(user, module)
    second = services.enrol(user, module)
    assert first.pk == second.pk
    assert Enrolment.objects.filter(user=user).count() == 1
    assert first.module_key == module.translation_key


def test_completing_a_lesson_twice_keeps_one_row(user, module, lessons):
    services.complete_lesson(user, lessons[0])
    services.complete_lesson(user, lessons[0])
    assert LessonCompletion.objects.filter(user=user).count() == 1
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.started_at is not None
    assert enrolment.last_lesson_key == lessons[0].translation_key


def test_lesson_with_a_check_cannot_be_marked_complete_by_hand(user, lessons):
    with pytest.raises(services.LearningError):
        services.mark_lesson_complete(user, lessons[2])
    assert not LessonCompletion.objects.exists()


def test_failed_attempt_is_kept_and_completes_nothing(user, lessons):
    attempt, marking, certificate = services.record_attempt(
        user, lessons[2], answers(lessons[2], False)
    )
    assert not marking.passed and marking.correct == 0 and marking.total == 2
    assert attempt.score == 0 and not attempt.passed
    assert certificate is None
    assert not LessonCompletion.objects.filter(lesson_key=lessons[2].translation_key).exists()


def test_every_attempt_is_kept_and_passing_completes_the_lesson(user, lessons):
    services.record_attempt(user, lessons[2], answers(lessons[2], False))
    services.record_attempt(user, lessons[2], answers(lessons[2], True))
    assert Attempt.objects.filter(user=user).count() == 2
    assert Attempt.objects.filter(user=user, passed=True).count() == 1
    assert LessonCompletion.objects.filter(lesson_key=lessons[2].translation_key).exists()


def test_multiple_choice_needs_exactly_the_correct_options(lessons):
    lesson = lessons[2]
    single, multiple = lesson.questions
    partly = {single.id: [1], multiple.id: [0]}  # one of the two correct options only
    marking = services.mark(lesson, partly)
    assert [r.correct for r in marking.results] == [True, False]
    assert marking.score == 50 and not marking.passed
    # feedback is given for each chosen option
    assert marking.results[1].feedback == [("Housing", True, "Yes, often.")]


def test_pass_mark_below_100_passes_with_some_wrong(user, lessons):
    lesson = lessons[2]
    lesson.pass_mark = 50
    lesson.save_revision().publish()
    single, multiple = lesson.questions
    _attempt, marking, _cert = services.record_attempt(
        user, lesson, {single.id: [1], multiple.id: [1]}
    )
    assert marking.score == 50 and marking.passed


def test_completing_every_required_lesson_issues_one_certificate(user, module, lessons):
    assert services.complete_lesson(user, lessons[0]) is None
    assert services.complete_lesson(user, lessons[1]) is None
    _attempt, _marking, certificate = services.record_attempt(user, lessons[2], answers(lessons[2]))
    assert certificate is not None
    assert certificate.holder_name == user.display_name
    assert certificate.module_title == module.title
    assert len(certificate.code) >= 16
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.completed_at is not None
    assert enrolment.cpd_minutes == module.estimated_minutes == certificate.cpd_minutes
    # Doing it again changes nothing.
    again = services.complete_lesson(user, lessons[0])
    assert again.pk == certificate.pk
    assert Certificate.objects.count() == 1


def test_optional_lessons_are_not_needed(user, index):
    module, lessons = build_module(index, lessons=2, check=False)
    lessons[1].required = False
    lessons[1].save_revision().publish()
    certificate = services.complete_lesson(user, lessons[0])
    assert certificate is not None


def test_certificate_codes_are_unguessable_and_distinct(index):
    codes = {services.new_certificate_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(code) >= 16 for code in codes)


def test_a_certificate_code_never_starts_with_a_formula_character(monkeypatch):
    drawn = iter(["-starts-like-a-formula", "_underscore_first_x", "Ab3-rest_of_code"])
    monkeypatch.setattr(services.secrets, "token_urlsafe", lambda n: next(drawn))
    assert services.new_certificate_code() == "Ab3-rest_of_code"


def test_a_module_with_an_unfinished_prerequisite_is_locked(user, index, module, lessons):
    later, later_lessons = build_module(index, lessons=1, check=False)
    later.prerequisites.add(module)
    later.save_revision().publish()
    with pytest.raises(services.ModuleLocked):
        services.enrol(user, later)
    with pytest.raises(services.ModuleLocked):
        services.complete_lesson(user, later_lessons[0])
    services.complete_lesson(user, lessons[0])
    services.complete_lesson(user, lessons[1])
    services.record_attempt(user, lessons[2], answers(lessons[2]))
    assert services.complete_lesson(user, later_lessons[0]) is not None


def test_progress_in_gaelic_counts_in_english(user, module, lessons, gaelic_home_page, gaelic):
    from learning import selectors

    gd_index = module.get_parent().copy_for_translation(gaelic)
    gd_index.save_revision().publish()
    gd_module = module.copy_for_translation(gaelic)
    gd_module.save_revision().publish()
    gd_lesson = lessons[0].copy_for_translation(gaelic)
    gd_lesson.save_revision().publish()
    services.complete_lesson(user, gd_lesson.specific)
    progress = selectors.progress_for(user, [module])[module.translation_key]
    assert lessons[0].translation_key in progress.lesson_keys_done
    assert progress.done == 1 and progress.total == 3


def test_two_learners_progress_is_separate(module, lessons):
    one, two = UserFactory(), UserFactory()
    services.complete_lesson(one, lessons[0])
    assert not LessonCompletion.objects.filter(user=two).exists()


def test_reopening_the_lesson_a_learner_is_on_writes_nothing(user, module, lessons):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    services.visit_lesson(user, lessons[0])
    with CaptureQueriesContext(connection) as queries:
        visit = services.visit_lesson(user, lessons[0])
    assert visit.enrolment.last_lesson_key == lessons[0].translation_key
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))]


def test_moving_on_and_coming_back_later_are_remembered(user, module, lessons):
    import datetime

    from django.utils import timezone

    services.visit_lesson(user, lessons[0])
    services.visit_lesson(user, lessons[1])
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.last_lesson_key == lessons[1].translation_key
    earlier = timezone.now() - services.ACTIVITY_RESOLUTION - datetime.timedelta(seconds=1)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=earlier)
    visit = services.visit_lesson(user, lessons[1])
    enrolment.refresh_from_db()
    assert enrolment.last_activity_at > earlier
    assert visit.enrolment.last_activity_at == enrolment.last_activity_at
