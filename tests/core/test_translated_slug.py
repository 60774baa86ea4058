"""A translated page takes its address from its translated title, unless the editor gave
it one: a Gaelic reader sees Gaelic addresses, and no empty slug blocks publishing."""

import pytest

from portal.core.demo_tools import translate
from tests.factories.core import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_translation_takes_its_slug_from_its_translated_title(
    client, home_page, gaelic_home_page, gaelic
):
    page = StandardPageFactory(parent=home_page, title="About the network", slug="about")
    translated = translate(page, gaelic, {"About the network": "Mu dheidhinn an lìonra"})
    assert translated.slug == "mu-dheidhinn-an-lionra"
    assert client.get("/gd/mu-dheidhinn-an-lionra/").status_code == 200
    assert client.get("/about/").status_code == 200


def test_a_slug_the_translator_gave_is_kept(home_page, gaelic_home_page, gaelic):
    page = StandardPageFactory(parent=home_page, title="Privacy notice", slug="privacy")
    translated = translate(
        page, gaelic, {"Privacy notice": "Fios prìobhaideachd", "privacy": "priobhaideachd"}
    )
    assert translated.slug == "priobhaideachd"


def test_an_untranslated_title_keeps_the_source_slug(home_page, gaelic_home_page, gaelic):
    page = StandardPageFactory(parent=home_page, title="Contact", slug="contact")
    assert translate(page, gaelic, {}).slug == "contact"


def test_the_slug_is_unique_among_its_siblings(home_page, gaelic_home_page, gaelic):
    first = StandardPageFactory(parent=home_page, title="News one", slug="news-one")
    second = StandardPageFactory(parent=home_page, title="News two", slug="news-two")
    one = translate(first, gaelic, {"News one": "Naidheachd"})
    two = translate(second, gaelic, {"News two": "Naidheachd"})
    assert one.slug == "naidheachd" and two.slug == "naidheachd-1"


def test_a_later_change_to_the_translated_title_keeps_the_address(
    home_page, gaelic_home_page, gaelic
):
    page = StandardPageFactory(parent=home_page, title="Events", slug="events")
    translated = translate(page, gaelic, {"Events": "Tachartasan"})
    translated.title = "Tachartasan an lìonra"
    translated.save_revision().publish()
    translated.refresh_from_db()
    assert translated.slug == "tachartasan"
