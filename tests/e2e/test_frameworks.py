"""The demo learner reads the framework, assesses themself, sees recommendations, returns
to finish a second assessment and sees the history chart; axe-core checks each page."""

from playwright.sync_api import expect
from wagtail import hooks

from frameworks.selectors import COMPETENCY_LEARNING_HOOK


def fake_learning(identities, user):
    """Stands in for the learning app: one module for every competency, at Enhanced."""
    return [
        {
            "identity": identity,
            "level": "enhanced",
            "title": "Practice module for this competency",
            "url": "/framework/",
            "completed": False,
        }
        for identity in identities
    ]


def test_framework_is_public_and_printable(page, assert_accessible):
    page.goto("/framework/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Competency framework")
    expect(page.locator("#competency-2-1")).to_contain_text("Knowing local community assets")
    assert_accessible(page)
    page.emulate_media(media="print")
    expect(page.locator(".framework-nav")).to_be_hidden()
    page.emulate_media(media="screen")
    page.goto("/gd/fream-chomasan/")
    expect(page.locator("html")).to_have_attribute("lang", "gd")
    expect(page.locator("#competency-1-1")).to_contain_text("togail earbsa")
    assert_accessible(page)


def test_learner_assesses_sees_gaps_returns_and_sees_history(page, sign_in, assert_accessible):
    sign_in("learner@demo.clw.scot")
    with hooks.register_temporarily(COMPETENCY_LEARNING_HOOK, fake_learning):
        page.goto("/framework/self-assessment/")
        expect(page.get_by_role("heading", level=1)).to_contain_text("Assess yourself")
        assert_accessible(page)

        first = page.get_by_role("group", name="1.1 Building trust and rapport")
        first.get_by_label("Enhanced").check()
        first.get_by_label("Note").fill("Better with new people")
        page.get_by_role("button", name="Save and come back later").click()
        expect(page.locator(".message--success")).to_contain_text("come back and finish")

        # Returning later: the answers are still there.
        page.goto("/framework/self-assessment/")
        first = page.get_by_role("group", name="1.1 Building trust and rapport")
        expect(first.get_by_label("Enhanced")).to_be_checked()
        page.get_by_role("group", name="6.2 Evaluation and evidence").get_by_label(
            "Skilled"
        ).check()
        page.get_by_role("button", name="Save and finish").click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Your gaps and learning plan")
        page.get_by_label("Target level").select_option("enhanced")
        page.get_by_role("button", name="Show gaps").click()
        expect(page.locator(".gaps")).to_contain_text("Practice module for this competency")
        expect(page.locator("#gap-competency-1-1")).to_have_count(0)  # already Enhanced
        assert_accessible(page)

        page.get_by_role("link", name="Printable page and PDF for supervision").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Self-assessment for supervision")
        expect(page.locator(".supervision")).to_contain_text("Better with new people")
        assert_accessible(page)

    # A second, new assessment: the form starts empty again.
    page.get_by_role("link", name="Assess yourself").click()
    first = page.get_by_role("group", name="1.1 Building trust and rapport")
    expect(first.get_by_label("Enhanced")).not_to_be_checked()
    first.get_by_label("Specialist").check()
    page.get_by_role("button", name="Save and finish").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your gaps and learning plan")

    page.get_by_role("link", name="Your progress over time").click()
    chart = page.locator("svg.chart")
    expect(chart).to_be_visible()
    expect(chart).to_have_attribute("role", "img")
    # Domain column + the two demo assessments + the two made in this journey.
    expect(page.locator(".history-table").first.locator("thead th")).to_have_count(5)
    row = page.locator(".history-table").nth(1).locator("tr", has_text="1.1 Building trust")
    expect(row).to_contain_text("Specialist")
    assert_accessible(page)
