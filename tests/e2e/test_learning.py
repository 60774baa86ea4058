"""The learning journey: the demo learner finishes a module and checks the certificate."""

import re

from playwright.sync_api import expect

from learning.demo import lesson_path, module_path
from portal.core.demo_tools import blocks, content

MODULE = content(module_path("good-conversations"))
LESSONS = {slug: content(lesson_path("good-conversations", slug)) for slug in MODULE["lessons"]}


def questions(slug):
    return [value for kind, value in blocks(LESSONS[slug]["body"]) if kind == "question"]


def answer(page, slug, right):
    """Tick the right (or a wrong) answer to every question of the lesson's check."""
    for question in questions(slug):
        fieldset = page.locator("fieldset", has_text=question["question"])
        chosen = [o for o in question["options"] if bool(o["correct"]) == right]
        if question["kind"] == "single":
            chosen = chosen[:1]
        for option in chosen:
            fieldset.get_by_label(option["text"], exact=True).check()


def test_learner_finishes_a_module_and_verifies_the_certificate(
    page, sign_in, assert_accessible, browser, demo_site
):
    sign_in("learner@demo.clw.scot")

    page.goto("/learning/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Learning")
    assert_accessible(page)
    page.get_by_role("link", name=MODULE["title"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(MODULE["title"])
    expect(page.locator("#module-progress-label")).to_have_text("50% complete")
    assert_accessible(page)

    # A private reflection, saved without reloading the page.
    page.get_by_role("link", name=LESSONS["building-trust"]["title"]).click()
    page.get_by_label("Your private notes").fill("Be on time, and do what I said I would.")
    page.get_by_role("button", name="Save my notes").click()
    expect(page.get_by_role("status").filter(has_text="Your notes are saved.")).to_be_visible()
    page.reload()
    expect(page.get_by_label("Your private notes")).to_have_value(
        "Be on time, and do what I said I would."
    )

    # Fail the knowledge check, then pass it.
    page.get_by_role(
        "link", name=re.compile("Next: " + LESSONS["goals-and-endings"]["title"])
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSONS["goals-and-endings"]["title"])
    assert_accessible(page)
    answer(page, "goals-and-endings", right=False)
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator("#check-results")).to_contain_text("Not passed yet")
    assert_accessible(page)
    answer(page, "goals-and-endings", right=True)
    for question in questions("goals-and-endings"):
        if question["kind"] == "multiple":
            fieldset = page.locator("fieldset", has_text=question["question"])
            for option in question["options"]:
                if not option["correct"]:
                    fieldset.get_by_label(option["text"], exact=True).uncheck()
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#check-results")).to_contain_text("You passed")
    expect(page.locator("#module-progress-label")).to_have_text("75% complete")

    page.get_by_role("link", name=re.compile("Next: ")).click()
    answer(page, "trauma-informed", right=True)
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator("#check-results")).to_contain_text("You passed")
    expect(page.locator("#module-progress-label")).to_have_text("100% complete")
    expect(page.get_by_text("Your certificate is ready.")).to_be_visible()

    page.goto("/my-learning/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("View " + re.escape(MODULE["title"]))).click()
    expect(page.get_by_text("This certificate is valid.")).to_be_visible()
    public_url = page.url

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    path = download_info.value.path()
    with open(path, "rb") as pdf:
        assert pdf.read(4) == b"%PDF"

    # Anyone can check it, without signing in.
    other = browser.new_context(base_url=demo_site)
    anonymous = other.new_page()
    anonymous.goto(public_url)
    expect(anonymous.get_by_text("This certificate is valid.")).to_be_visible()
    expect(anonymous.get_by_text("Morag Campbell")).to_be_visible()
    expect(anonymous.get_by_text(MODULE["title"])).to_be_visible()
    assert_accessible(anonymous)
    other.close()
