"""Browser journeys through site search, in English and Gaelic."""

import re

from playwright.sync_api import expect


def test_search_from_the_header_narrow_and_open_a_result(page, assert_accessible):
    page.goto("/")
    page.get_by_role("combobox", name="Search the site").fill("network")
    page.get_by_role("combobox", name="Search the site").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=network"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.locator(".search-count")).to_contain_text("for “network” in English")
    expect(page.locator(".search-hit mark").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("group", name="Content type").get_by_label(re.compile(r"^Page")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"type=page"))
    expect(page.get_by_role("link", name=re.compile("Remove filter"))).to_be_visible()
    assert_accessible(page)

    page.locator(".search-hits").get_by_role("link", name="About the network").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("About the network")


def test_suggestions_in_the_header_with_the_keyboard(page):
    page.goto("/")
    box = page.get_by_role("combobox", name="Search the site")
    box.press_sequentially("accessib", delay=30)
    option = page.get_by_role("option", name=re.compile("Accessibility statement"))
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    page.wait_for_url("**/accessibility/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")


def test_search_in_gaelic(page, assert_accessible):
    page.goto("/gd/")
    box = page.locator("#site-search-q")
    box.fill("lìonra")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/gd/search/"))
    expect(page.locator("html")).to_have_attribute("lang", "gd")
    expect(page.locator(".search-hits")).to_contain_text("Mun lìonra")
    assert_accessible(page)
    page.locator(".search-hits").get_by_role("link", name="Mun lìonra").click()
    page.wait_for_url("**/gd/mun-lionra/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mun lìonra")


def test_nothing_found_is_helpful_and_accessible(page, assert_accessible):
    page.goto("/search/?q=xylophone")
    expect(page.get_by_role("heading", name="Nothing matched “xylophone”")).to_be_visible()
    page.get_by_role("link", name="Search in all languages").click()
    expect(page.locator(".search-count")).to_contain_text("0 results")
    assert_accessible(page)
