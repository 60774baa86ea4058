"""The competency framework: versions, reading, self-assessment, gaps, privacy, bad input."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks

from frameworks import personal_data, selectors, services
from frameworks.models import (
    Competency,
    CompetencyFramework,
    Evidence,
    FrameworkStatus,
    Rating,
    SelfAssessment,
)
from frameworks.selectors import COMPETENCY_LEARNING_HOOK
from tests.factories.accounts import UserFactory
from tests.factories.frameworks import competencies_of, make_framework, make_framework_page

pytestmark = pytest.mark.django_db

ASSESS = "/framework/self-assessment/"


@pytest.fixture
def framework(db):
    return make_framework(competencies=6, domains=2)


@pytest.fixture
def page(home_page, framework):
    return make_framework_page(home_page)


def _snapshot(framework):
    framework.refresh_from_db()
    return (
        (framework.name, framework.version, framework.status, framework.published_on),
        [
            (c.pk, c.identity, c.code, c.title, c.informed, c.skilled)
            for c in competencies_of(framework)
        ],
    )


def _post_data(framework, levels, notes=None, assessment=None):
    data = {"framework": framework.pk, "assessment": assessment or ""}
    for competency, level in zip(competencies_of(framework), levels, strict=False):
        data[f"level_{competency.pk}"] = level
        data[f"note_{competency.pk}"] = (notes or {}).get(competency.code, "")
    return data


def _fake_learning(items):
    def hook(identities, user):
        return [item for item in items if item["identity"] in identities]

    return hook


# ---------------------------------------------------------------- versions


def test_new_version_keeps_identities_and_leaves_the_old_one_alone(framework, user):
    rows = competencies_of(framework)
    services.save_assessment(user, framework, {rows[0]: ("skilled", "note")}, complete=True)
    before = _snapshot(framework)
    ratings_before = list(Rating.objects.values_list("pk", "competency_id", "level", "note"))

    v2 = services.create_new_version(framework)
    new_rows = competencies_of(v2)
    assert v2.version == 2 and v2.status == FrameworkStatus.DRAFT
    assert [c.identity for c in new_rows] == [c.identity for c in rows]
    assert not {c.pk for c in new_rows} & {c.pk for c in rows}

    new_rows[0].title = "Renamed in version 2"
    new_rows[0].save()
    services.publish(v2)

    assert selectors.current_framework() == v2
    assert _snapshot(framework) == before
    assert list(Rating.objects.values_list("pk", "competency_id", "level", "note")) == (
        ratings_before
    )
    assert SelfAssessment.objects.get().framework == framework


def test_retired_versions_assessments_stay_readable(page, framework, user, client):
    rows = competencies_of(framework)
    assessment = services.save_assessment(
        user, framework, {rows[0]: ("enhanced", "Kept")}, complete=True
    )
    services.publish(services.create_new_version(framework))
    services.retire(framework)
    client.force_login(user)
    response = client.get(f"{ASSESS}{assessment.pk}/")
    assert response.status_code == 200
    assert "Kept" in response.content.decode()
    history = client.get(ASSESS + "history/").content.decode()
    assert "Enhanced" in history


def test_publishing_needs_competencies(db):
    empty = make_framework(competencies=0, domains=0, publish=False)
    with pytest.raises(ValidationError):
        services.publish(empty)


def test_history_follows_a_competency_across_versions(page, framework, user, client):
    rows = competencies_of(framework)
    services.save_assessment(user, framework, {rows[0]: ("informed", "")}, complete=True)
    v2 = services.create_new_version(framework)
    services.publish(v2)
    services.save_assessment(user, v2, {competencies_of(v2)[0]: ("enhanced", "")}, complete=True)
    client.force_login(user)
    html = client.get(ASSESS + "history/").content.decode()
    row = html.split("Competency 1.1</th>")[1].split("</tr>")[0]
    assert "Informed" in row and "Enhanced" in row


# ---------------------------------------------------------------- evidence


def test_record_evidence_is_dated_idempotent_and_follows_identity(framework, user):
    competency = competencies_of(framework)[0]
    day = datetime.date(2026, 3, 1)
    first = services.record_evidence(
        user,
        competency,
        "skilled",
        source_key="module:42",
        source_title="Money advice",
        source_url="/learning/money/",
        achieved_on=day,
    )
    again = services.record_evidence(
        user, competency, "skilled", source_key="module:42", source_title="Money advice"
    )
    assert first.pk == again.pk and Evidence.objects.count() == 1
    assert first.achieved_on == day

    v2 = services.create_new_version(framework)
    carried = competencies_of(v2)[0]
    services.record_evidence(
        user, carried, "skilled", source_key="module:42", source_title="Money advice"
    )
    assert Evidence.objects.count() == 1
    assert selectors.evidence_by_identity(user, [str(carried.identity)])[str(carried.identity)]

    with pytest.raises(ValidationError):
        services.record_evidence(user, competency, "expert", source_key="x", source_title="X")


# ---------------------------------------------------------------- reading


def test_framework_page_is_public_with_anchors_levels_and_learning(page, framework, client):
    competency = competencies_of(framework)[0]
    item = {
        "identity": str(competency.identity),
        "level": "skilled",
        "title": "Good conversations module",
        "url": "/learning/good-conversations/",
        "completed": False,
    }
    with hooks.register_temporarily(COMPETENCY_LEARNING_HOOK, _fake_learning([item])):
        html = client.get("/framework/").content.decode()
    assert 'id="competency-1-1"' in html and 'href="#competency-1-1"' in html
    assert "Skilled 1.1" in html and "Specialist 2.3" in html
    assert "Good conversations module" in html and 'href="/learning/good-conversations/"' in html
    assert "Sign in to assess yourself" in html


def test_framework_page_without_learning_hook_shows_no_learning(page, client):
    html = client.get("/framework/").content.decode()
    assert "Learning and resources for this competency" not in html


def test_framework_text_is_in_search_body(page):
    body = page.get_search_body()
    assert "Competency 2.1" in body and "Enhanced 2.1" in body


def test_gaelic_framework_page_shows_the_translation(demo_content, gaelic, client):
    from frameworks.models import FrameworkPage

    assert FrameworkPage.objects.filter(locale=gaelic).exists()
    html = client.get("/gd/fream-chomasan/").content.decode()
    assert '<html lang="gd"' in html
    assert "togail earbsa agus dàimh" in html  # 1.1 in Gaelic
    assert "Fiosraichte" in html


# ---------------------------------------------------------------- self-assessment


def test_anonymous_visitors_are_sent_to_sign_in(page, client):
    for url in (ASSESS, ASSESS + "history/", ASSESS + "gaps/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


def test_save_part_way_return_and_finish(page, framework, user, client):
    client.force_login(user)
    rows = competencies_of(framework)
    data = _post_data(framework, ["skilled", "not-yet"], {"1.1": "Going well"})
    data["save"] = "1"
    assert client.post(ASSESS, data).status_code == 302
    assessment = SelfAssessment.objects.get()
    assert not assessment.is_complete
    assert {r.competency_id: r.level for r in assessment.ratings.all()} == {
        rows[0].pk: "skilled",
        rows[1].pk: "",
    }

    html = client.get(ASSESS).content.decode()
    assert "Going well" in html
    assert f'name="assessment" value="{assessment.pk}"' in html

    data = _post_data(framework, ["enhanced", "informed", "skilled"], assessment=assessment.pk)
    data["finish"] = "1"
    response = client.post(ASSESS, data)
    assert response.status_code == 302 and "gaps" in response["Location"]
    assessment.refresh_from_db()
    assert assessment.is_complete and assessment.ratings.count() == 3

    # Months later: a new assessment, the old one untouched.
    html = client.get(ASSESS).content.decode()
    assert 'name="assessment" value=""' in html or 'name="assessment" id' in html
    data = _post_data(framework, ["specialist"])
    data["finish"] = "1"
    client.post(ASSESS, data)
    assert SelfAssessment.objects.count() == 2
    assert assessment.ratings.get(competency=rows[0]).level == "enhanced"


@pytest.mark.parametrize(
    "case",
    ["other_framework", "unknown_level", "long_note", "tampered_assessment", "stale_framework"],
)
def test_bad_input_is_a_form_error_and_saves_nothing(page, framework, user, client, case):
    client.force_login(user)
    other_user_assessment = services.save_assessment(
        UserFactory(), framework, {competencies_of(framework)[0]: ("skilled", "")}
    )
    data = _post_data(framework, ["skilled", "informed"])
    data["save"] = "1"
    if case == "other_framework":
        other = make_framework(competencies=2, domains=1, name="Other")
        data[f"level_{competencies_of(other)[0].pk}"] = "skilled"
    elif case == "unknown_level":
        data[f"level_{competencies_of(framework)[0].pk}"] = "grandmaster"
    elif case == "long_note":
        data[f"note_{competencies_of(framework)[0].pk}"] = "x" * 1001
    elif case == "tampered_assessment":
        data["assessment"] = other_user_assessment.pk
    elif case == "stale_framework":
        data["framework"] = framework.pk + 999
    before = (SelfAssessment.objects.count(), Rating.objects.count())
    response = client.post(ASSESS, data)
    assert response.status_code == 400
    assert "Your answers were not saved" in response.content.decode()
    assert (SelfAssessment.objects.count(), Rating.objects.count()) == before
    assert Rating.objects.filter(assessment__user=user).count() == 0


def test_service_refuses_ratings_for_another_framework(framework, user):
    other = make_framework(competencies=2, domains=1, name="Other")
    with pytest.raises(ValidationError):
        services.save_assessment(user, framework, {competencies_of(other)[0]: ("skilled", "")})
    assert not SelfAssessment.objects.exists()


# ---------------------------------------------------------------- gaps


def test_gaps_recommend_only_below_target_and_not_completed(page, framework, user, client):
    rows = competencies_of(framework)
    assessment = services.save_assessment(
        user,
        framework,
        {rows[0]: ("informed", ""), rows[1]: ("enhanced", ""), rows[2]: ("", "")},
        complete=True,
    )
    services.record_evidence(
        user, rows[0], "informed", source_key="m:intro", source_title="Intro module"
    )
    items = [
        {
            "identity": str(rows[0].identity),
            "level": "skilled",
            "title": "Wanted A",
            "url": "/a/",
            "completed": False,
        },
        {
            "identity": str(rows[0].identity),
            "level": "skilled",
            "title": "Done already",
            "url": "/done/",
            "completed": True,
        },
        {
            "identity": str(rows[1].identity),
            "level": "skilled",
            "title": "Above target",
            "url": "/b/",
            "completed": False,
        },
        {
            "identity": str(rows[2].identity),
            "level": "informed",
            "title": "Wanted C",
            "url": "/c/",
            "completed": False,
        },
    ]
    client.force_login(user)
    with hooks.register_temporarily(COMPETENCY_LEARNING_HOOK, _fake_learning(items)):
        html = client.get(ASSESS + "gaps/?target=skilled").content.decode()
        found = selectors.gaps(user, assessment, selectors.load_structure(framework), "skilled")
    assert "Wanted A" in html and "Wanted C" in html
    assert "Done already" not in html and "Above target" not in html
    assert "Intro module" in html  # evidence beside the competency
    codes = [gap.competency.code for gap in found]
    assert "1.1" in codes and "1.2" not in codes and "1.3" in codes
    assert "2.1" in codes  # not answered counts as below target


def test_gaps_target_is_validated(page, framework, user, client):
    services.save_assessment(user, framework, {}, complete=True)
    client.force_login(user)
    response = client.get(ASSESS + "gaps/?target=wizard")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


# ---------------------------------------------------------------- privacy


@pytest.mark.parametrize("who", ["other", "staff", "manager"])
def test_assessments_are_private_to_the_learner(page, framework, user, client, who):
    from portal.accounts.models import MemberProfile

    assessment = services.save_assessment(
        user, framework, {competencies_of(framework)[0]: ("skilled", "Private note")}
    )
    intruder = UserFactory()
    if who == "staff":
        intruder.is_staff = intruder.is_superuser = True
        intruder.save()
    elif who == "manager":
        intruder.profile.role = MemberProfile.Role.PROGRAMME_MANAGER
        intruder.profile.save()
    client.force_login(intruder)
    for url in (
        f"{ASSESS}{assessment.pk}/",
        f"{ASSESS}{assessment.pk}/pdf/",
        f"{ASSESS}gaps/?assessment={assessment.pk}",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Private note" not in response.content
    assert b"Private note" not in client.get(ASSESS + "history/").content


def test_owner_gets_supervision_page_and_pdf(page, framework, user, client):
    rows = competencies_of(framework)
    assessment = services.save_assessment(
        user, framework, {rows[0]: ("skilled", "Talk about caseload")}, complete=True
    )
    client.force_login(user)
    html = client.get(f"{ASSESS}{assessment.pk}/?target=enhanced").content.decode()
    assert "Talk about caseload" in html and "Gaps against Enhanced" in html
    response = client.get(f"{ASSESS}{assessment.pk}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert b"Roboto" in response.content  # the embedded Unicode font


def test_pdf_renders_gaelic_accents(framework, user):
    from frameworks.pdf import assessment_pdf

    rows = competencies_of(framework)
    assessment = services.save_assessment(
        user, framework, {rows[0]: ("skilled", "Tha mi ag ionnsachadh: à è ì ò ù")}
    )
    structure = selectors.load_structure(framework)
    for competency in structure.competencies:
        competency.rating = assessment.ratings.filter(competency=competency).first()
        competency.evidence = []
    content = assessment_pdf(
        user,
        {
            "assessment": assessment,
            "structure": structure,
            "target_name": "Skilled",
            "gaps": [],
        },
    )
    assert bytes(content).startswith(b"%PDF")


def test_history_chart_is_accessible_svg_with_a_table(page, framework, user, client):
    rows = competencies_of(framework)
    services.save_assessment(
        user,
        framework,
        {r: ("informed", "") for r in rows},
        complete=True,
        when=datetime.datetime(2026, 1, 10, tzinfo=datetime.UTC),
    )
    services.save_assessment(
        user,
        framework,
        {r: ("enhanced", "") for r in rows},
        complete=True,
        when=datetime.datetime(2026, 6, 10, tzinfo=datetime.UTC),
    )
    client.force_login(user)
    html = client.get(ASSESS + "history/").content.decode()
    assert '<svg class="chart"' in html and 'role="img"' in html
    assert '<title id="chart-title">' in html and "<desc" in html
    assert html.count("<polyline") == 2  # one line per domain
    assert "<td>1.0</td>" in html and "<td>3.0</td>" in html
    assert "Jan 2026" in html and "Jun 2026" in html


# ---------------------------------------------------------------- query budget


def _queries(client, url, method="get", data=None):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
    assert response.status_code in (200, 302, 400)
    return len(captured)


@pytest.mark.parametrize(
    "path",
    [
        "",
        "self-assessment/",
        "self-assessment/history/",
        "self-assessment/gaps/?target=enhanced",
        "self-assessment/{id}/",
        "self-assessment/{id}/pdf/",
    ],
)
def test_query_count_does_not_grow_with_the_framework(home_page, client, path):
    counts = []
    for size in (10, 60):
        user = UserFactory()
        client.force_login(user)
        for old in CompetencyFramework.objects.all():
            old.status = FrameworkStatus.RETIRED
            old.save()
        framework = make_framework(competencies=size, domains=5, version=size)
        page = make_framework_page(home_page, slug=f"framework-{size}")
        rows = competencies_of(framework)
        services.save_assessment(
            user, framework, {r: ("skilled", "n") for r in rows[:5]}, complete=True
        )
        services.record_evidence(user, rows[0], "informed", source_key="m", source_title="M")
        assessment = services.save_assessment(user, framework, {r: ("informed", "") for r in rows})
        url = page.url + path.format(id=assessment.pk)
        _queries(client, url)  # warm caches
        counts.append(_queries(client, url))
    assert counts[0] == counts[1]
    if path in ("", "self-assessment/"):  # the framework and the form, signed in
        assert counts[1] <= 12, counts


def test_saving_runs_the_same_queries_at_10_and_60(home_page, client):
    user = UserFactory()
    client.force_login(user)
    counts = []
    for size in (10, 60):
        for old in CompetencyFramework.objects.all():
            old.status = FrameworkStatus.RETIRED
            old.save()
        framework = make_framework(competencies=size, domains=5, version=size)
        page = make_framework_page(home_page, slug=f"framework-{size}")
        url = page.url + "self-assessment/"
        _queries(client, url)
        data = _post_data(framework, ["skilled"] * size)
        data["finish"] = "1"
        counts.append(_queries(client, url, "post", data))
    assert counts[0] == counts[1]


# ---------------------------------------------------------------- personal data


def test_personal_data_export_and_erase(framework, user):
    rows = competencies_of(framework)
    services.save_assessment(user, framework, {rows[0]: ("skilled", "Mine")}, complete=True)
    services.record_evidence(user, rows[0], "skilled", source_key="m", source_title="Module")
    other = UserFactory()
    services.save_assessment(other, framework, {rows[0]: ("informed", "")})
    data = personal_data.export(user)
    assert data["self_assessments"][0]["ratings"][0]["note"] == "Mine"
    assert data["competency_evidence"][0]["source"] == "Module"
    personal_data.erase(user)
    assert not SelfAssessment.objects.filter(user=user).exists()
    assert not Evidence.objects.filter(user=user).exists()
    assert SelfAssessment.objects.filter(user=other).count() == 1
    assert Competency.objects.filter(domain__framework=framework).count() == 6


# ---------------------------------------------------------------- admin


def test_staff_edit_and_version_frameworks_in_the_admin(framework, client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    listing = client.get("/admin/snippets/frameworks/competencyframework/")
    assert listing.status_code == 200
    assert "New version" in listing.content.decode()
    edit = client.get(f"/admin/snippets/frameworks/competencyframework/edit/{framework.pk}/")
    assert edit.status_code == 200
    assert "Competency 1.1" in edit.content.decode()
    response = client.post(f"/admin/frameworks/{framework.pk}/new-version/")
    assert response.status_code == 302
    assert CompetencyFramework.objects.filter(version=2, status="draft").exists()


def _edit_data(framework, delete_first=False, rename=None):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    levels = [
        {"id": level.pk, "slug": level.slug, "name": level.name, "description": level.description}
        for level in framework.levels.order_by("sort_order")
    ]
    domains = []
    for domain in framework.domains.order_by("sort_order"):
        rows = []
        for competency in domain.competencies.order_by("sort_order"):
            row = {
                "id": competency.pk,
                "code": competency.code,
                "title": (rename or {}).get(competency.code, competency.title),
                "description": competency.description,
                "informed": competency.informed,
                "skilled": competency.skilled,
                "enhanced": competency.enhanced,
                "specialist": competency.specialist,
            }
            if delete_first and competency.code == "1.1":
                row["DELETE"] = "1"
            rows.append(row)
        domains.append(
            {
                "id": domain.pk,
                "code": domain.code,
                "title": domain.title,
                "description": domain.description,
                "competencies": inline_formset(rows, initial=len(rows)),
            }
        )
    return nested_form_data(
        {
            "name": framework.name,
            "version": framework.version,
            "status": framework.status,
            "published_on": framework.published_on.isoformat() if framework.published_on else "",
            "introduction": rich_text("<p>Intro</p>"),
            "levels": inline_formset(levels, initial=len(levels)),
            "domains": inline_formset(domains, initial=len(domains)),
        }
    )


def test_staff_edit_competencies_with_nested_inline_panels(framework, client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = f"/admin/snippets/frameworks/competencyframework/edit/{framework.pk}/"
    response = client.post(url, _edit_data(framework, rename={"1.2": "Renamed competency"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Competency.objects.get(domain__framework=framework, code="1.2").title == (
        "Renamed competency"
    )


def test_admin_refuses_to_delete_a_rated_competency(framework, user, client):
    services.save_assessment(user, framework, {competencies_of(framework)[0]: ("skilled", "")})
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = f"/admin/snippets/frameworks/competencyframework/edit/{framework.pk}/"
    response = client.post(url, _edit_data(framework, delete_first=True))
    assert response.status_code == 200
    assert "Make a new version of the framework instead" in response.content.decode()
    assert Competency.objects.filter(domain__framework=framework).count() == 6


def test_gaelic_self_assessment_saves_against_the_source_rows(demo_content, client):
    from portal.accounts.models import User

    learner = User.objects.get(email="learner@demo.clw.scot")
    client.force_login(learner)
    framework = selectors.current_framework()
    assert framework.locale.language_code == "en"
    english_html = client.get("/framework/self-assessment/").content.decode()
    assert 'href="/gd/fream-chomasan/self-assessment/" hreflang="gd"' in english_html
    assert 'aria-label="Breadcrumb"' in english_html
    html = client.get("/gd/fream-chomasan/self-assessment/").content.decode()
    assert '<html lang="gd"' in html and "togail earbsa agus dàimh" in html
    assert "Sgileil" in html  # level names in Gaelic
    first = competencies_of(framework)[0]
    data = {"framework": framework.pk, "assessment": "", f"level_{first.pk}": "specialist"}
    data["save"] = "1"
    assert client.post("/gd/fream-chomasan/self-assessment/", data).status_code == 302
    assert Rating.objects.filter(
        assessment__user=learner, competency=first, level="specialist"
    ).exists()
    assert selectors.current_competencies_by_code()["1.1"] == first


def test_demo_learner_has_two_assessments_months_apart(demo_content):
    from portal.accounts.models import User

    learner = User.objects.get(email="learner@demo.clw.scot")
    first, second = selectors.assessments_for(learner)
    assert first.is_complete and second.is_complete
    assert (second.completed_at - first.completed_at).days > 120
    assert first.ratings.count() == second.ratings.count() == 22


def test_older_versions_stay_readable_and_drafts_are_hidden(page, framework, client):
    v2 = services.create_new_version(framework)
    assert client.get("/framework/?version=2").status_code == 404  # a draft
    v2_first = competencies_of(v2)[0]
    v2_first.title = "New wording in version 2"
    v2_first.save()
    services.publish(v2)
    current = client.get("/framework/").content.decode()
    assert "New wording in version 2" in current and "older version" not in current
    old = client.get("/framework/?version=1").content.decode()
    assert "Competency 1.1" in old and "New wording in version 2" not in old
    assert "This is an older version of the framework" in old
    assert client.get("/framework/?version=abc").status_code == 404
