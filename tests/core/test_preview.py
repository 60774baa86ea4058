"""Previewing a page in the admin shows it and changes no learner data.

Wagtail's preview renders a page through ``serve_preview`` with ``request.is_preview``
set. Editors preview lessons and modules all the time; doing so must never enrol them,
record a visit or otherwise write what the learning and framework apps keep about a
person (every model their ``personal_data`` providers list).
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from learning.models import Enrolment, PathwayModule
from portal.accounts.data_rights import covered_models
from tests.factories.accounts import UserFactory
from tests.factories.core import StandardPageFactory
from tests.factories.frameworks import make_framework, make_framework_page
from tests.factories.learning import LearningIndexPageFactory, PathwayPageFactory, build_module
from tests.factories.network import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    editor = UserFactory(is_staff=False)
    editor.groups.add(Group.objects.get(name="Editors"), Group.objects.get(name="Moderators"))
    return editor


@pytest.fixture
def pages(home_page):
    index = LearningIndexPageFactory(parent=home_page)
    module, lessons = build_module(index)
    pathway = PathwayPageFactory(parent=index)
    PathwayModule.objects.create(pathway=pathway, module=module)
    make_framework()
    case_studies = CaseStudyIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)
    return [
        home_page,
        StandardPageFactory(parent=home_page),
        index,
        module,
        lessons[0],
        lessons[-1],  # the lesson with a knowledge check
        pathway,
        make_framework_page(home_page),
        case_studies,
        CaseStudyPageFactory(parent=case_studies),
        events,
        EventPageFactory(parent=events),
    ]


def _learner_data():
    return {model._meta.label: model.objects.count() for model in covered_models()}


def test_previewing_any_page_changes_no_learner_data(client, editor, pages):
    client.force_login(editor)
    before = _learner_data()
    for page in pages:
        revision = page.save_revision()
        url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
        response = client.get(url)
        assert response.status_code == 200, page
        assert page.title.encode() in response.content, page
    assert _learner_data() == before
    assert not Enrolment.objects.filter(user=editor).exists()


def test_opening_a_lesson_still_records_the_visit(client, editor, pages):
    """The real view (not a preview) is the explicit "visited": it enrols the learner."""
    lesson = pages[4]
    client.force_login(editor)
    assert client.get(lesson.url).status_code == 200
    assert Enrolment.objects.filter(user=editor, last_lesson_key=lesson.translation_key).exists()


def test_a_head_request_records_nothing(client, editor, pages):
    lesson = pages[4]
    client.force_login(editor)
    assert client.head(lesson.url).status_code == 200
    assert not Enrolment.objects.filter(user=editor).exists()
