"""The first journeys: the home page in both languages, switching, signing in."""

from playwright.sync_api import expect


def test_home_page_in_english_and_gaelic(page, assert_accessible):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Scottish Community Link Worker Network"
    )
    assert_accessible(page)

    page.get_by_role("link", name="Gàidhlig").click()
    page.wait_for_url("**/gd/")
    expect(page.locator("html")).to_have_attribute("lang", "gd")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lìonra Luchd-obrach")
    assert_accessible(page)

    page.get_by_role("link", name="English").click()
    page.wait_for_url(lambda url: not url.rstrip("/").endswith("/gd"))
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_standard_page_and_its_translation(page, assert_accessible):
    page.goto("/about/")
    expect(page.get_by_role("heading", level=1)).to_have_text("About the network")
    assert_accessible(page)
    page.get_by_role("link", name="Gàidhlig").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mun lìonra")


def test_demo_learner_signs_in(page, sign_in, assert_accessible):
    page.goto("/accounts/login/")
    assert_accessible(page)
    sign_in("learner@demo.clw.scot")
    menu = page.locator("details.account-menu")
    expect(menu.locator("summary")).to_contain_text("Morag Campbell")
    menu.locator("summary").click()
    menu.get_by_role("link", name="Profile and personal data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    assert_accessible(page)


def test_pages_fit_a_320_pixel_screen(page):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/", "/gd/", "/about/", "/accounts/login/"):
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= 320, f"{path} is {overflow}px wide on a 320px screen"


def test_keyboard_users_can_skip_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
