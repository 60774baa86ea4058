"""The learning pages: the catalogue, modules, lessons, checks and visibility."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from learning.models import (
    Attempt,
    Enrolment,
    LearningIndexPage,
    LessonCompletion,
    LessonPage,
    ModulePage,
    PathwayModule,
    PathwayPage,
)
from learning.scorm.models import ScormLessonPage
from portal.core.models import HomePage
from tests.factories.core import ThemeFactory
from tests.factories.learning import (
    LessonPageFactory,
    PathwayPageFactory,
    build_module,
    right_answers,
    wrong_answers,
)

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_where_learning_pages_live(self):
        self.assertCanCreateAt(HomePage, LearningIndexPage)
        self.assertAllowedSubpageTypes(LearningIndexPage, {ModulePage, PathwayPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, ScormLessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(HomePage, ModulePage)


def test_lesson_html_never_contains_answers_or_feedback(client, lessons):
    html = client.get(lessons[2].url).content.decode()
    assert "Who can refer someone to a link worker?" in html
    assert "Anyone in the practice team" in html
    for secret in ("Yes, anyone.", "No: anyone in the team can refer.", "correct", "Yes, often."):
        assert secret not in html


def test_catalogue_lists_modules_with_learner_status(client, user, index, module, lessons):
    other, _ = build_module(index, title="Asset mapping", slug="asset-mapping")
    client.force_login(user)
    client.post(lessons[0].url, {"action": "complete"})
    html = client.get(index.url).content.decode()
    assert "Good conversations" in html and "Asset mapping" in html
    assert "In progress" in html and "33% complete" in html
    assert "Not started" in html


def test_catalogue_filters_by_theme_level_and_length(client, index):
    housing = ThemeFactory(slug="housing", name="Housing")
    build_module(
        index,
        title="Housing basics",
        estimated_minutes=30,
        practice_level="skilled",
        themes=[housing],
    )
    build_module(index, title="Long read", estimated_minutes=120, practice_level="informed")
    assert "Long read" not in client.get(index.url, {"theme": "housing"}).content.decode()
    html = client.get(index.url, {"level": "informed"}).content.decode()
    assert "Long read" in html and "Housing basics" not in html
    html = client.get(index.url, {"length": "short"}).content.decode()
    assert "Housing basics" in html and "Long read" not in html
    # nonsense filters are ignored, not an error
    assert client.get(index.url, {"level": "wizard"}).status_code == 200


def test_private_modules_are_hidden_from_those_who_may_not_see_them(client, user, index):
    public, _ = build_module(index, title="Open to all")
    members, _ = build_module(index, title="Members only")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    group_only, _ = build_module(index, title="Managers only")
    restriction = PageViewRestriction.objects.create(
        page=group_only, restriction_type=PageViewRestriction.GROUPS
    )
    managers = Group.objects.create(name="Managers")
    restriction.groups.add(managers)

    html = client.get(index.url).content.decode()
    assert "Open to all" in html and "Members only" not in html and "Managers only" not in html
    assert client.get(members.url).status_code == 302  # sent to sign in

    client.force_login(user)
    html = client.get(index.url).content.decode()
    assert "Members only" in html and "Managers only" not in html
    user.groups.add(managers)
    assert "Managers only" in client.get(index.url).content.decode()


def test_anonymous_reader_sees_lessons_and_an_invitation(client, lessons):
    html = client.get(lessons[0].url).content.decode()
    assert "to keep your progress" in html
    assert 'value="complete"' not in html


def test_first_lesson_visit_enrols_a_signed_in_learner(client, user, module, lessons):
    client.force_login(user)
    client.get(lessons[1].url)
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.last_lesson_key == lessons[1].translation_key
    html = client.get(module.url).content.decode()
    assert f"Continue: {lessons[1].title}" in html  # where they left off


def test_enrol_button(client, user, module, lessons):
    client.force_login(user)
    response = client.post(module.url, {"action": "enrol"})
    assert response.status_code == 302 and response.url == lessons[0].url
    assert Enrolment.objects.filter(user=user, module_key=module.translation_key).count() == 1
    client.post(module.url, {"action": "enrol"})
    assert Enrolment.objects.filter(user=user).count() == 1


def test_anonymous_enrol_goes_to_sign_in(client, module):
    response = client.post(module.url, {"action": "enrol"})
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not Enrolment.objects.exists()


def test_mark_as_complete_moves_to_the_next_lesson(client, user, lessons):
    client.force_login(user)
    response = client.post(lessons[0].url, {"action": "complete"})
    assert response.url == lessons[1].url
    assert LessonCompletion.objects.filter(user=user).count() == 1


def test_failing_then_passing_the_check(client, user, module, lessons):
    client.force_login(user)
    client.post(lessons[0].url, {"action": "complete"})
    client.post(lessons[1].url, {"action": "complete"})
    lesson = lessons[2]
    response = client.post(lesson.url, wrong_answers(lesson))
    assert response.status_code == 302
    html = client.get(response.url).content.decode()
    assert "Not passed yet" in html and "0 of 2" in html
    assert "No: anyone in the team can refer." in html  # feedback on the chosen option
    response = client.post(lesson.url, right_answers(lesson))
    html = client.get(response.url).content.decode()
    assert "You passed" in html
    assert Attempt.objects.filter(user=user).count() == 2
    html = client.get(module.url).content.decode()
    assert "You have completed this module." in html and "100% complete" in html


@pytest.mark.parametrize(
    "tamper",
    ["missing", "unknown option", "unknown question", "not a number", "two answers to single"],
)
def test_bad_answers_give_a_form_error_and_record_nothing(client, user, lessons, tamper):
    client.force_login(user)
    lesson = lessons[2]
    data = right_answers(lesson)
    single, multiple = lesson.questions
    if tamper == "missing":
        del data[f"answer-{single.id}"]
    elif tamper == "unknown option":
        data[f"answer-{single.id}"] = "7"
    elif tamper == "unknown question":
        data["answer-00000000-not-a-question"] = "1"
    elif tamper == "not a number":
        data[f"answer-{multiple.id}"] = ["zero"]
    elif tamper == "two answers to single":
        data[f"answer-{single.id}"] = ["0", "1"]
    response = client.post(lesson.url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert not Attempt.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_anonymous_check_is_marked_but_not_kept(client, lessons):
    lesson = lessons[2]
    response = client.post(lesson.url, wrong_answers(lesson))
    html = response.content.decode()
    assert response.status_code == 200 and "Not passed yet" in html
    assert "Sign in to have your result recorded." in html
    assert not Attempt.objects.exists()


def test_locked_module_says_so_and_records_nothing(client, user, index, module, lessons):
    later, later_lessons = build_module(index, lessons=1, check=False, title="Next steps")
    later.prerequisites.add(module)
    later.save_revision().publish()
    client.force_login(user)
    html = client.get(later.url).content.decode()
    assert "This module is locked" in html and "Good conversations" in html
    assert "Locked: complete Good conversations first." in client.get(index.url).content.decode()
    html = client.get(later_lessons[0].url).content.decode()
    assert "This module is locked" in html
    client.post(later_lessons[0].url, {"action": "complete"})
    assert not LessonCompletion.objects.exists()
    assert not Enrolment.objects.filter(module_key=later.translation_key).exists()


def test_pathway_shows_modules_in_order_and_progress(client, user, index, module, lessons):
    second, _ = build_module(index, title="Second step", check=False)
    pathway = PathwayPageFactory(parent=index, title="New CLW induction")
    PathwayModule.objects.create(pathway=pathway, module=second, sort_order=1)
    PathwayModule.objects.create(pathway=pathway, module=module, sort_order=0)
    client.force_login(user)
    html = client.get(pathway.url).content.decode()
    assert html.index("Good conversations") < html.index("Second step")
    assert "You have completed 0 of 2 modules." in html


def test_previous_and_next_navigation(client, lessons):
    html = client.get(lessons[1].url).content.decode()
    assert f'href="{lessons[0].url}" rel="prev"' in html
    assert f'href="{lessons[2].url}" rel="next"' in html


def test_lesson_navigation_follows_publishing_and_restrictions_at_once(
    client, user, module, lessons
):
    """The module's lessons are kept between requests: a change shows on the next one."""
    last = lessons[-1]
    assert f'href="{last.url}" rel="next"' in client.get(lessons[-2].url).content.decode()
    added = LessonPageFactory(parent=module, title="One more lesson", slug="one-more")
    added.save_revision().publish()
    added.refresh_from_db()
    assert f'href="{added.url}" rel="next"' in client.get(last.url).content.decode()
    added.unpublish()
    assert 'rel="next"' not in client.get(last.url).content.decode()
    restriction = PageViewRestriction.objects.create(
        page=last, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Members")[0]])
    client.force_login(user)
    assert 'rel="next"' not in client.get(lessons[-2].url).content.decode()


def test_lessons_are_searchable_without_answers(lessons):
    body = lessons[2].get_search_body()
    assert "Lesson 3 text." in body
    assert "Yes, anyone." not in body
    module = lessons[0].get_parent().specific
    assert module.get_search_facets()["practice_level"] == "informed"


def test_wagtail_search_never_matches_answer_feedback(lessons):
    from wagtail.models import Page

    assert not Page.objects.live().search("Broken bones")  # an option: not indexed
    assert not Page.objects.live().search("anyone in the team can refer")  # feedback
    assert lessons[2].pk in [p.pk for p in Page.objects.live().search("Lesson 3 text")]


def test_a_lesson_completed_in_gaelic_is_complete_in_english(
    client, user, module, lessons, gaelic_home_page, gaelic
):
    gd_index = module.get_parent().copy_for_translation(gaelic)
    gd_index.save_revision().publish()
    gd_module = module.copy_for_translation(gaelic)
    gd_module.save_revision().publish()
    gd_lesson = lessons[0].copy_for_translation(gaelic)
    gd_lesson.title = "A' chiad leasan"
    gd_lesson.save_revision().publish()
    gd_lesson.refresh_from_db()  # its address comes from its Gaelic title
    assert gd_lesson.slug == "a-chiad-leasan"
    client.force_login(user)
    assert gd_lesson.url.startswith("/gd/")
    html = client.get(gd_lesson.url).content.decode()
    assert '<html lang="gd"' in html
    client.post(gd_lesson.url, {"action": "complete"})
    html = client.get(module.url).content.decode()
    assert "33% complete" in html
    assert LessonCompletion.objects.get(user=user).lesson_key == lessons[0].translation_key
    # The lessons not yet translated are still needed to complete the module.
    assert not Enrolment.objects.get(user=user).completed_at
