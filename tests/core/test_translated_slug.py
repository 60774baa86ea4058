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


def test_a_published_translation_keeps_its_address_when_retitled(
    home_page, gaelic_home_page, gaelic
):
    page = StandardPageFactory(parent=home_page, title="Resources", slug="resources")
    translated = translate(page, gaelic, {})  # published with the English title and slug
    assert translated.live and translated.slug == "resources"
    translated.title = "Goireasan"
    translated.save_revision().publish()
    translated.refresh_from_db()
    assert translated.slug == "resources"


def test_children_of_a_retitled_translation_follow_its_address(
    client, home_page, gaelic_home_page, gaelic
):
    """A section translated before its first publication: its children move with it."""
    section = StandardPageFactory(parent=home_page, title="Guides", slug="guides")
    child = StandardPageFactory(parent=section, title="First guide", slug="first-guide")
    gd_section = section.copy_for_translation(gaelic)
    gd_child = child.copy_for_translation(gaelic)
    gd_child.save_revision().publish()
    gd_section.refresh_from_db()  # it has a child now
    gd_section.title = "Treòraichean"
    gd_section.save_revision().publish()
    gd_child.refresh_from_db()
    assert gd_child.url_path.endswith("/treoraichean/first-guide/")
    assert client.get("/gd/treoraichean/first-guide/").status_code == 200
