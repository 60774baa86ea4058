"""Results and suggestions show only what the person asking may open: no title or snippet leaks."""

import pytest
from wagtail.models import PageViewRestriction

from .conftest import restrict

pytestmark = pytest.mark.django_db

PUBLIC = ("Zephyrine public guidance", "Open zephyrine advice for everyone.")
LOGIN = ("Zephyrine registered notes", "Quillwort zephyrine notes for signed-in people.")
MEMBERS = ("Zephyrine members briefing", "Marrowfat zephyrine briefing for members only.")
PASSWORD = ("Zephyrine shared password page", "Gristle zephyrine behind a password.")


@pytest.fixture
def restricted_pages(home_page, publish, members):
    public = publish(home_page, PUBLIC[0], PUBLIC[1])
    login_section = publish(home_page, "Signed-in area")
    restrict(login_section, PageViewRestriction.LOGIN)
    login = publish(login_section, LOGIN[0], LOGIN[1])
    member_section = publish(home_page, "Members area")
    restrict(member_section, PageViewRestriction.GROUPS, groups=[members])
    member = publish(member_section, MEMBERS[0], MEMBERS[1])
    password_page = publish(home_page, PASSWORD[0], PASSWORD[1])
    restrict(password_page, PageViewRestriction.PASSWORD, password="shared")
    return {"public": public, "login": login, "member": member, "password": password_page}


def seen(client):
    """Everything about the restricted pages a client can find through search."""
    html = client.get("/search/", {"q": "zephyrine", "lang": "all"}).content.decode()
    html += client.get("/search/", {"q": "zephyrine", "sort": "newest"}).content.decode()
    for words in ("quillwort", "marrowfat", "gristle", "members briefing"):
        html += client.get("/search/", {"q": words}).content.decode()
    suggestions = client.get("/search/suggest/", {"q": "zephyr"}).json()["suggestions"]
    suggestions += client.get("/search/suggest/", {"q": "zephyrine m"}).json()["suggestions"]
    return html, {s["title"] for s in suggestions}


def assert_sees(client, allowed, hidden):
    html, titles = seen(client)
    for title, _snippet in allowed:
        assert title in html
        assert title in titles
    for title, snippet in hidden:
        assert title not in html
        assert snippet.split()[0] not in html  # the snippet's distinctive word
        assert title not in titles


def test_anonymous_visitors_see_only_public_pages(client, restricted_pages):
    assert_sees(client, [PUBLIC], [LOGIN, MEMBERS, PASSWORD])


def test_registered_non_members_see_signed_in_pages_but_not_member_pages(
    client, restricted_pages, non_member
):
    client.force_login(non_member)
    assert_sees(client, [PUBLIC, LOGIN], [MEMBERS, PASSWORD])


def test_members_see_member_pages_but_never_password_pages(client, restricted_pages, member):
    client.force_login(member)
    assert_sees(client, [PUBLIC, LOGIN, MEMBERS], [PASSWORD])


def test_facet_counts_do_not_count_what_cannot_be_seen(client, restricted_pages, member):
    html = client.get("/search/", {"q": "zephyrine"}).content.decode()
    assert "1 result for" in html
    assert "(1)" in html and "(3)" not in html
    client.force_login(member)
    html = client.get("/search/", {"q": "zephyrine"}).content.decode()
    assert "3 results for" in html


def test_restricting_a_page_takes_it_out_of_results_at_once(client, home_page, publish):
    page = publish(home_page, "Zephyrine soon private")
    assert "Zephyrine soon private" in client.get("/search/?q=zephyrine").content.decode()
    restrict(page, PageViewRestriction.LOGIN)
    assert "Zephyrine soon private" not in client.get("/search/?q=zephyrine").content.decode()
    assert client.get("/search/suggest/?q=zephyrine").json()["suggestions"] == []


def test_unpublishing_takes_a_page_out_of_results_at_once(client, home_page, publish):
    page = publish(home_page, "Zephyrine withdrawn")
    page.unpublish()
    assert "Zephyrine withdrawn" not in client.get("/search/?q=zephyrine").content.decode()
