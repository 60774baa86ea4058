"""Two requests completing the same lesson at the same moment leave exactly one row."""

import threading

import pytest
from django.db import connection

from learning import services
from learning.models import Certificate, Enrolment, LessonCompletion
from tests.factories.accounts import UserFactory
from tests.factories.learning import LearningIndexPageFactory, build_module


def _race(func, *args, threads=2):
    barrier = threading.Barrier(threads)
    errors = []

    def run():
        try:
            barrier.wait()
            func(*args)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_completions_make_one_row(home_page):
    index = LearningIndexPageFactory(parent=home_page)
    module, lessons = build_module(index, lessons=1, check=False)
    user = UserFactory()
    errors = _race(services.complete_lesson, user, lessons[0])
    assert errors == []
    assert LessonCompletion.objects.filter(user=user).count() == 1
    assert Enrolment.objects.filter(user=user).count() == 1
    assert Certificate.objects.filter(user=user).count() == 1
    assert Enrolment.objects.get(user=user).completed_at is not None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_enrolments_make_one_row(home_page):
    index = LearningIndexPageFactory(parent=home_page)
    module, _lessons = build_module(index, lessons=1, check=False)
    user = UserFactory()
    errors = _race(services.enrol, user, module, threads=3)
    assert errors == []
    assert Enrolment.objects.filter(user=user).count() == 1
