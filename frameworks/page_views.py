"""The framework page and the self-assessment pages (routes of FrameworkPage).

Assessments are private: every view that shows one looks it up by id *and* owner, so
anybody else, staff and managers included, gets a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core.levels import PracticeLevel

from . import charts, selectors, services
from .forms import SelfAssessmentForm, TargetForm


def _urls(page):
    base = page.url
    return {
        "framework": base,
        "assess": base + page.reverse_subpage("self_assessment"),
        "history": base + page.reverse_subpage("history"),
        "gaps": base + page.reverse_subpage("gaps"),
    }


def _context(request, page, **extra):
    context = page.get_context(request)
    context["urls"] = _urls(page)
    context.update(extra)
    return context


def _sub_context(request, page, **extra):
    """Context for the routes under the page.

    ``page`` is left out on purpose: the language switcher then links to the same route
    in the other language (/gd/framework/self-assessment/ ...) instead of the page itself.
    """
    context = {"framework_page": page, "urls": _urls(page)}
    context.update(extra)
    return context


def framework_index(request, page):
    """The current framework: domains, competencies, level descriptors and learning.

    ``?version=N`` shows an older published or retired version instead (drafts never).
    """
    framework = page.framework
    versions = selectors.readable_versions()
    wanted = request.GET.get("version")
    if wanted is not None:
        framework = next((v for v in versions if str(v.version) == wanted), None)
        if framework is None:
            raise Http404
    structure = selectors.load_structure(framework) if framework else None
    learning = {}
    if structure:
        learning = selectors.learning_for(
            [str(c.identity) for c in structure.competencies], request.user
        )
        for competency in structure.competencies:
            competency.learning = learning.get(str(competency.identity), [])
    return TemplateResponse(
        request,
        "frameworks/framework_page.html",
        _context(
            request,
            page,
            structure=structure,
            versions=versions,
            is_current=framework is not None and framework == page.framework,
        ),
    )


@login_required
def self_assessment(request, page):
    """Rate each competency; save part-way or finish. Signed-in learners only."""
    framework = page.framework
    if framework is None:
        return TemplateResponse(
            request, "frameworks/self_assessment.html", _sub_context(request, page, structure=None)
        )
    structure = selectors.load_structure(framework)
    assessment = selectors.open_assessment(request.user, framework)
    if assessment is not None:
        assessment = type(assessment).objects.prefetch_related("ratings").get(pk=assessment.pk)
    if request.method == "POST":
        form = SelfAssessmentForm(structure, request.POST, assessment=assessment)
        if form.is_valid():
            complete = "finish" in request.POST
            try:
                with transaction.atomic():
                    saved = services.save_assessment(
                        request.user,
                        framework,
                        form.ratings(),
                        assessment=assessment,
                        complete=complete,
                    )
            except ValidationError as error:
                form.add_error(None, error)
            except IntegrityError:
                form.add_error(
                    None,
                    _(
                        "Your answers were saved from another window at the same moment; "
                        "please reload the page and try again."
                    ),
                )
            else:
                if complete:
                    messages.success(
                        request,
                        _(
                            "Your self-assessment is saved. Here is how it compares with "
                            "your target."
                        ),
                    )
                    return redirect(_urls(page)["gaps"] + f"?assessment={saved.pk}")
                messages.success(
                    request,
                    _("Your answers are saved. You can come back and finish at any time."),
                )
                return redirect(_urls(page)["assess"])
        messages.error(
            request, _("Your answers were not saved. Please correct the problems shown.")
        )
        status = 400
    else:
        form = SelfAssessmentForm(structure, assessment=assessment)
        status = 200
    completed = [a for a in selectors.assessments_for(request.user) if a.is_complete]
    return TemplateResponse(
        request,
        "frameworks/self_assessment.html",
        _sub_context(
            request,
            page,
            structure=structure,
            form=form,
            assessment=assessment,
            previous=completed[-1] if completed else None,
        ),
        status=status,
    )


def _structures(assessments, framework=None):
    """One loaded structure per framework version used (a fixed number of queries each)."""
    structures = {}
    for assessment in assessments:
        if assessment.framework_id not in structures:
            structures[assessment.framework_id] = selectors.load_structure(assessment.framework)
    if framework is not None and framework.pk not in structures:
        structures[framework.pk] = selectors.load_structure(framework)
    return structures


@login_required
def history(request, page):
    """Change over time per domain, as an SVG chart with the same figures in a table."""
    assessments = selectors.assessments_for(request.user)
    structures = _structures(assessments, page.framework)
    current = structures.get(page.framework.pk) if page.framework else None
    reference = current or (structures[assessments[-1].framework_id] if assessments else None)
    rows = []
    for assessment in assessments:
        rows.append(
            {
                "assessment": assessment,
                "profile": selectors.domain_profile(assessment, structures),
                "detail_url": page.url
                + page.reverse_subpage("assessment_detail", args=[assessment.pk]),
            }
        )
    domains = reference.domains if reference else []
    chart = charts.line_chart(domains, rows, reference.levels if reference else [])
    competency_rows = []
    if reference:
        by_identity = []
        for competency in reference.competencies:
            cells = []
            for assessment in assessments:
                rating = next(
                    (
                        r
                        for r in assessment.ratings.all()
                        if r.competency.identity == competency.identity
                    ),
                    None,
                )
                name = _("Not yet") if rating and not rating.level else ""
                if rating and rating.level:
                    name = structures[assessment.framework_id].level_name(rating.level)
                cells.append(name or "–")
            by_identity.append((competency, cells))
        competency_rows = by_identity
    return TemplateResponse(
        request,
        "frameworks/history.html",
        _sub_context(
            request,
            page,
            assessments=assessments,
            rows=rows,
            domains=domains,
            domain_rows=[
                (domain, [row["profile"].get(domain.code, 0) for row in rows]) for domain in domains
            ],
            chart=chart,
            legend=charts.legend(domains),
            competency_rows=competency_rows,
            structure=reference,
        ),
    )


def _target(request, structure):
    """The target-level form and the chosen level (Skilled by default; a bad value says so)."""
    default = PracticeLevel.SKILLED if PracticeLevel.SKILLED in structure.level_slugs else None
    default = default or structure.level_slugs[0]
    if "target" in request.GET:
        form = TargetForm(structure, {"target": request.GET["target"]})
        if form.is_valid():
            return form, form.cleaned_data["target"]
        return form, default
    return TargetForm(structure, initial={"target": default}), default


@login_required
def gaps(request, page):
    """The latest assessment against a chosen target level, with the learning that helps.

    ``?assessment=<id>`` picks one of the learner's own assessments (anyone else's is a 404).
    """
    assessments = selectors.assessments_for(request.user)
    wanted = request.GET.get("assessment")
    if not assessments and wanted is None:
        return TemplateResponse(
            request, "frameworks/gaps.html", _sub_context(request, page, assessment=None)
        )
    if wanted is not None:
        assessment = next((a for a in assessments if str(a.pk) == wanted), None)
        if assessment is None:
            raise Http404
    else:
        completed = [a for a in assessments if a.is_complete]
        assessment = (completed or assessments)[-1]
    structure = selectors.load_structure(assessment.framework)
    form, target = _target(request, structure)
    found = selectors.gaps(request.user, assessment, structure, target)
    return TemplateResponse(
        request,
        "frameworks/gaps.html",
        _sub_context(
            request,
            page,
            assessment=assessment,
            structure=structure,
            form=form,
            target=target,
            target_name=structure.level_name(target),
            gaps=found,
            detail_url=page.url + page.reverse_subpage("assessment_detail", args=[assessment.pk]),
        ),
    )


def _supervision(request, page, assessment_id):
    assessment = selectors.own_assessment_or_404(request.user, assessment_id)
    assessment = next(a for a in selectors.assessments_for(request.user) if a.pk == assessment.pk)
    structure = selectors.load_structure(assessment.framework)
    form, target = _target(request, structure)
    ratings = {rating.competency_id: rating for rating in assessment.ratings.all()}
    evidence = selectors.evidence_by_identity(
        request.user, [str(c.identity) for c in structure.competencies]
    )
    for competency in structure.competencies:
        competency.rating = ratings.get(competency.pk)
        competency.evidence = evidence.get(str(competency.identity), [])
    found = selectors.gaps(request.user, assessment, structure, target)
    return {
        "assessment": assessment,
        "structure": structure,
        "form": form,
        "target": target,
        "target_name": structure.level_name(target),
        "gaps": found,
    }


@login_required
def assessment_detail(request, page, assessment_id):
    """A printable page of one assessment with notes, evidence and gaps, for supervision."""
    data = _supervision(request, page, assessment_id)
    data["pdf_url"] = page.url + page.reverse_subpage("assessment_pdf", args=[assessment_id])
    return TemplateResponse(
        request, "frameworks/assessment_detail.html", _sub_context(request, page, **data)
    )


@login_required
def assessment_pdf(request, page, assessment_id):
    """The same as a PDF."""
    from .pdf import assessment_pdf as build

    data = _supervision(request, page, assessment_id)
    content = build(request.user, data)
    response = HttpResponse(bytes(content), content_type="application/pdf")
    filename = f"self-assessment-{data['assessment'].date.isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
