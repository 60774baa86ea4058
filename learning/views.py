"""Learning views that are not pages: My learning, records, reflections, certificates, teams."""

import csv
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from frameworks.models import FrameworkPage
from portal.accounts import selectors as accounts_selectors
from portal.accounts.models import MemberProfile
from portal.core import content_cache, i18n, privacy
from portal.core.forms import parse_id
from portal.core.spreadsheets import safe_row

from . import selectors, services
from .certificates import certificate_pdf_bytes
from .forms import ReflectionForm
from .models import (
    Certificate,
    Enrolment,
    LessonPage,
    ModulePage,
    PathwayModule,
    PathwayPage,
    Reflection,
)


def _modules_for_keys(keys, user):
    """Live modules the person may see for these translation keys, in their language if
    possible, else in English; each has ``lang`` set when it is not the visitor's."""
    modules = privacy.visible_pages(
        ModulePage.objects.live().select_related("locale").order_by("path"), user
    )
    chosen = i18n.in_active_locale(modules, keys)
    for module in chosen.values():
        module.lang = i18n.other_language(module)
    return chosen


def _name_certificates(certificates, modules):
    """Give each certificate the title (and ``title_lang``) of its module in the reader's
    language; a module no longer published keeps the title it had when issued."""
    for certificate in certificates:
        module = modules.get(certificate.module_key)
        certificate.title = module.title if module else certificate.module_title
        certificate.title_lang = module.lang if module else ""
    return certificates


def _pathways_in_active_locale():
    """The live pathways in the visitor's language and ``(pathway id, module key)`` rows:
    the same for everyone, so kept in ``content_cache`` (privacy is applied after)."""
    pathways = list(
        PathwayPage.objects.live()
        .filter(locale=i18n.active_locale())
        .order_by("path")
        .defer_streamfields()
    )
    rows = list(
        PathwayModule.objects.filter(pathway__in=pathways).values_list(
            "pathway_id", "module__translation_key"
        )
    )
    return pathways, rows


def learner_summary(user):
    """Everything My learning shows, in a fixed number of queries."""
    enrolments = list(Enrolment.objects.filter(user=user).order_by("-last_activity_at"))
    modules = _modules_for_keys([e.module_key for e in enrolments], user)
    lessons = selectors.lessons_by_module(modules.values())
    progress = selectors.progress_for(user, modules.values(), lessons, enrolments=enrolments)
    in_progress, completed = [], []
    for enrolment in enrolments:
        module = modules.get(enrolment.module_key)
        if module is None:
            continue
        item = {
            "module": module,
            "enrolment": enrolment,
            "progress": progress[module.translation_key],
        }
        (completed if enrolment.completed_at else in_progress).append(item)
    resume = None
    if in_progress:
        latest = in_progress[0]
        target = selectors.next_lesson(
            lessons[latest["module"].translation_key],
            latest["enrolment"].last_lesson_key,
            latest["progress"].lesson_keys_done,
        )
        if target is not None:
            resume = {"module": latest["module"], "lesson": LessonPage.objects.get(pk=target.pk)}
    every_pathway, rows = content_cache.cached(
        f"pathways:{i18n.active_language()}", _pathways_in_active_locale
    )
    pathways = privacy.visible_among(every_pathway, user)
    done_keys = {e.module_key for e in enrolments if e.completed_at}
    pathway_keys = {}
    for pathway_id, key in rows:
        pathway_keys.setdefault(pathway_id, []).append(key)
    pathway_progress = []
    for pathway in pathways:
        keys = pathway_keys.get(pathway.pk, [])
        done = sum(1 for key in keys if key in done_keys)
        pathway_progress.append(
            {
                "pathway": pathway,
                "done": done,
                "total": len(keys),
                "percent": round(100 * done / len(keys)) if keys else 0,
            }
        )
    certificates = _name_certificates(selectors.certificates_of(user), modules)
    minutes = sum(e.cpd_minutes for e in enrolments if e.completed_at)
    return {
        "in_progress": in_progress,
        "completed": completed,
        "resume": resume,
        "pathways": pathway_progress,
        "certificates": certificates,
        "cpd_minutes": minutes,
        "cpd_hours": round(minutes / 60, 1),
        "reflection_count": Reflection.objects.filter(user=user).count(),
    }


@login_required
def self_assessment(request):
    """The account menu's "Self-assessment": the framework page's self-assessment, in the
    person's language (a redirect, so the menu on every page costs no query)."""
    page = FrameworkPage.objects.live().filter(locale=i18n.active_locale(request)).first()
    if page is None:
        page = FrameworkPage.objects.live().first()
    if page is None:
        raise Http404
    return HttpResponseRedirect(page.url + "self-assessment/")


@login_required
def my_learning(request):
    return render(request, "learning/my_learning.html", learner_summary(request.user))


def _record_rows(user, request):
    enrolments = list(Enrolment.objects.filter(user=user).order_by("enrolled_at"))
    modules = _modules_for_keys([e.module_key for e in enrolments], user)
    certificates = {c.module_key: c for c in Certificate.objects.filter(user=user)}
    rows = []
    for enrolment in enrolments:
        module = modules.get(enrolment.module_key)
        certificate = certificates.get(enrolment.module_key)
        rows.append(
            {
                "module": module.title
                if module
                else (certificate.module_title if certificate else ""),
                "module_key": str(enrolment.module_key),
                "module_url": request.build_absolute_uri(module.url) if module else "",
                "status": "completed" if enrolment.completed_at else "in progress",
                "enrolled_on": enrolment.enrolled_at.date().isoformat(),
                "completed_on": enrolment.completed_at.date().isoformat()
                if enrolment.completed_at
                else "",
                "cpd_minutes": enrolment.cpd_minutes if enrolment.completed_at else 0,
                "certificate_code": certificate.code if certificate else "",
                "certificate_url": request.build_absolute_uri(certificate.get_absolute_url())
                if certificate
                else "",
            }
        )
    return rows


RECORD_FIELDS = [
    "module",
    "module_key",
    "module_url",
    "status",
    "enrolled_on",
    "completed_on",
    "cpd_minutes",
    "certificate_code",
    "certificate_url",
]


@never_cache  # Cache-Control: no-store, private: personal data, never kept by a cache
@login_required
def learning_record(request, fmt):
    """The learner's learning record as CSV or JSON."""
    rows = _record_rows(request.user, request)
    stamp = timezone.localdate().isoformat()
    if fmt == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="learning-record-{stamp}.csv"'
        response.write("\ufeff")  # so spreadsheet programs read the accents correctly
        writer = csv.DictWriter(response, fieldnames=RECORD_FIELDS)
        writer.writeheader()
        writer.writerows(safe_row(row) for row in rows)
        return response
    data = {
        "learner": request.user.display_name,
        "generated_on": stamp,
        "total_cpd_minutes": sum(row["cpd_minutes"] for row in rows),
        "modules": rows,
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="learning-record-{stamp}.json"'
    return response


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@require_POST
def save_reflection(request):
    """Save a reflection from a lesson: a plain form post, or fetch() when JavaScript runs."""
    lesson_id = parse_id(request.POST.get("lesson"))
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first() if lesson_id else None
    if lesson is None or not privacy.can_view_page(lesson, request):
        raise Http404
    lesson = lesson.specific
    if not request.user.is_authenticated:
        if _wants_json(request):
            return JsonResponse(
                {"saved": False, "message": _("Sign in to save your notes.")}, status=403
            )
        return redirect_to_login(lesson.url)
    prompt_id = request.POST.get("prompt", "")
    form = ReflectionForm(request.POST)
    anchor = f"{lesson.url}#reflection-{prompt_id}"
    error = None
    if not form.is_valid():
        error = " ".join(form.errors.get("text", [])) or _("Your notes could not be saved.")
    else:
        try:
            services.save_reflection(request.user, lesson, prompt_id, form.cleaned_data["text"])
        except services.LearningError as exc:
            error = str(exc)
    if _wants_json(request):
        if error:
            return JsonResponse({"saved": False, "message": error}, status=400)
        return JsonResponse({"saved": True, "message": _("Your notes are saved.")})
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Your notes are saved."))
    return HttpResponseRedirect(anchor)


def _own_reflection(request, pk):
    """The reflection if it is the visitor's own; 404 for everyone else, staff included."""
    if not request.user.is_authenticated:
        raise Http404
    return get_object_or_404(Reflection, pk=pk, user=request.user)


def _name_reflections(items):
    """Give each reflection its lesson and prompt in the reader's language (else English).

    Block ids carry over into translations, so the prompt is found by its id; a lesson or
    prompt no longer published keeps the prompt as it read when the notes were saved.
    One query whatever the number of reflections.
    """
    lessons = i18n.pages_by_key({r.lesson_key for r in items}, queryset=LessonPage.objects.live())
    for item in items:
        lesson = lessons.get(item.lesson_key)
        item.lesson = lesson
        item.prompt_text, item.prompt_lang = item.prompt, ""
        if lesson is not None:
            lesson.lang = i18n.other_language(lesson)
            for block in lesson.body:
                if block.block_type == "reflection" and block.id == item.prompt_id:
                    item.prompt_text, item.prompt_lang = block.value["prompt"], lesson.lang
    return items


@login_required
def reflections(request):
    items = _name_reflections(list(Reflection.objects.filter(user=request.user)))
    return render(request, "learning/reflections.html", {"reflections": items})


def reflection_detail(request, pk):
    reflection = _own_reflection(request, pk)
    form = ReflectionForm(initial={"text": reflection.text})
    if request.method == "POST":
        if request.POST.get("action") == "delete":
            reflection.delete()
            messages.success(request, _("Your reflection is deleted."))
            return HttpResponseRedirect(_reflections_url())
        form = ReflectionForm(request.POST)
        if form.is_valid():
            try:
                services.update_reflection(reflection, form.cleaned_data["text"])
            except services.LearningError as exc:
                form.add_error("text", str(exc))
            else:
                messages.success(request, _("Your notes are saved."))
                return HttpResponseRedirect(request.path)
    lesson = _name_reflections([reflection])[0].lesson
    return render(
        request,
        "learning/reflection_detail.html",
        {"reflection": reflection, "form": form, "lesson": lesson},
    )


def _reflections_url():
    from django.urls import reverse

    return reverse("learning:reflections")


def _certificate_title(certificate):
    """The certificate's module in the reader's language (else English, else as issued)."""
    module = i18n.localized_titles(
        [certificate.module_key], queryset=ModulePage.objects.live()
    ).get(certificate.module_key)
    if module is None:
        return certificate.module_title, ""
    return module.title, module.lang


def certificate(request, code):
    """The public verification page: holder, module, date and validity, nothing else."""
    certificate = get_object_or_404(Certificate, code=code)
    title, lang = _certificate_title(certificate)
    response = render(
        request,
        "learning/certificate.html",
        {
            "certificate": certificate,
            "module_title": title,
            "module_lang": lang,
            "is_holder": request.user.is_authenticated and certificate.user_id == request.user.pk,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
def certificate_pdf(request, code):
    """The certificate as a PDF, for its holder."""
    certificate = get_object_or_404(Certificate, code=code, user=request.user)
    title, _lang = _certificate_title(certificate)
    pdf = certificate_pdf_bytes(
        certificate,
        module_title=title,
        verify_url=request.build_absolute_uri(certificate.get_absolute_url()),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


TEAM_PAGE_SIZE = 50


@login_required
def team(request):
    """A programme manager's view of their organisation's learners: completion status only."""
    organisation = accounts_selectors.managed_organisation(request.user)
    if organisation is None:
        raise Http404
    paginator = Paginator(
        MemberProfile.objects.filter(organisation=organisation)
        .exclude(user=request.user)
        .select_related("user")
        .order_by("display_name", "user__email", "pk"),
        TEAM_PAGE_SIZE,
    )
    page_of_learners = paginator.get_page(request.GET.get("page"))
    profiles = list(page_of_learners.object_list)
    modules = list(
        privacy.visible_pages(
            ModulePage.objects.live().filter(locale=i18n.active_locale(request)).order_by("path"),
            request.user,
        )
    )
    keys = [m.translation_key for m in modules]
    status = {}
    for user_id, module_key, completed_at in Enrolment.objects.filter(
        user__in=[p.user_id for p in profiles], module_key__in=keys
    ).values_list("user_id", "module_key", "completed_at"):
        status[(user_id, module_key)] = completed_at or "in-progress"
    rows = []
    for profile in profiles:
        cells = []
        for module in modules:
            value = status.get((profile.user_id, module.translation_key))
            cells.append(
                {
                    "module": module,
                    "status": "not-started"
                    if value is None
                    else ("in-progress" if value == "in-progress" else "completed"),
                    "completed_at": value if value not in (None, "in-progress") else None,
                }
            )
        rows.append({"profile": profile, "cells": cells})
    return render(
        request,
        "learning/team.html",
        {
            "organisation": organisation,
            "modules": modules,
            "rows": rows,
            "page_of_learners": page_of_learners,
        },
    )
