"""The demo in Gaelic: which pages a Gaelic-speaking reviewer finds fully translated."""

import pytest
from django.core.management import call_command
from django.db.models import Exists, OuterRef
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from frameworks.models import CompetencyFramework
from network.models import GuidancePage

pytestmark = pytest.mark.django_db

#: Pages that are Gaelic in every segment (by English URL path below the home page).
FULLY_GAELIC = [
    "/",
    "/about/",
    "/accessibility/",
    "/privacy/",
    "/members-notes-february-2024/",
    "/framework/",
    "/learning/",
    "/learning/new-clw-induction/",
    "/learning/what-a-clw-does/",
    "/learning/what-a-clw-does/the-role/",
    "/learning/what-a-clw-does/three-models/",
    "/learning/what-a-clw-does/national-programme/",
    "/learning/what-a-clw-does/the-difference-it-makes/",
    "/case-studies/",
    "/case-studies/moira-anderson-foundation-glasgow-satellite-service/",
    "/guidance/",
    "/guidance/practice-development-activities/",
    "/events/",
    "/events/measuring-what-matters-shared-outcomes-2027/",
    "/news/",
    "/news/network-launches-new-portal/",
    "/resources/",
]


def _gaelic():
    return Locale.objects.get(language_code="gd")


def _untranslated(instance):
    """The source segments with no Gaelic translation (the slug segment aside: a Gaelic
    page takes its address from its Gaelic title, see portal.core.i18n)."""
    translation = Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=_gaelic()
    )
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=_gaelic(),
    )
    missing = (
        StringSegment.objects.filter(source=translation.source)
        .exclude(context__path="slug")
        .exclude(Exists(translated))
    )
    return [f"{segment.context.path}: {segment.string.data[:60]}" for segment in missing]


def _english_page(path):
    return Page.objects.get(locale__language_code="en", url_path=f"/home{path}").specific


def test_the_demo_in_gaelic(client):
    """The core pages, every index, one page of every type, the framework, guidance topics."""
    call_command("load_demo_content", verbosity=0)
    for path in FULLY_GAELIC:
        page = _english_page(path)
        assert _untranslated(page) == [], path
        assert page.get_translation(_gaelic()).live, path
    types = {type(_english_page(path)) for path in FULLY_GAELIC}
    assert {type(page) for page in Page.objects.filter(depth__gt=1).specific()} <= types

    response = client.get("/gd/aithris-ruigsinneachd/")
    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="gd"' in html
    assert "Aithris ruigsinneachd" in html and "accessibility@clw.scot" in html
    assert "Fios prìobhaideachd" in client.get("/gd/fios-priobhaideachd/").content.decode()

    # The footer's line, and the navigation (page titles) in Gaelic.
    html = client.get("/gd/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert "air feadh na h-Alba" in footer and 'lang="en"' not in footer
    assert 'href="/gd/mun-lionra/">Mun lìonra</a>' in html

    # The whole framework, and the topic of every guidance page.
    framework = CompetencyFramework.objects.get(locale__language_code="en")
    assert _untranslated(framework) == []  # every level, domain, competency and descriptor
    competency = framework.get_translation(_gaelic()).domains.first().competencies.first()
    assert competency.informed.startswith("A' tuigsinn carson a tha earbsa")
    assert "togail earbsa agus dàimh" in client.get("/gd/fream-chomasan/").content.decode()  # 1.1

    english = GuidancePage.objects.filter(locale__language_code="en")
    gaelic = {page.translation_key: page for page in GuidancePage.objects.filter(locale=_gaelic())}
    assert len(gaelic) == english.count()
    for page in english:
        assert gaelic[page.translation_key].topic != page.topic, page.slug
