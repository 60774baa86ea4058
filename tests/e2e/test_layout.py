"""Every page type fits a 320-pixel screen in both languages (WCAG 1.4.10 reflow), and
its headings follow the outline: one h1, and no heading more than one level deeper than
the one before it (WCAG 1.3.1)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

MANAGER = "manager@demo.clw.scot"  # an approved member: sees the directory too

HEADING_JUMPS = """
() => {
    const selector = 'main h1, main h2, main h3, main h4, main h5, main h6';
    const levels = [...document.querySelectorAll(selector)].map(h => Number(h.tagName[1]));
    const jumps = [];
    levels.forEach((level, i) => {
        if (i && level > levels[i - 1] + 1) jumps.push([levels[i - 1], level]);
    });
    return {h1: levels.filter(l => l === 1).length, jumps};
}
"""


def one_page_of_each_type():
    """A live, public page of every page type, in each language that has one."""
    paths = []
    for content_type in ContentType.objects.filter(
        pk__in=Page.objects.live().values("content_type")
    ):
        for code in ("en", "gd"):
            page = (
                Page.objects.live()
                .public()
                .filter(content_type=content_type, locale__language_code=code, depth__gt=1)
                .order_by("path")
                .first()
            )
            if page is not None:
                paths.append(page.url)
    return paths


def self_assessment_detail(email):
    """The supervision page of an assessment the signed-in member made (a wide table)."""
    from frameworks import selectors, services
    from frameworks.models import FrameworkPage
    from portal.accounts.models import User

    framework = selectors.current_framework()
    user = User.objects.get(email=email)
    ratings = {c: ("skilled", "") for c in selectors.load_structure(framework).competencies}
    assessment = services.save_assessment(user, framework, ratings, complete=True)
    return [
        f"{framework_page.url}self-assessment/{assessment.pk}/"
        for framework_page in FrameworkPage.objects.live()
    ]


def test_every_page_type_fits_320_pixels_in_both_languages(page, sign_in):
    sign_in(MANAGER)
    paths = one_page_of_each_type()
    for prefix in ("", "/gd"):
        paths += [
            f"{prefix}/my-learning/",
            f"{prefix}/search/?q=link",
            f"{prefix}/search/?q=zzzzqqq",
            f"{prefix}/members/",
            f"{prefix}/accounts/profile/",
            f"{prefix}/my-learning/reflections/",
        ]
    paths += self_assessment_detail(MANAGER)
    page.set_viewport_size({"width": 320, "height": 640})
    too_wide, bad_outline = [], []
    for path in dict.fromkeys(paths):
        response = page.goto(path)
        assert response.status == 200, path
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide.append(f"{path}: {width}px")
        outline = page.evaluate(HEADING_JUMPS)
        if outline["h1"] != 1 or outline["jumps"]:
            bad_outline.append(f"{path}: {outline}")
    assert not too_wide, "wider than a 320px screen:\n" + "\n".join(too_wide)
    assert not bad_outline, "headings out of order:\n" + "\n".join(bad_outline)
    assert any(path.startswith("/gd/") for path in paths)
