"""The learning demo content: modules, pathway, Gaelic module and the demo learner's progress."""

import pytest

from learning.models import Certificate, Enrolment, LessonPage, ModulePage, PathwayPage
from portal.accounts.models import User


@pytest.mark.django_db
def test_demo_learning_content(demo_content, client):
    english = ModulePage.objects.live().filter(locale__language_code="en")
    assert english.count() == 5
    for module in english:
        lessons = LessonPage.objects.child_of(module).live().specific()
        assert lessons.count() >= 3
        assert any(lesson.has_check for lesson in lessons)
        assert any(lesson.reflection_prompt_ids() for lesson in lessons)
    pathway = PathwayPage.objects.get(slug="new-clw-induction", locale__language_code="en")
    assert pathway.pathway_modules.count() == 5

    gaelic = ModulePage.objects.live().get(locale__language_code="gd")
    assert gaelic.title == "Na bhios Obraiche Ceangail Coimhearsnachd a' dèanamh"
    assert LessonPage.objects.child_of(gaelic).live().count() == 4
    response = client.get(gaelic.url)
    assert response.status_code == 200 and 'lang="gd"' in response.content.decode()

    learner = User.objects.get(email="learner@demo.clw.scot")
    enrolments = Enrolment.objects.filter(user=learner)
    assert enrolments.filter(completed_at__isnull=False).count() == 1
    assert enrolments.filter(completed_at__isnull=True, started_at__isnull=False).count() == 1
    certificate = Certificate.objects.get(user=learner)
    assert client.get(f"/certificates/{certificate.code}/").status_code == 200

    html = client.get("/").content.decode()
    assert 'href="/learning/"' in html  # in the header navigation
