"""Records hold keys, not titles: a module finished in Gaelic reads in English to an
English reader, and the other way round, on My learning, certificates, reflections, the
learning record, the personal-data export, competency evidence and the staff reports."""

import csv
import io
import json

import pytest
from django.utils import translation

from frameworks import selectors as framework_selectors
from frameworks.models import Evidence
from learning import services
from learning.models import Certificate, ModuleCompetency
from learning.personal_data import export
from learning.reports import completions_this_month
from tests.factories.frameworks import competencies_of, make_framework, make_framework_page
from tests.factories.learning import build_module, finish_lessons

pytestmark = pytest.mark.django_db

GD_MODULE = "Còmhraidhean math"
GD_PROMPT = "Dè a mhothaich thu?"


def translate(page, locale, title):
    copy = page.copy_for_translation(locale)
    copy.title = title
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


@pytest.fixture
def framework(home_page):
    framework = make_framework(competencies=2, domains=1)
    make_framework_page(home_page)
    return competencies_of(framework)


@pytest.fixture
def finished_in_gaelic(user, index, module, lessons, gaelic_home_page, gaelic, framework):
    """The module and its lessons translated; the learner does everything on /gd/."""
    ModuleCompetency.objects.create(
        module=module, competency=framework[0], level="skilled", sort_order=0
    )
    translate(index, gaelic, "Ionnsachadh")
    gd_module = translate(module, gaelic, GD_MODULE)
    gd_lessons = [
        translate(lesson, gaelic, f"Leasan {n}") for n, lesson in enumerate(lessons, start=1)
    ]
    for block in gd_lessons[0].body:
        if block.block_type == "reflection":
            block.value["prompt"] = GD_PROMPT
    gd_lessons[0].save_revision().publish()
    with translation.override("gd"):
        services.save_reflection(
            user, gd_lessons[0], _prompt_id(gd_lessons[0]), "Dh'ionnsaich mi mòran."
        )
        certificate = finish_lessons(user, gd_lessons)
    return gd_module, gd_lessons, certificate


def _prompt_id(lesson):
    return next(b.id for b in lesson.body if b.block_type == "reflection")


def test_the_stored_title_is_not_what_english_readers_see(client, user, finished_in_gaelic):
    _gd_module, _gd_lessons, certificate = finished_in_gaelic
    assert certificate.module_title == GD_MODULE  # kept as issued, not used for display
    client.force_login(user)
    html = client.get("/my-learning/").content.decode()
    assert "Good conversations" in html and GD_MODULE not in html
    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "Good conversations" in html and GD_MODULE not in html
    html = client.get("/my-learning/reflections/").content.decode()
    assert "Good conversations lesson 1" in html and "Leasan 1" not in html
    assert "What did you notice?" in html and GD_PROMPT not in html


def test_gaelic_readers_see_gaelic_titles(client, user, finished_in_gaelic):
    _gd_module, _gd_lessons, certificate = finished_in_gaelic
    client.force_login(user)
    html = client.get("/gd/my-learning/").content.decode()
    assert GD_MODULE in html and "Good conversations" not in html
    html = client.get(f"/gd/certificates/{certificate.code}/").content.decode()
    assert GD_MODULE in html and "Good conversations" not in html
    html = client.get("/gd/my-learning/reflections/").content.decode()
    assert "Leasan 1" in html and GD_PROMPT in html and "What did you notice?" not in html
    assert 'lang="en"' not in html.split("<main", 1)[1]


def test_english_fallback_is_marked_in_gaelic(client, user, index, gaelic_home_page, gaelic):
    """A module with no Gaelic version shows its English title, marked lang="en"."""
    translate(index, gaelic, "Ionnsachadh")
    module, lessons = build_module(index, title="Asset mapping")
    certificate = finish_lessons(user, lessons)
    client.force_login(user)
    html = client.get("/gd/my-learning/").content.decode()
    assert 'lang="en">Asset mapping</a>' in html
    assert '<td lang="en">Asset mapping</td>' in html
    html = client.get(f"/gd/certificates/{certificate.code}/").content.decode()
    assert '<dd lang="en">Asset mapping</dd>' in html


def test_learning_record_in_the_readers_language_with_key_and_url(
    client, user, module, finished_in_gaelic
):
    gd_module, _gd_lessons, certificate = finished_in_gaelic
    client.force_login(user)
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/my-learning/record.csv").content.decode("utf-8-sig"))
        )
    )
    assert rows[0]["module"] == "Good conversations"
    assert rows[0]["module_key"] == str(module.translation_key)
    assert rows[0]["module_url"] == "http://testserver/learning/good-conversations/"
    data = json.loads(client.get("/gd/my-learning/record.json").content)
    assert data["modules"][0]["module"] == GD_MODULE
    assert data["modules"][0]["module_url"] == f"http://testserver{gd_module.url}"


def test_personal_data_export_names_modules_and_lessons(user, module, lessons, finished_in_gaelic):
    _gd_module, _gd_lessons, certificate = finished_in_gaelic
    with translation.override("en"):
        data = export(user)
    completion = data["lesson_completions"][0]
    assert completion["lesson_key"] == str(lessons[0].translation_key)
    assert completion["lesson"] == "Good conversations lesson 1"
    assert completion["lesson_url"].endswith(lessons[0].url)
    assert completion["module"] == "Good conversations"
    assert data["reflections"][0]["lesson"] == "Good conversations lesson 1"
    assert data["knowledge_check_attempts"][0]["lesson"] == "Good conversations lesson 3"
    assert data["certificates"][0]["module"] == "Good conversations"
    assert data["certificates"][0]["module_key"] == str(module.translation_key)
    with translation.override("gd"):
        data = export(user)
    assert data["certificates"][0]["module"] == GD_MODULE
    assert data["lesson_completions"][0]["lesson"] == "Leasan 1"


def test_evidence_is_named_in_the_readers_language(user, module, framework, finished_in_gaelic):
    gd_module, _gd_lessons, _certificate = finished_in_gaelic
    evidence = Evidence.objects.get(user=user)
    assert evidence.source_title == GD_MODULE  # recorded on /gd/
    identity = str(framework[0].identity)
    with translation.override("en"):
        (item,) = framework_selectors.evidence_by_identity(user, [identity])[identity]
        assert (item.title, item.url, item.lang) == ("Good conversations", module.url, "")
    with translation.override("gd"):
        (item,) = framework_selectors.evidence_by_identity(user, [identity])[identity]
        assert (item.title, item.url) == (GD_MODULE, gd_module.url)


def test_evidence_of_an_unpublished_module_keeps_its_recorded_title(
    user, module, finished_in_gaelic
):
    module.unpublish()
    for page in module.get_translations():
        page.unpublish()
    (item,) = framework_selectors.name_evidence(Evidence.objects.filter(user=user))
    assert item.title == GD_MODULE


def test_staff_reports_name_modules_in_the_staff_members_language(user, module, finished_in_gaelic):
    with translation.override("en"):
        assert completions_this_month() == (1, [("Good conversations", 1)])
    with translation.override("gd"):
        assert completions_this_month() == (1, [(GD_MODULE, 1)])


def test_certificate_pdf_carries_language_title_and_tags(client, user, finished_in_gaelic):
    _gd_module, _gd_lessons, certificate = finished_in_gaelic
    client.force_login(user)
    content = client.get(f"/gd/certificates/{certificate.code}/pdf/").content
    assert b"/Lang (gd)" in content
    assert b"/Title" in content and b"/DisplayDocTitle true" in content
    assert b"/StructTreeRoot" in content and b"/MarkInfo" in content
    content = client.get(f"/certificates/{certificate.code}/pdf/").content
    assert b"/Lang (en)" in content
    assert Certificate.objects.get(pk=certificate.pk).module_title == GD_MODULE


def _pdf_title(content):
    """The document title from a PDF's information dictionary (a UTF-16 hex string when
    it is not plain ASCII)."""
    import re

    info = content[content.rindex(b"/Title") :]  # the information dictionary comes last
    match = re.search(rb"/Title (?:<feff([0-9a-f]+)>|\(([^)]*)\))", info)
    if match.group(1):
        return bytes.fromhex(match.group(1).decode()).decode("utf-16-be")
    return match.group(2).decode()


def test_self_assessment_is_in_the_assessors_language_with_module_titles(
    client, user, framework, gaelic, finished_in_gaelic
):
    from frameworks import services as framework_services
    from frameworks.models import FrameworkPage

    translate(FrameworkPage.objects.get(), gaelic, "Frèam-comais")
    assessment = framework_services.save_assessment(
        user, framework[0].domain.framework, {framework[0]: ("informed", "")}, complete=True
    )
    client.force_login(user)
    detail = f"framework/self-assessment/{assessment.pk}/"
    gd_detail = f"fream-comais/self-assessment/{assessment.pk}/"  # the Gaelic page's own address
    html = client.get(f"/gd/{gd_detail}?target=enhanced").content.decode()
    assert GD_MODULE in html and "Good conversations" not in html
    html = client.get(f"/{detail}?target=enhanced").content.decode()
    assert "Good conversations" in html and GD_MODULE not in html
    content = client.get(f"/gd/{gd_detail}pdf/").content
    assert b"/Lang (gd)" in content
    assert _pdf_title(content) == "Fèin-mheasadh airson stiùireadh proifeasanta"
    assert b"/StructTreeRoot" in content and b"/Outlines" in content
    content = client.get(f"/{detail}pdf/").content
    assert b"/Lang (en)" in content and _pdf_title(content) == "Self-assessment for supervision"
