"""Journeys through the network's content, as an anonymous practice manager would take them."""

from icalendar import Calendar
from playwright.sync_api import expect


def test_practice_manager_filters_reads_and_saves_an_event(page, assert_accessible):
    # Case studies, from the main navigation.
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Case studies").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Case studies")
    assert_accessible(page)

    # Filter by a theme and a region, without JavaScript doing anything special.
    page.get_by_role("checkbox", name="Housing").check()
    page.get_by_role("checkbox", name="NHS Greater Glasgow and Clyde").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/case-studies/?*theme=housing*")
    assert "region=greater-glasgow-clyde" in page.url
    expect(page.get_by_role("checkbox", name="Housing")).to_be_checked()
    expect(page.get_by_role("heading", name="case studies", exact=False).first).to_be_visible()
    results = page.locator(".results .card__title a")
    expect(results.first).to_be_visible()
    titles = results.all_inner_texts()
    assert titles and all(title for title in titles)
    assert "Dundee: generalist link workers embedded in general practice" not in titles
    assert_accessible(page)

    # Open one, then follow a related case study.
    results.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(titles[0])
    expect(page.get_by_role("heading", name="Related case studies")).to_be_visible()
    assert_accessible(page)
    related = page.locator(".related .card__title a").first
    related_title = related.inner_text()
    related.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(related_title)
    assert_accessible(page)

    # An upcoming event's calendar file.
    page.goto("/events/")
    expect(page.get_by_role("heading", name="Upcoming events")).to_be_visible()
    assert_accessible(page)
    page.locator("#upcoming-heading + ul .card__title a").first.click()
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to your calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(open(download.path(), "rb").read())
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == page.get_by_role("heading", level=1).inner_text()


def test_guidance_resources_and_gaelic_case_studies_are_accessible(page, assert_accessible):
    page.goto("/guidance/")
    expect(page.get_by_role("heading", name="For GP practice teams")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Asset mapping", exact=False).first.click()
    expect(page.get_by_text("(review overdue)")).to_be_visible()
    assert_accessible(page)

    page.goto("/resources/")
    expect(page.get_by_text("Members see more resources after signing in.")).to_be_visible()
    assert_accessible(page)

    page.goto("/gd/eisimpleirean/")
    expect(page.locator("html")).to_have_attribute("lang", "gd")
    expect(page.get_by_role("heading", level=1)).to_have_text("Eisimpleirean")
    assert_accessible(page)


def test_network_pages_fit_a_320_pixel_screen(page):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/case-studies/", "/guidance/", "/events/", "/news/", "/resources/"):
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width}px wide on a 320px screen"
