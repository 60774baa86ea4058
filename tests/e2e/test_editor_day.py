"""An editor's day in the Wagtail admin, as the demo editor (Editors and Moderators, MFA).

Create a guidance page from the explorer, submit it for moderation, approve it from the
dashboard, schedule a change, translate it into Gaelic, upload a document to the
resource library, and review the guidance that is due. Each step checks what the
editor is told, and the public pages reached on the way are checked with axe.
"""

import re
from pathlib import Path

from django.utils import timezone
from playwright.sync_api import expect

from network.admin_forms import a_year_after

EDITOR = "editor@demo.clw.scot"
TITLE = "Working with carers' centres"


def close_date_pickers(page):
    """Wagtail's date picker can stay open over the footer after its dialog closes (a
    stumble of Wagtail's own): click a blank part of the form, as an editor would."""
    page.keyboard.press("Escape")
    page.locator("main").click(position={"x": 5, "y": 5})


def test_editor_day(page, sign_in, assert_accessible, tmp_path: Path):
    sign_in(EDITOR)

    # The explorer: clicking a section opens its children.
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Home", exact=True).click()
    page.get_by_role("link", name="Guidance for practices", exact=True).click()
    expect(page.get_by_role("link", name="Asset mapping and keeping it current")).to_be_visible()

    # Create a page, with a checklist whose item is a named field.
    page.get_by_role("link", name="Add child page").click()
    page.get_by_placeholder("Page title*").fill(TITLE)
    page.get_by_role("textbox", name="Summary*").fill(
        "How practices and link workers can work with their local carers' centre."
    )
    page.get_by_label("GP practice teams").check()
    page.get_by_role("textbox", name="Topic*").fill("Referrals")
    # New guidance starts reviewed today and due in a year: no dates to work out.
    today = timezone.localdate()
    expect(page.get_by_role("textbox", name="Last reviewed*")).to_have_value(f"{today:%Y-%m-%d}")
    expect(page.get_by_role("textbox", name="Next review due*")).to_have_value(
        f"{a_year_after(today):%Y-%m-%d}"
    )
    body = page.locator("#panel-child-content-body-section")
    body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Checklist").click()
    body.get_by_role("textbox", name="Title*").fill("Before the first referral")
    body.get_by_role("textbox", name="Item").fill("The carers' centre's number is on the system.")

    # Submit it for moderation.
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Moderators approval").click()
    submitted = page.get_by_text(f"Page '{TITLE}' created and submitted for moderation.")
    expect(submitted).to_be_visible()

    # Approve it from the dashboard: the editor is told what happened.
    page.goto("/admin/")
    row = page.locator("tr", has_text=TITLE).filter(
        has=page.get_by_role("button", name="Approve", exact=True, include_hidden=True)
    )
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text(f"'{TITLE}' approved and published.")).to_be_visible()
    page.goto("/guidance/working-with-carers-centres/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_text("The carers' centre's number is on the system.")).to_be_visible()
    assert_accessible(page)

    # Schedule a change to go live later.
    page.goto("/admin/pages/search/?q=carers")
    page.get_by_role("link", name=TITLE).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    edit_url = page.url
    page.get_by_role("textbox", name="Summary*").fill(
        "How practices and link workers can work with their local carers' centre, from January."
    )
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Go live date/time").fill("2027-01-15 09:00")
    # (the date picker stays open over the button: keyboard users press it with Enter)
    dialog.get_by_role("button", name="Save schedule").press("Enter")
    expect(dialog).to_be_hidden()
    close_date_pickers(page)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Schedule to publish").click()
    expect(page.get_by_text("this version has been scheduled for publishing")).to_be_visible()

    # Translate it into Gaelic (wagtail-localize) and publish the translation.
    page.goto(edit_url)
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_role("checkbox", name="Scottish Gaelic").check()
    page.get_by_role("button", name="Submit").click()
    publish = page.get_by_role("button", name=re.compile("Publish"))
    expect(publish.first).to_be_visible()
    publish.first.click()
    expect(page.get_by_text(re.compile("Published|published"))).not_to_have_count(0)
    # The English page now links to its Gaelic translation (Gaelic addresses come from
    # Gaelic titles, so follow the language switcher rather than guess the address).
    page.goto("/guidance/working-with-carers-centres/")
    page.locator('a[hreflang="gd"]').first.click()
    expect(page).to_have_url(re.compile(r"/gd/"))
    expect(page.locator("html")).to_have_attribute("lang", "gd")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)  # not yet translated
    assert_accessible(page)

    # Upload a document: it is in the library at once, and the listing says so.
    leaflet = tmp_path / "carers-centre-leaflet.txt"
    leaflet.write_text("What the carers' centre offers, and how to refer.")
    page.goto("/admin/documents/multiple/add/")
    page.locator("input[type=file]").set_input_files(leaflet)
    expect(page.get_by_text("Upload successful").first).to_be_visible()
    page.goto("/admin/documents/")
    expect(page.get_by_role("columnheader", name="In library")).to_be_visible()
    document_row = page.locator("tr", has_text="carers-centre-leaflet")
    expect(document_row.locator("svg.icon-check")).to_have_count(1)
    page.goto("/resources/")
    expect(page.get_by_text("carers-centre-leaflet").first).to_be_visible()
    assert_accessible(page)

    # Review the guidance that is due.
    page.goto("/admin/reports/guidance-review/")
    due = page.get_by_role("link", name="Asset mapping and keeping it current")
    expect(due).to_be_visible()
    due.click()
    page.get_by_role("textbox", name="Last reviewed*").fill("2026-11-30")
    page.get_by_role("textbox", name="Next review due*").fill("2027-11-30")
    close_date_pickers(page)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(
        page.get_by_text("Page 'Asset mapping and keeping it current' has been published.")
    ).to_be_visible()
    page.goto("/admin/reports/guidance-review/")
    expect(page.get_by_role("link", name="Asset mapping and keeping it current")).to_have_count(0)
