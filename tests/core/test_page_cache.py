"""The page cache for signed-out readers (portal.core.page_cache).

Two families of tests. *Changes*: for every kind of change that affects a page, the page
(or listing, feed, sitemap, search result) is rendered and served from the cache, the
change is made and committed, and the next reader sees it. *Visitors*: who is served
from the cache, who never is, and what is never stored.

Changes run inside ``committed()`` (pytest-django's on-commit capture), because the
cache is emptied when a change's transaction commits, as in production.
"""

import datetime
from unittest import mock

import pytest
import wagtail_factories
from django.contrib import messages
from django.contrib.auth.models import Group
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.management import call_command
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.urls import resolve
from django.utils import timezone
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail_localize.models import Translation

from frameworks import services as framework_services
from learning import services as learning_services
from portal.core import frontend_cache, page_cache
from portal.core.demo_tools import translate
from portal.core.models import FooterSettings, FooterText, NavigationSettings
from tests.factories.accounts import UserFactory, member_user
from tests.factories.core import (
    OrganisationFactory,
    StandardPageFactory,
    ThemeFactory,
    english,
)
from tests.factories.frameworks import make_framework, make_framework_page
from tests.factories.learning import LearningIndexPageFactory, build_module
from tests.factories.network import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ResourceDocumentFactory,
    ResourceIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    page_cache.page_cache().clear()
    yield
    page_cache.page_cache().clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A block whose changes are committed when it ends (on-commit callbacks run)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def cached(client, url, **extra):
    """Read ``url`` twice as a signed-out reader; the second answer comes from the cache."""
    first = client.get(url, **extra)
    assert first.status_code == 200, url
    second = client.get(url, **extra)
    assert second["X-Cache"] == "hit", url
    assert second.content == first.content
    return second.content.decode()


def fresh(client, url, **extra):
    response = client.get(url, **extra)
    assert response["X-Cache"] != "hit", url
    return response


@pytest.fixture
def about(home_page):
    page = StandardPageFactory(parent=home_page, title="About us", summary="Who we are")
    page.save_revision().publish()
    return page


@pytest.fixture
def case_studies(home_page):
    index = CaseStudyIndexPageFactory(parent=home_page)
    first = CaseStudyPageFactory(parent=index, title="Money advice in Dundee")
    return index, first


# --- Visitors --------------------------------------------------------------------------


def test_a_signed_out_reader_is_served_from_the_cache(client, about):
    first = client.get(about.url)
    assert first["X-Cache"] == "miss"
    assert first["Cache-Control"] == "public, max-age=0"
    assert "Cookie" in first["Vary"]
    second = client.get(about.url)
    assert second["X-Cache"] == "hit"
    assert second["Cache-Control"] == "public, max-age=0"
    assert second.content == first.content
    head = client.head(about.url)
    assert head["X-Cache"] == "hit"


def test_a_signed_in_person_is_never_served_nor_stores_a_cached_page(client, about):
    anonymous_html = cached(client, about.url)
    assert "Sign out" not in anonymous_html

    client.force_login(UserFactory())
    for _ in range(2):
        response = client.get(about.url)
        assert response["X-Cache"] == "pass"
        assert "public" not in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert "Sign out" in response.content.decode()

    client.logout()
    assert "Sign out" not in client.get(about.url).content.decode()


def test_a_session_holding_anything_is_not_served_from_the_cache(client, about):
    cached(client, about.url)
    session = client.session
    session["anything"] = "personal"
    session.save()
    assert client.get(about.url)["X-Cache"] == "pass"


def test_member_content_is_never_cached_for_members_or_shown_to_anyone_else(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Members' notes", summary="For members")
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])

    client.force_login(member_user())
    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 200 and "Members&#x27; notes" in response.content.decode()
        assert response["X-Cache"] == "pass"
        assert "private" in response["Cache-Control"]

    client.logout()
    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 302
        assert response["X-Cache"] == "pass"


def test_a_page_for_signed_in_people_is_not_stored_for_them(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Notes", summary="Signed in only")
    page.save_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    child = StandardPageFactory(parent=page, title="Deeper notes", summary="Signed in only")
    child.save_revision().publish()

    client.force_login(UserFactory())
    assert client.get(child.url)["X-Cache"] == "pass"
    client.logout()
    assert client.get(child.url).status_code == 302


def test_a_password_protected_page_is_never_cached(client, about):
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for _ in range(2):
        response = client.get(about.url)
        assert response.status_code == 200  # Wagtail's password form
        assert response["X-Cache"] == "pass"
        assert "Who we are" not in response.content.decode()


def test_an_answer_from_a_page_under_any_view_restriction_is_never_stored(home_page, about):
    """Whatever a restricted page answers (even a plain 200 with no token), it is not kept."""
    child = StandardPageFactory(parent=about, title="Inside", summary="Below a restriction")
    for kind in (PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD):
        restriction = PageViewRestriction.objects.create(
            page=about, restriction_type=kind, password="secret"
        )
        for page in (about, child):
            request = _request_for(page.url)
            page_cache.remember_served_page(page, request, [], {})
            assert not page_cache.cacheable_response(request, HttpResponse("page"))
        restriction.delete()
    request = _request_for(child.url)
    page_cache.remember_served_page(child, request, [], {})
    assert page_cache.cacheable_response(request, HttpResponse("page"))


def test_restricted_and_public_documents_are_never_cached(client, home_page):
    collection = Collection.get_first_root_node().add_child(name="Members only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    private = ResourceDocumentFactory(title="Members' briefing", collection=collection)
    public = ResourceDocumentFactory(title="Public briefing")

    client.force_login(member_user())
    for _ in range(2):
        response = client.get(private.url)
        assert response.status_code == 200
        assert response["X-Cache"] == "pass"
        assert "private" in response["Cache-Control"]
    client.logout()
    assert client.get(private.url).status_code == 302
    for _ in range(2):
        assert client.get(public.url)["X-Cache"] == "pass"


def test_english_and_gaelic_are_cached_apart(client, home_page, gaelic_home_page):
    english = cached(client, "/")
    gaelic = cached(client, "/gd/")
    assert '<html lang="en"' in english
    assert '<html lang="gd"' in gaelic
    assert '<html lang="en"' in cached(client, "/")


def test_outside_the_language_prefix_the_language_cookie_keys_the_entry(client, home_page):
    key_en = page_cache.cache_key(_request_for("/sitemap.xml"), "g")
    with _language("gd"):
        key_gd = page_cache.cache_key(_request_for("/sitemap.xml"), "g")
    assert key_en != key_gd


def test_query_strings_and_hosts_are_cached_apart(client, about):
    cached(client, "/search/?q=about")
    assert client.get("/search/?q=other")["X-Cache"] == "miss"
    assert client.get("/search/?q=about&page=2")["X-Cache"] != "hit"
    assert client.get(about.url, HTTP_HOST="localhost")["X-Cache"] == "miss"


def test_errors_posts_and_private_routes_are_not_cached(client, about):
    for _ in range(2):
        assert client.get("/no-such-page/")["X-Cache"] == "pass"
        assert client.post(about.url)["X-Cache"] == "pass"
        # A public route not listed in PAGE_CACHE_URL_NAMES.
        assert client.get("/accounts/login/")["X-Cache"] == "pass"


def test_a_waiting_message_is_shown_not_cached(client, about):
    cached(client, about.url)
    storage = CookieStorage(_request_for(about.url))
    response = HttpResponse()
    storage.add(messages.INFO, "Your request was sent.")
    storage.update(response)
    client.cookies[CookieStorage.cookie_name] = response.cookies[CookieStorage.cookie_name].value
    response = client.get(about.url)
    assert response["X-Cache"] == "pass"
    assert "Your request was sent." in response.content.decode()


def _request_for(path, **extra):
    request = RequestFactory().get(path, **extra)
    SessionMiddleware(lambda r: HttpResponse()).process_request(request)
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.messages.storage.fallback import FallbackStorage

    request.user = AnonymousUser()
    request._messages = FallbackStorage(request)
    request.resolver_match = resolve(path)
    return request


class _language:
    def __init__(self, code):
        self.code = code

    def __enter__(self):
        from django.utils import translation

        translation.activate(self.code)

    def __exit__(self, *exc):
        from django.utils import translation

        translation.activate("en")


@pytest.mark.parametrize(
    "respond",
    [
        pytest.param(lambda r: (messages.info(r, "Saved."), HttpResponse("page"))[1], id="message"),
        pytest.param(lambda r: HttpResponse(get_token(r)), id="csrf-token"),
        pytest.param(
            lambda r: (resp := HttpResponse("page"), resp.set_cookie("seen", "1"))[0], id="cookie"
        ),
        pytest.param(
            lambda r: (resp := HttpResponse("page"), resp.__setitem__("Cache-Control", "private"))[
                0
            ],
            id="private",
        ),
        pytest.param(
            lambda r: (resp := HttpResponse("page"), resp.__setitem__("Cache-Control", "no-store"))[
                0
            ],
            id="no-store",
        ),
        pytest.param(
            lambda r: (r.session.__setitem__("k", "v"), HttpResponse("page"))[1], id="session"
        ),
    ],
)
def test_answers_that_are_someones_are_never_stored(about, respond):
    request = _request_for(about.url)
    from django.middleware.csrf import CsrfViewMiddleware

    CsrfViewMiddleware(lambda r: None).process_request(request)
    middleware = page_cache.PageCacheMiddleware(respond)
    response = middleware(request)
    assert response["X-Cache"] == "pass"
    assert "public" not in response.get("Cache-Control", "")
    again = page_cache.PageCacheMiddleware(lambda r: HttpResponse("fresh"))(_request_for(about.url))
    assert again.content == b"fresh"


# --- Changes ---------------------------------------------------------------------------


def test_publishing_a_change_is_seen(client, about, committed):
    assert "About us" in cached(client, about.url)
    about.title = "About the network"
    with committed():
        about.save_revision().publish()
    assert "About the network" in fresh(client, about.url).content.decode()


def test_publishing_a_new_page_updates_the_listing(client, case_studies, committed):
    index, _first = case_studies
    assert "Housing first in Fife" not in cached(client, index.url)
    with committed():
        page = CaseStudyPageFactory(parent=index, title="Housing first in Fife", live=False)
        page.save_revision().publish()
    assert "Housing first in Fife" in fresh(client, index.url).content.decode()


def test_unpublishing_is_seen_on_the_page_and_the_listing(client, case_studies, committed):
    index, first = case_studies
    assert "Money advice in Dundee" in cached(client, index.url)
    cached(client, first.url)
    with committed():
        first.unpublish()
    assert fresh(client, first.url).status_code == 404
    assert "Money advice in Dundee" not in fresh(client, index.url).content.decode()


def test_moving_a_page_is_seen(client, home_page, about, committed):
    team = StandardPageFactory(parent=home_page, title="Team", summary="The team")
    team.save_revision().publish()
    old_url = about.url
    cached(client, old_url)
    with committed():
        about.move(team, pos="last-child")
    new_url = Page.objects.get(pk=about.pk).url
    assert new_url.startswith(team.url)
    moved = client.get(old_url)  # Wagtail made a redirect from the old address
    assert moved.status_code == 301 and moved["Location"] == new_url
    assert "About us" in fresh(client, new_url).content.decode()


def test_deleting_a_page_is_seen(client, case_studies, committed):
    index, first = case_studies
    url = first.url
    cached(client, url)
    cached(client, index.url)
    with committed():
        Page.objects.get(pk=first.pk).delete()
    assert fresh(client, url).status_code == 404
    assert "Money advice in Dundee" not in fresh(client, index.url).content.decode()


def test_publishing_a_translation_is_seen(client, about, gaelic_home_page, gaelic, committed):
    translated = translate(about, gaelic, {"About us": "Mu ar deidhinn"})
    url = translated.url
    assert "Mu ar deidhinn" in cached(client, url)

    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=gaelic
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "About us":
            entry.msgstr = "Mun lìonra"
    with committed():
        translation.import_po(po)
        translation.save_target(publish=True)
    # The old address now redirects to the one made from the new title, never the old page.
    response = client.get(url, follow=True)
    assert response.redirect_chain or response["X-Cache"] != "hit"
    assert "Mun lìonra" in response.content.decode()


def test_renaming_a_taxonomy_term_is_seen(client, case_studies, committed):
    index, _first = case_studies
    theme = ThemeFactory(slug="housing", name="Housing")
    page = CaseStudyPageFactory(parent=index, title="Tenancy support", themes=[theme])
    page.save_revision().publish()
    assert "Housing" in cached(client, page.url)
    theme.name = "Housing and homelessness"
    with committed():
        theme.save()
    assert "Housing and homelessness" in fresh(client, page.url).content.decode()


def test_editing_a_snippet_is_seen(client, case_studies, committed):
    index, _first = case_studies
    organisation = OrganisationFactory(name="Dundee HSCP", slug="dundee-hscp")
    page = CaseStudyPageFactory(parent=index, title="Partners", organisations=[organisation])
    page.save_revision().publish()
    assert "Dundee HSCP" in cached(client, page.url)
    organisation.name = "Dundee Health and Social Care Partnership"
    with committed():
        organisation.save()
    assert "Dundee Health and Social Care Partnership" in fresh(client, page.url).content.decode()


def test_publishing_a_new_framework_version_is_seen(client, home_page, committed):
    framework = make_framework(competencies=2, domains=1)
    page = make_framework_page(home_page)
    assert "Competency 1.1" in cached(client, page.url)
    with committed():
        new = framework_services.create_new_version(framework)
        competency = new.domains.first().competencies.first()
        competency.title = "Working with GP practices"
        competency.save()
        framework_services.publish(new)
    assert "Working with GP practices" in fresh(client, page.url).content.decode()


def test_navigation_footer_settings_and_footer_text_are_seen(client, home_page, about, committed):
    site = Site.objects.get(is_default_site=True)
    assert "Who we are" not in cached(client, "/")
    with committed():
        navigation = NavigationSettings.for_site(site)
        navigation.header_links = [("link", {"page": about, "url": "", "text": "Who we are"})]
        navigation.save()
    assert "Who we are" in cached(client, "/")
    with committed():
        footer = FooterSettings.for_site(site)
        footer.footer_links = [
            ("link", {"page": None, "url": "https://example.org/", "text": "Partners"})
        ]
        footer.save()
    assert "https://example.org/" in cached(client, "/")
    with committed():
        FooterText.objects.create(text="A network of link workers", locale=english())
    assert "A network of link workers" in fresh(client, "/").content.decode()


def test_documents_added_renamed_and_restricted_are_seen(client, home_page, committed):
    index = ResourceIndexPageFactory(parent=home_page)
    assert "Annual report" not in cached(client, index.url)
    with committed():
        document = ResourceDocumentFactory(title="Annual report")
    assert "Annual report" in cached(client, index.url)
    document.title = "Annual report 2026"
    with committed():
        document.save()
    assert "Annual report 2026" in cached(client, index.url)

    collection = Collection.get_first_root_node().add_child(name="Members only")
    document.collection = collection
    document.save()
    with committed():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get(name="Members"))
    assert "Annual report 2026" not in fresh(client, index.url).content.decode()


def test_restricting_a_page_is_seen(client, about, committed):
    cached(client, about.url)
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=about, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name="Members")])
    assert client.get(about.url).status_code == 302


def test_deleting_an_image_is_seen(client, home_page, committed):
    image = wagtail_factories.ImageFactory(title="Link worker at a desk")
    page = StandardPageFactory(
        parent=home_page,
        title="Gallery",
        summary="Pictures",
        body=[("image", {"image": image, "alt_text": "A link worker", "decorative": False})],
    )
    page.save_revision().publish()
    assert 'alt="A link worker"' in cached(client, page.url)
    with committed():
        image.delete()
    assert 'alt="A link worker"' not in fresh(client, page.url).content.decode()


def test_scheduled_publishing_going_live_is_seen(client, about, committed):
    assert "About us" in cached(client, about.url)
    about.title = "About the network, from Monday"
    revision = about.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert "About us" in cached(client, about.url)  # saving a scheduled draft changes nothing
    with committed():
        call_command("publish_scheduled")
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None
    assert "About the network, from Monday" in fresh(client, about.url).content.decode()


def test_scheduled_expiry_is_seen(client, about, committed):
    assert "About us" in cached(client, about.url)
    about.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    about.save()
    assert "About us" in cached(client, about.url)  # still live until the command runs
    with committed():
        call_command("publish_scheduled")
    assert fresh(client, about.url).status_code == 404


def test_feeds_and_sitemap_show_a_newly_published_page(client, home_page, committed):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Network day announced")
    for url in ("/news/feed/", "/news/feed/atom/", "/sitemap.xml"):
        cached(client, url)
    with committed():
        item = NewsPageFactory(parent=news, title="New guidance on referrals", live=False)
        item.save_revision().publish()
    for url in ("/news/feed/", "/news/feed/atom/"):
        assert "New guidance on referrals" in fresh(client, url).content.decode()
    assert item.slug in fresh(client, "/sitemap.xml").content.decode()


def test_search_results_show_a_newly_published_page(client, home_page, committed):
    assert "Benefits clinic" not in cached(client, "/search/?q=benefits")
    with committed():
        page = StandardPageFactory(
            parent=home_page, title="Benefits clinic", summary="Benefits advice", live=False
        )
        page.save_revision().publish()
    assert "Benefits clinic" in fresh(client, "/search/?q=benefits").content.decode()


def test_a_change_that_is_rolled_back_changes_nothing(client, about):
    generation = page_cache.current_generation()
    with pytest.raises(RuntimeError), transaction.atomic():
        about.title = "Never published"
        about.save_revision().publish()
        raise RuntimeError
    assert page_cache.current_generation() == generation


def test_learner_activity_and_signing_in_never_empty_the_cache(client, home_page, committed):
    module, lessons = build_module(LearningIndexPageFactory(parent=home_page))
    learner = UserFactory()
    client.get("/")  # the first page ever shown makes the site's settings rows, once
    generation = page_cache.current_generation()
    with committed():
        learning_services.visit_lesson(learner, lessons[0])
        learning_services.complete_lesson(learner, lessons[0])
        prompt = next(block.id for block in lessons[0].body if block.block_type == "reflection")
        learning_services.save_reflection(learner, lessons[0], prompt, "I noticed things.")
        client.force_login(learner)
        client.get(lessons[0].url)
        client.logout()
    assert page_cache.current_generation() == generation


def test_every_model_is_content_or_named_as_not(django_user_model):
    from django.apps import apps

    learner_models = {
        "learning.enrolment",
        "learning.lessoncompletion",
        "learning.attempt",
        "learning.reflection",
        "learning.certificate",
        "learning.xapistatement",
        "frameworks.selfassessment",
        "frameworks.rating",
        "scorm.scormattempt",
        "sessions.session",
        django_user_model._meta.label_lower,
    }
    for model in apps.get_models():
        label = model._meta.label_lower
        assert page_cache.is_content_model(model) == (
            label not in learner_models and not _listed_as_not_content(model)
        ), label
    for label in learner_models:
        assert not page_cache.is_content_model(apps.get_model(label)), label
    for label in ("core.theme", "frameworks.competency", "wagtailcore.page", "core.footersettings"):
        assert page_cache.is_content_model(apps.get_model(label)), label


def _listed_as_not_content(model):
    opts = model._meta
    return opts.app_label in page_cache.NOT_CONTENT or opts.label_lower in page_cache.NOT_CONTENT


# --- The front-end cache (a CDN) -------------------------------------------------------


class RecordingBackend:
    """A front-end cache backend that records what it was asked to purge."""

    purged = []

    def __init__(self, params):
        self.hostnames = ["*"]

    def purge_batch(self, urls):
        RecordingBackend.purged.append(sorted(urls))

    def invalidates_hostname(self, hostname):
        return True


def test_a_change_purges_the_front_end_cache(client, settings, case_studies, committed):
    index, first = case_studies
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "tests.core.test_page_cache.RecordingBackend"}
    }
    RecordingBackend.purged = []
    response = client.get(first.url)
    assert "s-maxage=300" in response["Cache-Control"]
    first.title = "Money advice in Dundee and Angus"
    with committed():
        first.save_revision().publish()
    assert RecordingBackend.purged
    urls = RecordingBackend.purged[-1]
    assert "http://localhost/case-studies/" in urls
    assert f"http://localhost{first.url}" in urls
    assert "http://localhost/sitemap.xml" in urls


def test_cloudflare_is_purged_entirely(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "portal.core.frontend_cache.CloudflareBackend",
            "ZONEID": "zone",
            "BEARER_TOKEN": "token",
        }
    }
    reply = mock.Mock(status_code=200)
    reply.json.return_value = {"success": True}
    with mock.patch("portal.core.frontend_cache.requests.post", return_value=reply) as post:
        assert frontend_cache.purge_everything() == 1
    post.assert_called_once()
    assert post.call_args.kwargs["json"] == {"purge_everything": True}
    assert post.call_args.kwargs["headers"]["Authorization"] == "Bearer token"
    assert post.call_args.args[0].endswith("/zones/zone/purge_cache")


def test_without_a_front_end_cache_nothing_is_purged(settings):
    settings.WAGTAILFRONTENDCACHE = {}
    assert frontend_cache.purge_everything() == 0


def test_a_purge_queued_before_a_later_change_is_skipped(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "tests.core.test_page_cache.RecordingBackend"}
    }
    RecordingBackend.purged = []
    page_cache.bump_generation()
    stale = page_cache.current_generation()
    page_cache.bump_generation()
    assert page_cache.purge_frontend_cache.call(stale) == 0


def test_deploy_check_warns_of_a_page_cache_kept_per_process(settings):
    from portal.core.checks import shared_page_cache

    settings.CACHES = {
        **settings.CACHES,
        "page": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    assert [warning.id for warning in shared_page_cache(None)] == ["portal.W002"]
    settings.CACHES = {
        **settings.CACHES,
        "page": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"},
    }
    assert shared_page_cache(None) == []


def test_an_unreachable_cache_serves_pages_uncached(client, about):
    broken = mock.Mock(side_effect=ConnectionError("cache down"))
    with mock.patch.object(page_cache, "page_cache", broken):
        response = client.get(about.url)
        assert response.status_code == 200 and "About us" in response.content.decode()
        assert response["X-Cache"] == "pass"
        page_cache.bump_generation()  # logged, never raised


@pytest.mark.parametrize(
    ("redis_url", "backend"),
    [
        ("", "django.core.cache.backends.filebased.FileBasedCache"),
        ("redis://127.0.0.1:6379/0", "django.core.cache.backends.redis.RedisCache"),
    ],
)
def test_the_page_cache_is_shared_by_every_process_in_production(monkeypatch, redis_url, backend):
    """Gunicorn workers, publish_scheduled and the task worker must share it."""
    import importlib

    from portal.settings import base

    monkeypatch.setenv("REDIS_URL", redis_url)
    try:
        settings_module = importlib.reload(base)
        assert settings_module.CACHES["page"]["BACKEND"] == backend
        assert settings_module.PAGE_CACHE_ENABLED
    finally:
        monkeypatch.delenv("REDIS_URL")
        importlib.reload(base)
