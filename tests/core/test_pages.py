"""Page types, the page tree rules, the page chrome and the languages."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from portal.core.models import HomePage, StandardPage
from tests.factories.core import StandardPageFactory


class TestPageTree(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_pages_live_under_home_or_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)


@pytest.mark.django_db
def test_home_page_renders_with_landmarks(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'role="search"' in html


@pytest.mark.django_db
def test_standard_page_renders_its_blocks(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="About us",
        body=[
            ("heading", {"text": "Our story", "level": "h2"}),
            ("quote", {"text": "It helped.", "attribution": "GP"}),
        ],
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert "<h2>Our story</h2>" in html
    assert "It helped." in html and "GP" in html
    assert 'aria-label="Breadcrumb"' in html


@pytest.mark.django_db
def test_language_switcher_links_to_the_translation(client, home_page, gaelic_home_page):
    html = client.get("/").content.decode()
    assert 'href="/gd/" hreflang="gd"' in html
    assert '<link rel="alternate" hreflang="gd" href="http://testserver/gd/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/">' in html

    gd_html = client.get("/gd/").content.decode()
    assert '<html lang="gd"' in gd_html
    assert "Lìonra Luchd-obrach Ceangail Coimhearsnachd na h-Alba" in gd_html
    assert 'href="/" hreflang="en"' in gd_html


@pytest.mark.django_db
def test_switcher_says_when_a_page_is_not_translated(client, home_page, gaelic_home_page):
    page = StandardPageFactory(parent=home_page, title="Only in English", slug="only-english")
    html = client.get(page.url).content.decode()
    assert "this page is not translated yet" in html
    assert 'hreflang="gd" href=' not in html  # no alternate for a missing translation


@pytest.mark.django_db
def test_gaelic_interface_strings_are_translated(client, home_page, gaelic_home_page):
    html = client.get("/gd/").content.decode()
    assert "Leum gun phrìomh shusbaint" in html  # "Skip to main content"


@pytest.mark.django_db
def test_unknown_address_gives_the_friendly_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


@pytest.mark.django_db
def test_header_and_footer_links_come_from_the_site_settings(demo_content, client):
    html = client.get("/").content.decode()
    header = html.split('<nav class="site-nav"')[1].split("</nav>")[0]
    footer = html.split('<footer class="site-footer">')[1]
    assert 'href="/about/">About the network</a>' in header
    assert 'href="/accessibility/">Accessibility statement</a>' in footer
    assert 'href="/privacy/">Privacy notice</a>' in footer
    # In Gaelic the same settings point at the Gaelic page where one exists.
    gd_header = client.get("/gd/").content.decode().split('<nav class="site-nav"')[1]
    assert 'href="/gd/mun-lionra/">Mun lìonra</a>' in gd_header.split("</nav>")[0]


def test_a_link_block_needs_a_page_or_an_address():
    from wagtail.blocks import StructBlockValidationError

    from portal.core.blocks import CallToActionBlock, NavLinkBlock

    for block in (NavLinkBlock(), CallToActionBlock()):
        value = block.to_python({"title": "Go", "link_text": "Go", "text": ""})
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        assert "page" in error.value.block_errors
