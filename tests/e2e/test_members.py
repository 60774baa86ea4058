"""The membership journey: the demo learner asks to join, the demo editor (with MFA) approves
in the Wagtail admin, and the learner then opens member-only content and the directory."""

import re

from playwright.sync_api import expect

from portal.accounts.demo import MEMBER_PAGE_SLUG
from tests.e2e.conftest import enter_mfa_code

LEARNER = "learner@demo.clw.scot"
EDITOR = "editor@demo.clw.scot"
REASON = "I started in a Glasgow practice this year and want to learn from other link workers."


def test_learner_joins_and_reaches_member_content(
    page, sign_in, assert_accessible, browser, demo_site
):
    # Before joining, the member-only page and the directory are closed to the learner.
    sign_in(LEARNER)
    page.goto(f"/{MEMBER_PAGE_SLUG}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("For members only")
    page.goto("/members/")
    expect(page.get_by_role("heading", level=1)).to_have_text("For members only")

    # The account page offers the data download and erasure.
    page.goto("/accounts/profile/")
    expect(page.get_by_role("link", name="Download your data (JSON)")).to_be_visible()
    assert_accessible(page)

    # The demo learner's earlier request is waiting; they withdraw it and ask again.
    page.get_by_role("link", name="Membership").click()
    waiting = page.get_by_role("heading", name="Your request is waiting for a decision")
    expect(waiting).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Withdraw my request").click()
    expect(page.get_by_label("Why you would like to join")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Why you would like to join").fill(REASON)
    page.get_by_role("button", name="Ask to join").click()
    expect(page.get_by_text("Network staff will look at your request")).to_be_visible()

    # The editor signs in with password and authenticator code, and approves.
    editor_context = browser.new_context(
        base_url=demo_site, viewport={"width": 1200, "height": 900}
    )
    editor = editor_context.new_page()
    editor.set_default_timeout(15_000)
    csp_errors = []
    editor.on(
        "console",
        lambda message: (
            csp_errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    editor.goto("/admin/")
    expect(editor).to_have_url(re.compile(r"/accounts/login/\?next=/admin/"))
    editor.get_by_label("Email").fill(EDITOR)
    editor.get_by_label("Password").fill("clw-demo-2026")
    editor.get_by_role("button", name="Sign In").click()
    expect(editor).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    enter_mfa_code(editor)
    expect(editor).to_have_url(re.compile(r"/admin/$"))
    editor.get_by_role("link", name="Review membership requests").click()
    expect(editor.get_by_text(REASON)).to_be_visible()
    editor.get_by_role("button", name="Approve Morag Campbell").click()
    approved = editor.get_by_text("Morag Campbell is now a member and has been emailed.")
    expect(approved).to_be_visible()
    # The admin's pages work under the Content-Security-Policy.
    editor.goto("/admin/pages/")
    expect(editor.get_by_role("heading", level=1)).to_be_visible()
    # (No ORM here: the journey runs in Playwright's greenlet, with its own connections.)
    editor.goto("/admin/pages/search/?q=February")
    editor.get_by_role("link", name=re.compile("Members' notes")).first.click()
    expect(editor).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(editor.get_by_role("button", name="Save draft")).to_be_visible()
    editor.goto("/admin/documents/")
    expect(editor.get_by_role("heading", level=1)).to_be_visible()
    assert not csp_errors, csp_errors
    editor_context.close()

    # The learner, now a member, reads the member-only page and its document.
    page.goto(f"/{MEMBER_PAGE_SLUG}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Members' notes: February 2024 network event"
    )
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Actions agreed")).click()
    assert download.value.suggested_filename.endswith(".txt")

    # ...and the directory, where the demo manager is listed.
    page.goto("/members/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Member directory")
    expect(page.get_by_role("heading", name="Iain MacLeod")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Name").fill("nobody-by-this-name")
    page.get_by_role("button", name="Search", exact=True).last.click()
    expect(page.get_by_text("No members match your search.")).to_be_visible()
