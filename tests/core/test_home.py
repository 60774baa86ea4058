"""The home page: ways in for each reader, listings filled from the sections, what a
signed-in person picks up from, and the account menu on every page."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from frameworks.models import SelfAssessment
from learning import services as learning_services
from learning.models import Certificate
from portal.core.blocks import AudienceLinkBlock
from tests.factories.accounts import MembershipRequestFactory, UserFactory, member_user
from tests.factories.core import RegionFactory, ThemeFactory
from tests.factories.frameworks import make_framework, make_framework_page
from tests.factories.learning import LearningIndexPageFactory, PathwayPageFactory, build_module
from tests.factories.network import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    GuidanceIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db

HOUSING_IN_GLASGOW = "theme=housing&region=greater-glasgow-clyde"


@pytest.fixture
def site(home_page):
    """A home page with every section, and the blocks the demo home page uses."""
    sections = {
        "learning": LearningIndexPageFactory(parent=home_page),
        "case-studies": CaseStudyIndexPageFactory(parent=home_page),
        "guidance": GuidanceIndexPageFactory(parent=home_page),
        "events": EventIndexPageFactory(parent=home_page),
        "news": NewsIndexPageFactory(parent=home_page),
    }
    make_framework(competencies=4, domains=2)
    sections["framework"] = make_framework_page(home_page)
    sections["pathway"] = PathwayPageFactory(
        parent=sections["learning"], title="New CLW induction", slug="induction"
    )
    housing = ThemeFactory(slug="housing", name="Housing")
    glasgow = RegionFactory(slug="greater-glasgow-clyde", name="NHS Greater Glasgow and Clyde")
    sections["story"] = CaseStudyPageFactory(
        parent=sections["case-studies"],
        title="Leanne's story",
        date=datetime.date(2026, 1, 5),
        themes=[housing],
        regions=[glasgow],
    )
    sections["newest_case"] = CaseStudyPageFactory(
        parent=sections["case-studies"],
        title="The newest case study",
        date=datetime.date(2026, 9, 1),
    )
    home_page.body = [
        (
            "ways_in",
            {
                "heading": "Find your way in",
                "audiences": [
                    {
                        "title": "New to link working",
                        "text": "",
                        "links": [
                            {
                                "text": "Start the induction",
                                "page": sections["pathway"],
                                "query": "",
                            },
                        ],
                    },
                    {
                        "title": "GP practices",
                        "text": "",
                        "links": [
                            {"text": "Guidance for practices", "page": sections["guidance"]},
                            {
                                "text": "Housing case studies in Glasgow",
                                "page": sections["case-studies"],
                                "query": HOUSING_IN_GLASGOW,
                            },
                        ],
                    },
                    {
                        "title": "Partners",
                        "text": "",
                        "links": [{"text": "Events", "page": sections["events"], "query": ""}],
                    },
                ],
            },
        ),
        ("personal", {"heading": "Pick up where you left off", "signed_out_text": "Sign in."}),
        ("listing", _listing("Next events", sections["events"])),
        ("listing", _listing("Case studies", sections["case-studies"], [sections["story"]])),
        ("listing", _listing("Latest news", sections["news"])),
        ("listing", _listing("The competency framework", sections["framework"], count=4)),
    ]
    home_page.save_revision().publish()
    return sections


def _listing(heading, section, featured=(), count=3):
    return {
        "heading": heading,
        "section": section,
        "count": count,
        "featured": list(featured),
        "link_text": f"All of {heading.lower()}",
    }


def _html(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _section(html, heading):
    """The HTML of the home-page section under this heading."""
    start = html.index(f">{heading}</h2>")
    return html[start : html.index("</section>", start)]


def test_signed_out_readers_find_a_way_in_for_each_audience(client, site):
    html = _html(client)
    ways_in = _section(html, "Find your way in")
    assert f'href="{site["pathway"].url}">Start the induction' in ways_in
    assert f'href="{site["guidance"].url}">Guidance for practices' in ways_in
    assert f'href="/case-studies/?{HOUSING_IN_GLASGOW.replace("&", "&amp;")}"' in ways_in
    assert 'href="/events/">Events' in ways_in

    # The housing-in-Glasgow link lands on the filtered listing with the story on it.
    listing = _html(client, f"/case-studies/?{HOUSING_IN_GLASGOW}")
    assert "Leanne&#x27;s story" in listing
    assert "The newest case study" not in listing


def test_signed_out_home_holds_nothing_personal_so_it_can_be_cached(client, site):
    response = client.get("/")
    html = response.content.decode()
    assert "Continue where you left off" not in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert "Already registered?" in html and 'href="/accounts/login/"' in html


def test_signed_out_home_is_served_from_the_page_cache_and_signed_in_never(client, site, settings):
    from portal.core import page_cache

    settings.PAGE_CACHE_ENABLED = True  # off in the tests but those of the cache
    page_cache.page_cache().clear()
    assert client.get("/")["X-Cache"] == "miss"
    assert client.get("/")["X-Cache"] == "hit"
    client.force_login(UserFactory())
    response = client.get("/")
    assert response["X-Cache"] == "pass"
    assert "Continue where you left off" in response.content.decode()


def test_listings_show_the_latest_news_and_the_next_events(client, site):
    for day in range(1, 6):
        NewsPageFactory(
            parent=site["news"], title=f"News of day {day}", date=datetime.date(2026, 10, day)
        )
    now = timezone.now()
    days = datetime.timedelta(days=1)
    EventPageFactory(parent=site["events"], title="Last year's event", start=now - 300 * days)
    EventPageFactory(parent=site["events"], title="The next event", start=now + 3 * days)
    EventPageFactory(parent=site["events"], title="A later event", start=now + 30 * days)
    html = _html(client)

    news = _section(html, "Latest news")
    assert re.findall(r">News of day (\d)<", news) == ["5", "4", "3"]
    assert 'href="/news/">All of latest news' in news

    events = _section(html, "Next events")
    assert events.index("The next event") < events.index("A later event")
    assert "Last year&#x27;s event" not in events


def test_case_studies_are_the_featured_ones_else_the_latest(client, site, home_page):
    featured = _section(_html(client), "Case studies")
    assert "Leanne&#x27;s story" in featured
    assert "The newest case study" not in featured

    # A featured story that is taken down gives way to the latest ones.
    site["story"].unpublish()
    latest = _section(_html(client), "Case studies")
    assert "The newest case study" in latest
    assert "Leanne&#x27;s story" not in latest


def test_a_restricted_case_study_is_never_listed(client, site):
    PageViewRestriction.objects.create(page=site["story"], restriction_type="login")
    listing = _section(_html(client), "Case studies")
    assert "Leanne&#x27;s story" not in listing


def test_the_framework_listing_links_each_domain(client, site):
    framework = _section(_html(client), "The competency framework")
    assert framework.count(f'href="{site["framework"].url}#domain-') == 2


def test_a_learner_resumes_their_module_from_home(client, site):
    learner = UserFactory()
    module, lessons = build_module(site["learning"], title="Good conversations")
    learning_services.complete_lesson(learner, lessons[0])
    client.force_login(learner)
    html = _html(client)
    assert "Continue where you left off" in html
    assert "Good conversations" in html
    assert f'href="{lessons[1].url}">Next lesson: {lessons[1].title}' in html
    assert re.search(r'<progress id="home-progress"[^>]* value="33"', html)


def test_a_learner_with_nothing_in_progress_is_offered_the_induction(client, site):
    client.force_login(UserFactory())
    html = _html(client)
    assert f'href="{site["pathway"].url}">Start New CLW induction' in html
    assert "Complete a module to earn your first certificate." in html


def test_certificates_earned_are_counted_and_linked(client, site):
    learner = UserFactory()
    module, lessons = build_module(site["learning"], lessons=1, check=False)
    learning_services.complete_lesson(learner, lessons[0])
    certificate = Certificate.objects.get(user=learner)
    client.force_login(learner)
    html = _html(client)
    assert "You have earned 1 certificate." in html
    assert f'href="{certificate.get_absolute_url()}"' in html


@pytest.mark.parametrize(
    ("months_ago", "prompt"),
    [(None, "Start your self-assessment"), (7, "Assess yourself again"), (2, None)],
)
def test_self_assessment_is_prompted_if_never_done_or_not_for_six_months(
    client, site, months_ago, prompt
):
    learner = UserFactory()
    if months_ago is not None:
        when = timezone.now() - datetime.timedelta(days=30 * months_ago)
        SelfAssessment.objects.create(
            user=learner,
            framework=site["framework"].framework,
            started_at=when,
            updated_at=when,
            completed_at=when,
        )
    client.force_login(learner)
    html = _html(client)
    for text in ("Start your self-assessment", "Assess yourself again"):
        assert (text in html) == (text == prompt)
    if prompt:
        assert f'href="{site["framework"].url}self-assessment/"' in html
    else:
        assert "You last assessed yourself on" in html


def test_membership_status_and_the_request_to_join(client, site):
    person = UserFactory()
    client.force_login(person)
    html = _html(client)
    assert 'href="/members/join/">Ask to join the network' in html

    MembershipRequestFactory(user=person)
    html = _html(client)
    assert "You asked to join on" in html
    assert "Ask to join the network" not in html

    client.force_login(member_user())
    assert "You are a member of the network." in _html(client)


def test_the_next_event_is_shown_to_signed_in_people(client, site):
    EventPageFactory(parent=site["events"], title="Gathering in Perth")
    client.force_login(UserFactory())
    html = _html(client)
    panel = html[html.index(">Next event</h3>") :]
    assert "Gathering in Perth" in panel[: panel.index("</section>")]


def test_home_costs_the_same_signed_in_with_5_or_50_items(client, site):
    learner = UserFactory()
    module, lessons = build_module(site["learning"])
    learning_services.complete_lesson(learner, lessons[0])
    client.force_login(learner)

    def add(count):
        for _ in range(count):
            NewsPageFactory(parent=site["news"])
            EventPageFactory(parent=site["events"])
            CaseStudyPageFactory(parent=site["case-studies"])
            other, other_lessons = build_module(site["learning"], lessons=1, check=False)
            learning_services.complete_lesson(learner, other_lessons[0])

    def count():
        client.get("/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/").status_code == 200
        return len(queries)

    add(5)
    small = count()
    assert small <= 12
    add(45)
    assert Certificate.objects.filter(user=learner).count() == 50
    assert count() == small


def test_the_shared_blocks_kept_rendered_are_never_stale(client, site):
    """Listings and ways in are kept rendered (the same for every reader); any content
    change shows on the next request."""
    assert "Brand new news" not in _section(_html(client), "Latest news")
    NewsPageFactory(parent=site["news"], title="Brand new news", date=datetime.date(2027, 1, 1))
    assert "Brand new news" in _section(_html(client), "Latest news")
    site["news"].get_children().get(title="Brand new news").unpublish()
    assert "Brand new news" not in _section(_html(client), "Latest news")


def test_personal_panels_are_each_persons_own(client, site):
    module, lessons = build_module(site["learning"], title="Good conversations")
    first, second = UserFactory(), UserFactory()
    learning_services.complete_lesson(first, lessons[0])
    client.force_login(first)
    assert f"Next lesson: {lessons[1].title}" in _html(client)
    client.force_login(second)
    html = _html(client)
    assert "Next lesson:" not in html
    assert f'href="{site["pathway"].url}">Start New CLW induction' in html


def test_gaelic_home_links_to_the_gaelic_sections(client, site, gaelic_home_page, gaelic):
    for key in ("guidance", "case-studies", "events", "news", "framework", "learning"):
        site[key].copy_for_translation(gaelic).save_revision().publish()
    html = _html(client, "/gd/")
    ways_in = _section(html, "Find your way in")
    assert 'href="/gd/guidance/"' in ways_in
    assert f'href="/gd/case-studies/?{HOUSING_IN_GLASGOW.replace("&", "&amp;")}"' in ways_in
    assert 'href="/gd/news/"' in _section(html, "Latest news")


def test_an_editors_filter_is_kept_in_a_safe_form(site):
    block = AudienceLinkBlock()
    typed = {"text": "Housing", "page": site["case-studies"].pk, "query": '?theme=housing&r="><b>'}
    value = block.clean(block.to_python(typed))
    assert value["query"] == "theme=housing&r=%22%3E%3Cb%3E"


# The account menu on every page ------------------------------------------------------


def test_the_account_menu_works_without_javascript(client, site):
    client.force_login(UserFactory())
    for url in ("/", "/events/", "/search/?q=housing"):
        html = _html(client, url)
        menu = html[html.index('<details class="account-menu">') : html.index("</details>")]
        for label, href in [
            ("My learning", "/my-learning/"),
            ("Self-assessment", "/my-learning/self-assessment/"),
            ("Certificates", "/my-learning/#certificates-heading"),
            ("Join the network", "/members/join/"),
            ("Profile and personal data", "/accounts/profile/"),
        ]:
            assert f'<a href="{href}">{label}</a>' in menu, (url, label)
        assert 'action="/accounts/logout/"' in menu and ">Sign out</button>" in menu


def test_members_see_membership_in_the_menu(client, site):
    client.force_login(member_user())
    html = _html(client)
    menu = html[html.index('<details class="account-menu">') : html.index("</details>")]
    assert '<a href="/members/join/">Membership</a>' in menu
    assert "Join the network" not in menu


def test_signed_out_visitors_have_no_account_menu(client, site):
    html = _html(client)
    assert "account-menu" not in html
    assert ">Sign in</a>" in html


def test_the_menus_self_assessment_goes_to_the_framework(client, site):
    client.force_login(UserFactory())
    response = client.get("/my-learning/self-assessment/")
    assert response.status_code == 302
    assert response["Location"] == f"{site['framework'].url}self-assessment/"
    client.logout()
    assert client.get("/my-learning/self-assessment/").status_code == 302  # to sign in
