"""Hostile values in every form, query string and URL get a 4xx or the form again, never a 5xx.

``TARGETS`` lists every form and query parameter the portal reads, with the people it
applies to (anonymous, learner, member, programme manager, staff with their second
factor passed in this session). Hypothesis sends each of them generated hostile values
(NUL bytes, numbers past 64 bits, superscript, circled and Arabic-Indic digits, very
long strings, lone surrogates (sent as the invalid UTF-8 they encode to), SQL and HTML
fragments, negative numbers, nothing at all); the values the attack found come first.

The list is checked against the code, so a new form or parameter cannot be missed:

- every ``request.GET`` / ``request.POST`` parameter the source reads is in a target;
- every Django form and filter set the project defines is tried, all of its fields;
- every URL the project adds to the URLconf, and every page type and route, is tried.

Run it on PostgreSQL too (the suite runs a second time there in CI)::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sec_tests \\
        .venv/bin/python -m pytest -p no:xdist tests/accounts/test_hostile_input.py --create-db
"""

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ("portal", "learning", "frameworks", "network")

# -- The hostile values -------------------------------------------------------------------

FOUND = [
    "²",
    "①",
    "٣",
    "99999999999999999999999",
    "99999999999999999999",
    "-1",
    "0",
    "1e3",
    " 1",
    "abc\x00def",
    "\x00",
    "\ud800",
    "1\udfff",
    "",
    "' OR 1=1 --",
    "1; DROP TABLE auth_user",
    '<script>alert("x")</script>',
    "%00",
    "../../etc/passwd",
    "x" * 20_000,
]
HOSTILE = st.one_of(
    st.sampled_from(FOUND),
    st.text(max_size=40),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=6),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=3), st.integers(300, 6000)),
)
CHECK = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ANONYMOUS, LEARNER, MEMBER, MANAGER, STAFF = "anonymous", "learner", "member", "manager", "staff"
EVERYONE = (ANONYMOUS, LEARNER, MEMBER, MANAGER, STAFF)
SIGNED_IN = (LEARNER, MEMBER, MANAGER, STAFF)


def _encode(value):
    """A value as the bytes a client sends: a lone surrogate becomes invalid UTF-8."""
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def _query(data):
    return "&".join(f"{_encode(key)}={_encode(str(value))}" for key, value in data.items())


# -- Every form and parameter -----------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A URL and the parameters it reads; ``url`` and ``base`` take the fixture's world."""

    id: str
    url: object  # world -> path
    params: tuple  # the parameters' names
    method: str = "get"
    roles: tuple = EVERYONE
    base: object = None  # world -> the other fields' ordinary values
    names: tuple = ()  # the URL names (URLconf or page routes) this target tries
    forms: tuple = ()  # the form and filter set classes (by name) behind it
    headers: dict = field(default_factory=dict)
    fields: object = None  # world -> the names of fields a form makes per question

    def parameters(self, world):
        return self.params + (self.fields(world) if self.fields else ())


def _page(name):
    return lambda world: world[name].url


def _route(name, route):
    return lambda world: world[name].url + route


def _answer_fields(world):
    return tuple(f"answer-{block.id}" for block in world["checked_lesson"].questions)


def _rating_fields(world):
    pks = [c.pk for c in world["competencies"]][:2]
    return tuple(f"{kind}_{pk}" for pk in pks for kind in ("level", "note"))


TARGETS = [
    # Site search and its suggestions.
    Target(
        "search",
        lambda w: reverse("search:search"),
        ("q", "type", "theme", "region", "audience", "lang", "sort", "page"),
        names=("search:search",),
    ),
    Target("suggest", lambda w: reverse("search:suggest"), ("q",), names=("search:suggest",)),
    # Accounts (allauth's forms and the portal's own).
    Target(
        "sign-in",
        lambda w: reverse("account_login"),
        ("login", "password", "remember", "next"),
        "post",
        roles=(ANONYMOUS,),
        base=lambda w: {"login": "nobody@example.com", "password": "wrong"},
    ),
    Target(
        "sign-up",
        lambda w: reverse("account_signup"),
        ("display_name", "email", "password1", "password2", "username"),
        "post",
        roles=(ANONYMOUS,),
        forms=("SignupForm",),
    ),
    Target(
        "password-reset",
        lambda w: reverse("account_reset_password"),
        ("email",),
        "post",
        roles=(ANONYMOUS,),
    ),
    Target(
        "second-factor-again",
        lambda w: reverse("mfa_reauthenticate"),
        ("code", "next"),
        "post",
        roles=(STAFF,),
        forms=("ReauthenticateForm", "AuthenticateForm"),
    ),
    Target(
        "profile",
        lambda w: reverse("accounts:profile"),
        (
            "first_name",
            "last_name",
            "display_name",
            "role",
            "organisation",
            "region",
            "job_title",
            "language",
        ),
        "post",
        roles=SIGNED_IN,
        base=lambda w: {"display_name": "A name", "role": "clw", "language": "en"},
        names=("accounts:profile",),
        forms=("ProfileForm",),
    ),
    Target(
        "erase",
        lambda w: reverse("accounts:erase"),
        ("password", "confirm"),
        "post",
        roles=SIGNED_IN,
        base=lambda w: {"confirm": "on"},
        names=("accounts:erase",),
        forms=("EraseAccountForm",),
    ),
    Target(
        "restricted",
        lambda w: reverse("members:restricted"),
        ("next",),
        names=("members:restricted",),
    ),
    Target(
        "directory",
        lambda w: reverse("members:directory"),
        ("q", "region", "theme", "page"),
        roles=(ANONYMOUS, LEARNER, MEMBER),
        names=("members:directory",),
        forms=("DirectorySearchForm",),
    ),
    Target(
        "directory-entry",
        lambda w: reverse("members:directory_profile"),
        (
            "in_directory",
            "display_name",
            "job_title",
            "directory_about",
            "directory_themes",
            "show_email",
            "contact_phone",
            "show_phone",
        ),
        "post",
        roles=(LEARNER, MEMBER),
        base=lambda w: {"display_name": "A name", "in_directory": "on"},
        names=("members:directory_profile",),
        forms=("DirectoryProfileForm",),
    ),
    Target(
        "join",
        lambda w: reverse("members:join"),
        ("role", "organisation", "region", "reason"),
        "post",
        roles=(ANONYMOUS, LEARNER),
        base=lambda w: {"role": "clw", "region": w["region"].pk, "reason": "x" * 20},
        names=("members:join",),
        forms=("MembershipRequestForm",),
    ),
    # Wagtail's front-end doors (portal/accounts/doors.py).
    Target(
        "wagtail-sign-in",
        lambda w: reverse("wagtailcore_login"),
        ("next",),
        roles=(ANONYMOUS, STAFF),
        names=("wagtailcore_login",),
    ),
    Target(
        "page-password",
        lambda w: reverse(
            "wagtailcore_authenticate_with_password",
            args=[w["restriction"].pk, w["restriction"].page_id],
        ),
        ("password", "return_url"),
        "post",
        roles=(ANONYMOUS, LEARNER),
        base=lambda w: {"return_url": "/"},
        names=("wagtailcore_authenticate_with_password",),
    ),
    # Learning.
    Target(
        "catalogue",
        _page("index"),
        ("theme", "level", "length"),
        forms=("CatalogueFilterForm",),
    ),
    Target(
        "module",
        _page("module"),
        ("action",),
        "post",
        base=lambda w: {"action": "enrol"},
    ),
    Target("lesson", _page("lesson"), ("attempt",), roles=(ANONYMOUS, LEARNER)),
    Target(
        "lesson-post",
        _page("lesson"),
        ("action",),
        "post",
        roles=(ANONYMOUS, LEARNER),
        base=lambda w: {"action": "complete"},
    ),
    Target(
        "knowledge-check",
        _page("checked_lesson"),
        ("action",),
        "post",
        roles=(ANONYMOUS, LEARNER),
        base=lambda w: {"action": "check", **{name: "0" for name in _answer_fields(w)}},
        forms=("KnowledgeCheckForm",),
        fields=_answer_fields,
    ),
    Target(
        "save-note",
        lambda w: reverse("learning:save_reflection"),
        ("lesson", "prompt", "text"),
        "post",
        roles=(ANONYMOUS, LEARNER),
        base=lambda w: {"lesson": w["lesson"].pk, "prompt": w["prompt_id"], "text": "Notes"},
        names=("learning:save_reflection",),
        forms=("ReflectionForm",),
    ),
    Target(
        "save-note-by-script",
        lambda w: reverse("learning:save_reflection"),
        ("lesson", "prompt", "text"),
        "post",
        roles=(LEARNER,),
        base=lambda w: {"lesson": w["lesson"].pk, "prompt": w["prompt_id"], "text": "Notes"},
        headers={"Accept": "application/json"},
    ),
    Target(
        "note",
        lambda w: reverse("learning:reflection_detail", args=[w["reflection"].pk]),
        ("action", "text"),
        "post",
        roles=(LEARNER, MEMBER),
        base=lambda w: {"text": "Notes"},
        names=("learning:reflection_detail",),
    ),
    Target(
        "notes",
        lambda w: reverse("learning:reflections"),
        ("page",),
        roles=(ANONYMOUS, LEARNER),
        names=("learning:reflections",),
    ),
    Target(
        "team",
        lambda w: reverse("learning:team"),
        ("page",),
        roles=(LEARNER, MANAGER),
        names=("learning:team",),
    ),
    Target(
        "credential",
        lambda w: reverse("learning:credential_json", args=[w["certificate"].code]),
        ("download",),
        roles=(ANONYMOUS,),
        names=("learning:credential_json",),
    ),
    Target(
        "signed-credential",
        lambda w: reverse("learning:credential_jwt", args=[w["certificate"].code]),
        ("download",),
        roles=(ANONYMOUS,),
        names=("learning:credential_jwt",),
    ),
    # The competency framework and self-assessment.
    Target(
        "framework",
        _page("framework_page"),
        ("version",),
        roles=(ANONYMOUS, LEARNER),
        names=("FrameworkPage:framework_index",),
    ),
    Target(
        "self-assessment",
        _route("framework_page", "self-assessment/"),
        ("framework", "assessment", "finish"),
        "post",
        roles=(ANONYMOUS, LEARNER),
        base=lambda w: {"framework": w["framework"].pk},
        names=("FrameworkPage:self_assessment",),
        forms=("SelfAssessmentForm",),
        fields=_rating_fields,
    ),
    Target(
        "gaps",
        _route("framework_page", "self-assessment/gaps/"),
        ("target", "assessment"),
        roles=(ANONYMOUS, LEARNER),
        names=("FrameworkPage:gaps",),
        forms=("TargetForm",),
    ),
    # Network listings.
    Target(
        "case-studies",
        _page("case_studies"),
        ("theme", "region", "model", "setting", "kind", "page"),
    ),
    Target(
        "resources",
        _page("resources"),
        ("theme", "audience", "type", "page"),
        roles=(ANONYMOUS, MEMBER),
    ),
    Target("news", _page("news"), ("page",), roles=(ANONYMOUS,)),
    # The Wagtail admin screens the portal adds (staff, second factor passed).
    Target(
        "membership-decision",
        lambda w: reverse("membership_request_decide", args=[w["membership_request"].pk]),
        ("decision", "note"),
        "post",
        roles=(STAFF,),
        names=("membership_request_decide",),
        forms=("DecisionForm",),
    ),
    Target(
        "completions-report",
        lambda w: reverse("learning_reports:completions"),
        (
            "module",
            "completed_at_after",
            "completed_at_before",
            "region",
            "organisation",
            "export",
        ),
        roles=(STAFF,),
        names=("learning_reports:completions", "learning_reports:completions_results"),
        forms=("CompletionsFilterSet",),
    ),
    Target(
        "guidance-review-report",
        lambda w: reverse("network_guidance_review"),
        ("due_by", "live", "export"),
        roles=(STAFF,),
        names=("network_guidance_review", "network_guidance_review_results"),
        forms=("GuidanceReviewFilterSet",),
    ),
    Target(
        "translation-status-report",
        lambda w: reverse("translation_status:index"),
        ("locale", "status", "kind", "p", "export"),
        roles=(STAFF,),
        names=("translation_status:index", "translation_status:results"),
        forms=("TranslationStatusFilterSet",),
    ),
    Target(
        "translate-page-form",
        lambda w: reverse("wagtail_localize:submit_page_translation", args=[w["standard"].pk]),
        ("select_locale", "next"),
        roles=(STAFF,),
        names=("portal_submit_page_translation",),
    ),
    Target(
        "translate-page-form-post",
        lambda w: reverse("wagtail_localize:submit_page_translation", args=[w["standard"].pk]),
        ("locales", "include_subtree", "next"),
        method="post",
        roles=(STAFF,),
    ),
    Target(
        "translate-snippet-form",
        lambda w: reverse(
            "wagtail_localize:submit_snippet_translation", args=["core", "theme", w["theme"].pk]
        ),
        ("select_locale", "locales", "include_subtree", "next"),
        method="post",
        roles=(STAFF,),
        names=("portal_submit_snippet_translation",),
    ),
    Target(
        "document-listing",
        lambda w: reverse("network_documents"),
        ("q", "collection_id", "ordering", "p", "export"),
        roles=(STAFF,),
        names=("network_documents", "network_documents_results"),
    ),
]

# URLs and routes that read no parameter: each is opened by everyone with a hostile query
# string (test_pages_without_parameters_ignore_hostile_query_strings).
WITHOUT_PARAMETERS = {
    "accounts:export": lambda w: reverse("accounts:export"),
    "accounts:welcome": lambda w: reverse("accounts:welcome"),
    "favicon": lambda w: reverse("favicon"),
    "learning:self_assessment": lambda w: reverse("learning:self_assessment"),
    "members:withdraw": lambda w: reverse("members:withdraw"),
    "members:leave": lambda w: reverse("members:leave"),
    "learning:my_learning": lambda w: reverse("learning:my_learning"),
    "learning:record_csv": lambda w: reverse("learning:record_csv"),
    "learning:record_json": lambda w: reverse("learning:record_json"),
    "learning:certificate": lambda w: reverse("learning:certificate", args=[w["certificate"].code]),
    "learning:certificate_pdf": lambda w: reverse(
        "learning:certificate_pdf", args=[w["certificate"].code]
    ),
    "learning:credential_issuer": lambda w: reverse("learning:credential_issuer"),
    "learning:credential_jwks": lambda w: reverse("learning:credential_jwks"),
    "learning:credential_status": lambda w: reverse("learning:credential_status", args=[1]),
    "learning:credential_status_jwt": lambda w: reverse("learning:credential_status_jwt", args=[1]),
    "network:events_calendar": lambda w: reverse("network:events_calendar"),
    "membership_requests": lambda w: reverse("membership_requests"),
    "portal_search_admin": lambda w: reverse("portal_search_admin"),
    "learning_reports:funnel": lambda w: reverse("learning_reports:funnel"),
    "learning_reports:funnel_results": lambda w: reverse("learning_reports:funnel_results"),
    "FrameworkPage:history": _route("framework_page", "self-assessment/history/"),
    "CaseStudyIndexPage:organisation": lambda w: (
        w["case_studies"].url + f"organisations/{w['organisation'].slug}/"
    ),
    "NewsIndexPage:rss": _route("news", "feed/"),
    "NewsIndexPage:atom": _route("news", "feed/atom/"),
    "EventPage:ics": _route("event", "ics/"),
    "HomePage": _page("home"),
    "StandardPage": _page("standard"),
    "PathwayPage": _page("pathway"),
    "GuidanceIndexPage": _page("guidance_index"),
    "GuidancePage": _page("guidance"),
    "CaseStudyPage": _page("case_study"),
    "NewsPage": _page("news_item"),
    "EventIndexPage": _page("events"),
    "EventPage": _page("event"),
}

# URLs whose ids and codes are tried as hostile path segments
# (test_hostile_ids_and_codes_in_urls_are_a_404).
PATHS = {
    "learning:certificate": "/certificates/{}/",
    "learning:certificate_pdf": "/certificates/{}/pdf/",
    "learning:credential_json": "/certificates/{}/credential.json",
    "learning:credential_jwt": "/certificates/{}/credential.jwt",
    "learning:credential_key": "/credentials/keys/{}",
    "learning:credential_status": "/credentials/status/{}",
    "learning:reflection_detail": "/my-learning/reflections/{}/",
    "scorm_file": "/scorm/{}/index.html",
    "FrameworkPage:assessment_detail": "/framework/self-assessment/{}/",
    "FrameworkPage:assessment_pdf": "/framework/self-assessment/{}/pdf/",
    "membership_request_decide": "/admin/membership-requests/{}/decide/",
    "frameworks_action": "/admin/frameworks/{}/publish/",
}

# Staff's editing forms in the Wagtail admin (a page or snippet edit view, with Wagtail's
# own validation); what they refuse is tested in these files.
EDITING_FORMS = {
    "ScormLessonForm": "tests/learning/scorm/test_admin.py",
    "FrameworkAdminForm": "tests/frameworks/test_frameworks.py",
    "CaseStudyPageForm": "tests/network/test_case_studies.py",
    "GuidancePageForm": "tests/network/test_guidance_form.py",
    "ResourceDocumentForm": "tests/network/test_document_upload.py",
}
# The SCORM runtime reads a JSON body, not form parameters; malformed and hostile bodies
# are tried in tests/learning/scorm/test_runtime.py (test_malformed_bodies_are_a_clear_400,
# test_invalid_values_are_refused_whole).
# A package's files by hostile names (path steps, unknown files) are tried in
# tests/learning/scorm/test_lessons.py (test_only_the_package_own_files_are_served).
ELSEWHERE = {"ScormLessonPage", "ScormLessonPage:runtime", "ScormLessonPage:files"}


# -- The world the values are tried against ---------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, database_snapshots):
    """One of every page, form owner and role, built once for the module (committed) and
    taken away afterwards (the database goes back to the migrations' state)."""
    with django_db_blocker.unblock():
        built = _build_world()
    yield built
    with django_db_blocker.unblock():
        database_snapshots.restore("migrated")


def _build_world():
    from wagtail.models import PageViewRestriction, Site

    from learning import services
    from learning.models import Reflection
    from tests.factories.accounts import (
        MembershipRequestFactory,
        UserFactory,
        member_user,
        programme_manager,
        staff_user,
    )
    from tests.factories.core import (
        OrganisationFactory,
        RegionFactory,
        StandardPageFactory,
        ThemeFactory,
    )
    from tests.factories.frameworks import competencies_of, make_framework, make_framework_page
    from tests.factories.learning import (
        LearningIndexPageFactory,
        PathwayPageFactory,
        build_module,
    )
    from tests.factories.network import (
        CaseStudyIndexPageFactory,
        CaseStudyPageFactory,
        EventIndexPageFactory,
        EventPageFactory,
        GuidanceIndexPageFactory,
        GuidancePageFactory,
        NewsIndexPageFactory,
        NewsPageFactory,
        ResourceIndexPageFactory,
    )

    home = Site.objects.get(is_default_site=True).root_page.specific
    organisation = OrganisationFactory()
    region = RegionFactory()
    theme = ThemeFactory()
    learner = UserFactory()
    users = {
        LEARNER: learner,
        MEMBER: member_user(),
        MANAGER: programme_manager(organisation),
        STAFF: staff_user(),
    }
    index = LearningIndexPageFactory(parent=home)
    module, lessons = build_module(index, lessons=2, check=True)
    short, short_lessons = build_module(index, lessons=1, check=False, reflection=False)
    certificate = services.complete_lesson(learner, short_lessons[0])
    lesson = lessons[0]
    prompt_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    services.save_reflection(learner, lesson, prompt_id, "My notes")
    framework = make_framework(competencies=3, domains=1)
    standard = StandardPageFactory(parent=home)
    restriction = PageViewRestriction.objects.create(
        page=standard, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )
    case_studies = CaseStudyIndexPageFactory(parent=home)
    guidance_index = GuidanceIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    return {
        "users": users,
        "home": home,
        "organisation": organisation,
        "region": region,
        "theme": theme,
        "index": index,
        "module": module,
        "lesson": lesson,
        "checked_lesson": lessons[-1],
        "prompt_id": prompt_id,
        "reflection": Reflection.objects.get(user=learner),
        "certificate": certificate,
        "pathway": PathwayPageFactory(parent=index),
        "framework": framework,
        "competencies": competencies_of(framework),
        "framework_page": make_framework_page(home),
        "standard": standard,
        "restriction": restriction,
        "case_studies": case_studies,
        "case_study": CaseStudyPageFactory(parent=case_studies),
        "guidance_index": guidance_index,
        "guidance": GuidancePageFactory(parent=guidance_index),
        "news": news,
        "news_item": NewsPageFactory(parent=news),
        "events": events,
        "event": EventPageFactory(parent=events),
        "resources": ResourceIndexPageFactory(parent=home),
        "membership_request": MembershipRequestFactory(),
    }


def _client(world, role):
    client = Client()
    if role != ANONYMOUS:
        client.force_login(world["users"][role])  # staff: with the second factor passed
    return client


def _send(client, target, world, data):
    url = target.url(world)
    if target.method == "get":
        return client.get(f"{url}?{_query(data)}", headers=target.headers)
    return client.post(
        url,
        _query(data),
        content_type="application/x-www-form-urlencoded",
        headers=target.headers,
    )


CASES = [(target, role) for target in TARGETS for role in target.roles]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("target", "role"), CASES, ids=[f"{target.id}-{role}" for target, role in CASES]
)
@CHECK
@given(data=st.data())
def test_hostile_values_never_cause_a_server_error(world, target, role, data):
    client = _client(world, role)
    parameter = data.draw(st.sampled_from(target.parameters(world)), label="parameter")
    value = data.draw(HOSTILE, label="value")
    fields = dict(target.base(world)) if target.base else {}
    fields[parameter] = value
    response = _send(client, target, world, fields)
    assert response.status_code < 500, (target.id, role, parameter, value)


CORE = ["²", "①", "99999999999999999999999", "abc\x00def", "\ud800", "-1", "", "x" * 20_000]


@pytest.mark.django_db
@pytest.mark.parametrize("target", TARGETS, ids=[target.id for target in TARGETS])
def test_every_parameter_at_once_with_the_values_found(world, target):
    """Each of the values the attack found, in every parameter of the target at once, from
    the person who reaches the most of its code (so no parameter misses one by chance)."""
    role = target.roles[-1]
    client = _client(world, role)
    for value in CORE:
        fields = {name: value for name in target.parameters(world)}
        response = _send(client, target, world, fields)
        assert response.status_code < 500, (target.id, role, value)


@pytest.mark.django_db
@pytest.mark.parametrize("role", EVERYONE)
def test_pages_without_parameters_ignore_hostile_query_strings(world, role):
    client = _client(world, role)
    hostile = _query({"page": "²", "id": "99999999999999999999", "q": "a\x00b", "x": "\ud800"})
    for name, url in WITHOUT_PARAMETERS.items():
        response = client.get(f"{url(world)}?{hostile}")
        assert response.status_code < 500, (name, role, response.status_code)


@pytest.mark.django_db
@CHECK
@given(value=HOSTILE.filter(bool))
def test_hostile_ids_and_codes_in_urls_are_a_404(world, value):
    client = _client(world, STAFF)
    for name, pattern in PATHS.items():
        response = client.get(pattern.format(_encode(value)))
        assert response.status_code < 500, (name, value)


def test_the_reported_inputs_are_refused_plainly(world, db):
    client = _client(world, MEMBER)
    for value in ("²", "①", "99999999999999999999999"):
        response = client.post(reverse("learning:save_reflection"), {"lesson": value})
        assert response.status_code == 404, value
    assert client.get("/certificates/abc%00def/").status_code == 404
    response = client.post(
        reverse("members:directory_profile"), {"directory_themes": "99999999999999999999"}
    )
    assert response.status_code == 200
    assert "is not a valid value" in response.content.decode()
    response = client.post(reverse("accounts:profile"), {"organisation": "99999999999999999999"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


# -- The list is the code's -------------------------------------------------------------

READ = re.compile(
    r"""(?:request\.(?:GET|POST)|\bparams)\s*(?:\.(?:get|getlist))?\s*[(\[]\s*(?P<arg>[^,)\]]+)"""
)
CONTAINS = re.compile(r"""["'](?P<name>[^"']+)["']\s+in\s+request\.(?:GET|POST)\b""")
# Reads whose parameter name is a variable: the names come from the code's own lists.
DYNAMIC = {
    ("network/facets.py", "name"): "the listing's facets (case studies, resources)",
    ("portal/search/views.py", "kind"): "portal.search.query.FACET_KINDS",
    ("portal/accounts/doors.py", "REDIRECT_FIELD_NAME"): "next",
}


def _sources():
    for package in PROJECT:
        for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path.relative_to(ROOT).as_posix(), path.read_text()


def _tried_parameters():
    return {name for target in TARGETS for name in target.params}


def test_every_parameter_a_view_reads_is_tried():
    tried = _tried_parameters()
    missing = []
    for path, text in _sources():
        for match in READ.finditer(text):
            argument = match.group("arg").strip()
            literal = re.fullmatch(r"""["']([^"']*)["']""", argument)
            if literal:
                if literal.group(1) not in tried:
                    missing.append(f"{path}: {literal.group(1)!r}")
            elif (path, argument) not in DYNAMIC:
                missing.append(f"{path}: a parameter named by {argument!r}")
        for match in CONTAINS.finditer(text):
            if match.group("name") not in tried:
                missing.append(f"{path}: {match.group('name')!r}")
    assert missing == [], "Add these to TARGETS in tests/accounts/test_hostile_input.py"


def test_the_dynamically_named_parameters_are_tried():
    from portal.search.query import FACET_KINDS

    search = next(t for t in TARGETS if t.id == "search")
    assert set(FACET_KINDS) <= set(search.params)


def _project_modules():
    for package in PROJECT:
        module = importlib.import_module(package)
        yield module
        for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
            if ".migrations" in info.name or info.name.endswith(("settings.production",)):
                continue
            if ".settings" in info.name or info.name.endswith(".wsgi") or ".asgi" in info.name:
                continue
            yield importlib.import_module(info.name)


def _project_classes(base):
    found = {}
    for module in _project_modules():
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, base)
                and value.__module__ == module.__name__
            ):
                found[value.__name__] = value
    return found


@pytest.mark.django_db
def test_every_form_and_filter_set_is_tried_with_all_its_fields(world):
    import django_filters
    from django import forms

    tried = {name: target for target in TARGETS for name in target.forms}
    defined = _project_classes(forms.BaseForm) | _project_classes(django_filters.FilterSet)
    untried = sorted(set(defined) - set(tried) - set(EDITING_FORMS))
    assert untried == [], "Add these forms to a target in TARGETS"
    for name, target in tried.items():
        if name not in defined:
            continue  # one of allauth's, subclassed or used as it is
        form = defined[name]
        fields = set(form.base_fields if issubclass(form, forms.BaseForm) else form.base_filters)
        if issubclass(form, django_filters.FilterSet):
            ranges = {f for f, spec in form.base_filters.items() if "Range" in type(spec).__name__}
            fields = (fields - ranges) | {
                f"{f}_{end}" for f in ranges for end in ("after", "before")
            }
        assert fields <= set(target.parameters(world)), (
            name,
            fields - set(target.parameters(world)),
        )


def _named_urls(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _named_urls(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern):
            module = getattr(entry.callback, "__module__", "") or ""
            view_class = getattr(entry.callback, "view_class", None)
            if view_class is not None:
                module = view_class.__module__
            if module.split(".")[0] in PROJECT and entry.name:
                yield f"{namespace}{entry.name}"


def _covered_names():
    names = {name for target in TARGETS for name in target.names}
    return names | set(WITHOUT_PARAMETERS) | set(PATHS) | ELSEWHERE


def test_every_url_the_project_adds_is_tried():
    defined = set(_named_urls(get_resolver().url_patterns))
    assert defined, "the walk found no URL"
    untried = sorted(defined - _covered_names())
    assert untried == [], "Add these URLs to TARGETS, WITHOUT_PARAMETERS or PATHS"


def test_every_page_type_and_route_is_tried():
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page, get_page_models

    covered = _covered_names() | {t.id for t in TARGETS}
    page_targets = {
        "LearningIndexPage": "catalogue",
        "ModulePage": "module",
        "LessonPage": "lesson",
        "FrameworkPage": "framework",
        "CaseStudyIndexPage": "case-studies",
        "ResourceIndexPage": "resources",
        "NewsIndexPage": "news",
    }
    untried = []
    for model in get_page_models():
        if model is Page or model.__module__.split(".")[0] not in PROJECT:
            continue
        name = model.__name__
        if name not in covered and page_targets.get(name) not in covered:
            untried.append(name)
        if issubclass(model, RoutablePageMixin):
            for route in model.get_subpage_urls():
                if route.name == "index_route":
                    continue  # the page itself, above
                if f"{name}:{route.name}" not in covered:
                    untried.append(f"{name}:{route.name}")
    assert untried == [], "Add these page types or routes to TARGETS or WITHOUT_PARAMETERS"
