"""The front door: a practice manager reaches what they came for in one click each, and a
signed-in learner resumes their module from the home page."""

import re

from playwright.sync_api import expect

from learning.demo import module_path
from portal.core.demo_tools import content

MODULE = content(module_path("good-conversations"))


def test_practice_manager_reaches_case_studies_guidance_and_the_next_event(page, assert_accessible):
    page.goto("/")
    expect(page.get_by_role("heading", name="Find your way in")).to_be_visible()
    assert_accessible(page)

    # Housing case studies in Glasgow: one click.
    page.get_by_role("link", name="Housing case studies in Glasgow").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Case studies")
    assert "theme=housing" in page.url and "region=greater-glasgow-clyde" in page.url
    expect(page.get_by_role("checkbox", name="Housing")).to_be_checked()
    expect(page.get_by_role("checkbox", name="NHS Greater Glasgow and Clyde")).to_be_checked()
    titles = page.locator(".results .card__title a").all_inner_texts()
    assert any(title.startswith("Leanne's story") for title in titles), titles
    assert not any(title.startswith("Dundee") for title in titles), titles
    assert_accessible(page)

    # Practice guidance: one click.
    page.goto("/")
    page.get_by_role("main").get_by_role("link", name="Guidance for practices").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Guidance for practices")

    # The next event: one click, from the listing filled automatically.
    page.goto("/")
    events = page.locator(
        "section.section-listing", has=page.get_by_role("heading", name="Next events")
    )
    first = events.locator(".card__title a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    assert_accessible(page)


def test_signed_in_learner_resumes_the_module_from_home(page, sign_in, assert_accessible):
    sign_in("learner@demo.clw.scot")
    page.goto("/")
    panel = page.locator("section.personal")
    expect(panel.get_by_role("heading", name="Continue where you left off")).to_be_visible()
    expect(panel.get_by_text(MODULE["title"])).to_be_visible()
    expect(panel.locator("#home-progress-label")).to_have_text("50% complete")
    expect(panel.get_by_role("heading", name="Certificates")).to_be_visible()
    expect(panel.get_by_role("heading", name="Membership")).to_be_visible()
    expect(panel.get_by_role("heading", name="Next event")).to_be_visible()
    assert_accessible(page)

    resume = panel.get_by_role("link", name=re.compile(r"^Next lesson: "))
    lesson = resume.inner_text().removeprefix("Next lesson: ")
    resume.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson)
    assert "/learning/good-conversations/" in page.url

    # The account menu opens without a script and leads to the person's own pages.
    menu = page.locator("details.account-menu")
    menu.locator("summary").click()
    expect(menu.get_by_role("link", name="Join the network")).to_be_visible()
    assert_accessible(page)
    menu.get_by_role("link", name="My learning").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


def test_gaelic_home_page_in_gaelic(page, assert_accessible):
    page.goto("/gd/")
    gaelic = content("core/home.yaml", "gd")
    expect(
        page.get_by_role("heading", name=gaelic["body"][0]["ways_in"]["heading"])
    ).to_be_visible()
    page.get_by_role("link", name="Eisimpleirean mu thaigheadas ann an Glaschu").click()
    case_studies = content("network/case-studies/index.yaml", "gd")["title"]
    expect(page.get_by_role("heading", level=1)).to_have_text(case_studies)
    assert "/gd/" in page.url and "theme=housing" in page.url
    assert_accessible(page)
