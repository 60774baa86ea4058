"""A new person's journey entirely on /gd/: sign up, confirm from a Gaelic email, sign in,
ask to join, work through the Gaelic module (reflect, pass its checks), get the
certificate (HTML and PDF), assess themself and export their data. On every page: no
English interface text (content not yet translated must carry lang="en") and axe-core
finds no serious or critical problem."""

import json
import re

from django.core import mail
from playwright.sync_api import expect

from learning.demo import lesson_path, module_path
from portal.core.demo_tools import blocks, content

PASSWORD = "a-long-gaelic-journey-password-1"
EMAIL = "ceit@example.org"
NAME = "Ceit NicDhòmhnaill"
SLUG = "what-a-clw-does"  # the demo's Gaelic module
MODULE = content(module_path(SLUG), "gd")
LESSONS = [
    (content(lesson_path(SLUG, slug), "gd"), content(lesson_path(SLUG, slug)))
    for slug in content(module_path(SLUG))["lessons"]
]

# Interface phrases a Gaelic reader met in English before issue 11 (allauth, Django,
# the portal's own templates). None may appear outside lang="en" content.
ENGLISH_INTERFACE = [
    "Sign In",
    "Sign in",
    "Sign Up",
    "Sign Out",
    "Sign out",
    "Register",
    "Password",
    "Forgot your password?",
    "Remember Me",
    "Email address",
    "Confirm",
    "Successfully signed in",
    "Skip to main content",
    "Search the site",
    "Your profile",
    "Membership",
    "Ask to join",
    "Learning",
    "My learning",
    "Mark as complete",
    "Check my answers",
    "Your private notes",
    "Save my notes",
    "You passed",
    "Certificate",
    "Download",
    "Informed",
    "Skilled",
    "Enhanced",
    "Specialist",
    "Not yet",
    "Assess yourself",
    "Save and finish",
    "hours of CPD",
    "minutes",
    "Hello from",
]
WORD = {
    phrase: re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")
    for phrase in ENGLISH_INTERFACE
}

# The visible text of the page, leaving out what is marked lang="en" (untranslated content).
VISIBLE_GAELIC_TEXT = """() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('[lang="en"], script, style, template, [hidden]')
        .forEach(node => node.remove());
    const named = Array.from(copy.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))
        .map(node => ['aria-label', 'placeholder', 'title', 'alt']
            .map(name => node.getAttribute(name) || '').join(' '));
    return copy.innerText + ' ' + named.join(' ');
}"""


def check_page(page, assert_accessible):
    """On /gd/, in Gaelic, no English interface text outside lang="en", axe-clean."""
    assert "/gd/" in page.url, f"left the Gaelic site: {page.url}"
    expect(page.locator("html")).to_have_attribute("lang", "gd")
    text = page.evaluate(VISIBLE_GAELIC_TEXT)
    english = [phrase for phrase, pattern in WORD.items() if pattern.search(text)]
    assert not english, f"English interface text on {page.url}: {english}"
    assert_accessible(page)


def questions(gaelic, english):
    """The Gaelic questions, each with the English file's answer key (same order)."""
    english_questions = [v for kind, v in blocks(english["body"]) if kind == "question"]
    gaelic_questions = [v for kind, v in blocks(gaelic["body"]) if kind == "question"]
    for gd_question, en_question in zip(gaelic_questions, english_questions, strict=True):
        right = [
            gd_option["text"]
            for gd_option, en_option in zip(
                gd_question["options"], en_question["options"], strict=True
            )
            if en_option.get("correct")
        ]
        if en_question.get("kind", "single") == "single":
            right = right[:1]
        yield gd_question["question"], right


def test_a_new_person_goes_all_the_way_in_gaelic(page, assert_accessible, browser, demo_site):
    # Sign up on the Gaelic site.
    page.goto("/gd/accounts/signup/")
    check_page(page, assert_accessible)
    page.get_by_label("D' ainm").fill(NAME)
    page.get_by_label("Post-d").fill(EMAIL)
    page.get_by_label("Facal-faire", exact=True).fill(PASSWORD)
    page.get_by_label("Facal-faire (a-rithist)").fill(PASSWORD)
    page.get_by_role("button", name="Clàraich").click()
    expect(page).to_have_url(re.compile(r"/gd/accounts/confirm-email/$"))
    check_page(page, assert_accessible)

    # The confirmation email is in Gaelic, names the network and links to /gd/.
    message = mail.outbox[-1]
    assert message.to == [EMAIL]
    assert "Dearbh an seòladh puist-d agad" in message.subject
    assert "Lìonra Luchd-obrach Ceangail Coimhearsnachd na h-Alba" in message.body
    for phrase in ("Hello from", "Thank you for using", "You're receiving"):
        assert phrase not in message.body
    link = re.search(r"https?://[^/\s]+(/gd/accounts/confirm-email/\S+/)", message.body).group(1)
    page.goto(link)
    check_page(page, assert_accessible)
    page.get_by_role("button", name="Dearbh").click()
    expect(page).to_have_url(re.compile(r"/gd/accounts/profile/welcome/$"))
    expect(page.locator(".messages")).to_contain_text("Chlàraich thu a-steach")
    check_page(page, assert_accessible)  # the welcome page: join, or start the induction

    # Sign out (from the account menu) and in again, staying in Gaelic.
    page.locator("details.account-menu summary").click()
    page.get_by_role("button", name="Clàraich a-mach").click()
    expect(page).to_have_url(re.compile(r"/gd/$"))
    page.goto("/gd/accounts/login/")
    check_page(page, assert_accessible)
    page.get_by_label("Post-d").fill(EMAIL)
    page.get_by_label("Facal-faire").fill(PASSWORD)
    page.get_by_role("button", name="Clàraich a-steach").click()
    expect(page).to_have_url(re.compile(r"/gd/$"))
    check_page(page, assert_accessible)

    # Ask to join the network.
    page.goto("/gd/members/join/")
    check_page(page, assert_accessible)
    page.get_by_label("Roinn").select_option(index=1)
    page.locator("textarea[name=reason]").fill(
        "Tha mi ag obair ann an lannsa ann an Glaschu agus bu toil leam ionnsachadh bho chàch."
    )
    page.get_by_role("button", name="Iarr a thighinn a-steach").click()
    expect(page.locator(".messages")).to_contain_text("Tapadh leat")
    check_page(page, assert_accessible)

    # Work through the Gaelic module: every lesson, reflections saved, checks passed.
    page.goto("/gd/ionnsachadh/")
    check_page(page, assert_accessible)
    page.get_by_role("link", name=MODULE["title"]).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(MODULE["title"])
    check_page(page, assert_accessible)
    module_url = page.url
    for lesson, english in LESSONS:
        page.goto(module_url)
        page.get_by_role("link", name=lesson["title"], exact=True).first.click()
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson["title"])
        check_page(page, assert_accessible)
        if any(kind == "reflection" for kind, _value in blocks(lesson["body"])):
            page.get_by_label("Na notaichean prìobhaideach agad").first.fill(
                "Èisteachd an toiseach, an uair sin ceanglaichean."
            )
            page.get_by_role("button", name="Sàbhail na notaichean agam").first.click()
            saved = "Tha na notaichean agad air an sàbhaladh."
            expect(page.get_by_role("status").filter(has_text=saved)).to_be_visible()
        checks = list(questions(lesson, english))
        if checks:
            for question, right in checks:
                fieldset = page.locator("fieldset", has_text=question)
                for option in right:
                    fieldset.get_by_label(option, exact=True).check()
            page.get_by_role("button", name="Dearbh na freagairtean agam").click()
            expect(page.locator("#check-results")).to_contain_text("Shoirbhich leat")
        else:
            page.get_by_role("button", name="Comharraich deiseil").click()
        check_page(page, assert_accessible)
    expect(page.locator("#module-progress-label")).to_contain_text("100%")

    # The certificate, on the page and as a PDF, in Gaelic.
    page.goto("/gd/my-learning/")
    check_page(page, assert_accessible)
    page.locator("a[href*='/certificates/']").first.click()
    expect(page.get_by_text("Tha an teisteanas seo dligheach.")).to_be_visible()
    check_page(page, assert_accessible)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Luchdaich a-nuas an teisteanas (PDF)").click()
    from pypdf import PdfReader

    pdf_text = " ".join(part.extract_text() for part in PdfReader(download_info.value.path()).pages)
    assert NAME in pdf_text
    assert MODULE["title"].split()[0] in pdf_text
    for phrase in ("has completed", "Completed on", "hours of CPD", "Verification code"):
        assert phrase not in pdf_text, f"English in the certificate PDF: {phrase}"

    # Assess themself against the framework.
    page.goto("/gd/fream-chomasan/self-assessment/")
    check_page(page, assert_accessible)
    page.locator("fieldset.rating").first.get_by_label("Sgileil").check()
    page.get_by_role("button", name="Sàbhail is crìochnaich").click()
    check_page(page, assert_accessible)

    # Export their data.
    page.goto("/gd/accounts/profile/")
    check_page(page, assert_accessible)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Luchdaich a-nuas an dàta agad (JSON)").click()
    with open(download_info.value.path(), encoding="utf-8") as export:
        data = json.load(export)
    assert EMAIL in json.dumps(data, ensure_ascii=False)

    # The same account reads the English site in English.
    page.goto("/my-learning/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
