"""SCORM journey: a learner plays a SCORM 1.2 and a SCORM 2004 lesson in Chromium.

The packages are built by the test, imported into the demo module the learner is part
way through, and report completion through the runtime API (``API`` and
``API_1484_11``) from inside the lesson's frame; the module's progress moves.
"""

import re

from playwright.sync_api import expect

from learning.demo import PART_WAY
from learning.models import ModulePage
from tests.factories.scorm import add_scorm_lesson


def percent(page):
    text = page.locator("#module-progress-label").inner_text()
    return int(re.search(r"\d+", text).group())


def test_learner_completes_scorm_lessons_and_the_module_progress_moves(
    page, sign_in, assert_accessible
):
    module = ModulePage.objects.get(slug=PART_WAY, locale__language_code="en")
    lessons = [
        add_scorm_lesson(module, "1.2", title="Welcome film (SCORM 1.2)", mastery=80),
        add_scorm_lesson(module, "2004", title="Practice scenario (SCORM 2004)", mastery="0.8"),
    ]
    sign_in("learner@demo.clw.scot")
    page.goto(module.url)
    before = percent(page)

    for lesson in lessons:
        page.goto(lesson.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        start = percent(page)
        activity = page.frame_locator("#scorm-frame")
        expect(activity.locator("#connected")).to_have_text("yes")
        expect(activity.locator("#entry")).to_have_text("ab-initio")
        assert_accessible(page)
        activity.get_by_role("button", name="Finish the activity").click()
        expect(activity.get_by_role("button", name="Finished")).to_be_visible()
        expect(page.locator("#scorm-done")).to_be_visible()
        expect(page.locator("#scorm-status")).to_have_text("You have completed this lesson.")
        assert percent(page) > start

    page.goto(module.url)
    assert percent(page) > before
    for lesson in lessons:
        item = page.get_by_role("listitem").filter(has=page.get_by_role("link", name=lesson.title))
        expect(item.locator(".status--completed")).to_be_visible()


def test_a_learner_who_leaves_part_way_resumes(page, sign_in):
    module = ModulePage.objects.get(slug=PART_WAY, locale__language_code="en")
    lesson = add_scorm_lesson(module, "1.2", title="Resumable film")
    sign_in("learner@demo.clw.scot")
    # The activity saves its place as it loads; the runtime commits it.
    with page.expect_response(lambda r: r.url.endswith("/runtime/")) as commit:
        page.goto(lesson.url)
    assert commit.value.ok
    activity = page.frame_locator("#scorm-frame")
    expect(activity.locator("#connected")).to_have_text("yes")
    expect(activity.locator("#location")).to_have_text("")
    # The activity commits its place again as it loads: wait for that commit, so no
    # request is still writing when the test's database is emptied.
    with page.expect_response(lambda r: r.url.endswith("/runtime/")) as again:
        page.reload()
    assert again.value.ok
    activity = page.frame_locator("#scorm-frame")
    expect(activity.locator("#location")).to_have_text("page-2")
