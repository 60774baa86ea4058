"""Reports → Translation status: each page and translatable snippet by locale, with real
translations made through wagtail-localize, its filters, exports and the dashboard panel."""

import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail_localize.models import TranslationSource

from portal.core.demo_tools import translate
from portal.core.translation_status import (
    IN_PROGRESS,
    MISSING,
    OUT_OF_DATE,
    UP_TO_DATE,
    coverage,
    translation_rows,
)
from tests.factories.accounts import UserFactory
from tests.factories.core import StandardPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/translation-status/"


def page(parent, title, slug):
    made = StandardPageFactory(parent=parent, title=title, slug=slug, summary="")
    made.save_revision().publish()
    return made


@pytest.fixture
def site(home_page, gaelic_home_page, gaelic):
    """Four pages and a theme, one in each state, translated as an editor would."""
    up = page(home_page, "Up to date", "up")
    translate(up, gaelic, {"Up to date": "Ùr", "up": "ur"})
    partial = page(home_page, "Half done", "half")
    translate(partial, gaelic, {"Half done": "Leth-dhèanta"})  # the slug is left
    stale = page(home_page, "Changed since", "stale")
    translate(stale, gaelic, {"Changed since": "Air atharrachadh", "stale": "sean"})
    stale.title = "Changed since, again"
    stale.save_revision().publish()  # a newer revision than the last sync
    missing = page(home_page, "Never translated", "never")
    theme = ThemeFactory(name="Housing", slug="housing")
    return {"up": up, "partial": partial, "stale": stale, "missing": missing, "theme": theme}


def _by_title(rows):
    return {row.title: row for row in rows}


def test_each_status_from_wagtail_localize(site, gaelic):
    rows = _by_title(translation_rows())
    assert rows["Up to date"].status == UP_TO_DATE
    assert (rows["Up to date"].done, rows["Up to date"].total) == (2, 2)
    partial = rows["Half done"]
    assert partial.status == IN_PROGRESS and (partial.done, partial.total) == (1, 2)
    assert str(partial.progress) == "1 of 2"
    stale = rows["Changed since, again"]
    source = TranslationSource.objects.get(object_id=site["stale"].translation_key)
    assert stale.status == OUT_OF_DATE
    assert stale.action_url == f"/admin/localize/update/{source.pk}/"
    missing = rows["Never translated"]
    assert missing.status == MISSING
    assert missing.action_url == f"/admin/localize/submit/page/{site['missing'].pk}/"
    theme = rows["Housing"]
    assert theme.status == MISSING and theme.kind == "Theme"
    assert theme.action_url == f"/admin/localize/submit/snippet/core/theme/{site['theme'].pk}/"
    assert rows["Up to date"].locale == gaelic and rows["Up to date"].kind == "Standard page"


def test_report_lists_filters_and_links(client, site):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get(URL).content.decode()
    for title in ("Up to date", "Half done", "Changed since, again", "Never translated"):
        assert title in html
    assert "Out of date" in html and "1 of 2" in html
    assert f"/admin/localize/submit/page/{site['missing'].pk}/" in html
    html = client.get(URL, {"status": MISSING}).content.decode()
    assert "Never translated" in html and "Half done" not in html
    html = client.get(URL, {"kind": "Theme"}).content.decode()
    assert "Housing" in html and "Never translated" not in html
    html = client.get(URL, {"status": "nonsense"}).content.decode()  # a clear form error
    assert "Select a valid choice" in html


def test_report_exports_csv_and_xlsx(client, site):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(URL, {"export": "csv", "status": OUT_OF_DATE})
    content = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [(r["Title"], r["Status"]) for r in rows] == [("Changed since, again", "Out of date")]
    assert rows[0]["Action"].startswith("http://testserver/admin/localize/update/")
    response = client.get(URL, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet["A1"].value == "Title"
    assert "Never translated" in [cell.value for cell in sheet["A"]]


def test_report_is_for_the_admin_only(client, site):
    client.force_login(UserFactory())
    assert client.get(URL).status_code in (302, 403)


def test_dashboard_shows_gaelic_coverage(client, site):
    translated, up_to_date, total = coverage("gd")
    # home, up, partial, stale translated; missing and the theme not.
    assert (translated, up_to_date, total) == (4, 2, 6)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get("/admin/").content.decode()
    assert "Gaelic coverage" in html and "<strong>67%</strong>" in html
