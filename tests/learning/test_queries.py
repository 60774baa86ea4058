"""Query budgets: the catalogue, module, lesson and My learning pages run the same number
of queries with 3 modules as with 30, and with 1 learner as with 500, and the module,
lesson and My learning pages never more than 12 (``CEILING``), signed in or out."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning import services
from learning.models import Enrolment, LessonCompletion, PathwayModule
from portal.accounts.models import User
from tests.factories.learning import PathwayPageFactory, build_module

pytestmark = pytest.mark.django_db

CEILING = 12


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_modules(index, learner, count, pathway):
    modules = []
    for _ in range(count):
        module, lessons = build_module(index, lessons=3)
        services.complete_lesson(learner, lessons[0])
        PathwayModule.objects.create(pathway=pathway, module=module)
        modules.append((module, lessons))
    return modules


def add_learners(modules, count, prefix="bulk"):
    users = User.objects.bulk_create(
        [User(email=f"{prefix}{i}@example.org", first_name="Bulk") for i in range(count)]
    )
    now = timezone.now()
    enrolments, completions = [], []
    for user in users:
        for module, lessons in modules:
            enrolments.append(
                Enrolment(
                    user=user,
                    module_key=module.translation_key,
                    enrolled_at=now,
                    last_activity_at=now,
                    started_at=now,
                )
            )
            completions.append(
                LessonCompletion(
                    user=user,
                    lesson_key=lessons[0].translation_key,
                    module_key=module.translation_key,
                    completed_at=now,
                )
            )
    Enrolment.objects.bulk_create(enrolments)
    LessonCompletion.objects.bulk_create(completions)


def test_pages_cost_the_same_at_two_sizes(client, user, index):
    pathway = PathwayPageFactory(parent=index)
    modules = add_modules(index, user, 3, pathway)
    module, lessons = modules[0]
    client.force_login(user)
    urls = [index.url, module.url, lessons[1].url, "/my-learning/", pathway.url]
    small = {url: count_queries(client, url) for url in urls}

    modules += add_modules(index, user, 27, pathway)
    add_learners(modules, 499)
    assert User.objects.count() >= 500
    large = {url: count_queries(client, url) for url in urls}
    assert large == small
    for url in (module.url, lessons[1].url, "/my-learning/"):
        assert large[url] <= CEILING, (url, large[url])


def test_module_and_lesson_cost_the_same_for_anonymous_visitors(client, index, user):
    pathway = PathwayPageFactory(parent=index)
    module, lessons = add_modules(index, user, 3, pathway)[0]
    urls = [module.url, lessons[1].url]
    small = [count_queries(client, url) for url in urls]
    add_modules(index, user, 27, pathway)
    large = [count_queries(client, url) for url in urls]
    assert large == small
    assert max(large) <= CEILING, large


def test_catalogue_costs_the_same_for_anonymous_visitors(client, index, user):
    pathway = PathwayPageFactory(parent=index)
    add_modules(index, user, 3, pathway)
    small = count_queries(client, index.url)
    add_modules(index, user, 27, pathway)
    assert count_queries(client, index.url) == small


def test_manager_view_costs_the_same_at_two_sizes(client, index, user):
    from portal.accounts.models import MemberProfile, ProgrammeManager
    from tests.factories.core import OrganisationFactory

    organisation = OrganisationFactory()
    pathway = PathwayPageFactory(parent=index)
    modules = add_modules(index, user, 3, pathway)
    MemberProfile.objects.filter(user=user).update(organisation=organisation)
    manager = User.objects.create(email="manager@example.org")
    MemberProfile.objects.create(user=manager, role="programme-manager", organisation=organisation)
    ProgrammeManager.objects.create(user=manager, organisation=organisation)
    client.force_login(manager)
    small = count_queries(client, "/my-learning/team/")
    modules += add_modules(index, user, 27, pathway)
    add_learners(modules, 50)
    MemberProfile.objects.bulk_create(
        [
            MemberProfile(user=person, organisation=organisation)
            for person in User.objects.filter(email__startswith="bulk")
        ]
    )
    assert count_queries(client, "/my-learning/team/") == small
