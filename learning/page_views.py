"""What the learning pages show and do: the catalogue, pathways, modules and lessons.

Each learning page model's ``serve`` (and ``serve_preview``) hands the request to
:func:`serve` here, the one lazy import from the models to this module. It picks one
handler per page type and method (``HANDLERS``); a handler reads through
``selectors``, makes at most one ``services`` call when it writes, and renders. A GET
writes only the explicit "visited" of a lesson, which previews and HEAD skip.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.core import content_cache, i18n, privacy
from portal.core.models import Theme

from . import selectors, services
from .competencies import module_competencies
from .forms import LENGTHS, CatalogueFilterForm, KnowledgeCheckForm, question_field_name
from .models import (
    LearningIndexPage,
    LessonPage,
    ModulePage,
    PathwayModule,
    PathwayPage,
    Reflection,
)


def _user(request):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def serve(page, request):
    """The entry point of every learning page: one handler per page type and method."""
    handlers = next(HANDLERS[kind] for kind in type(page).__mro__ if kind in HANDLERS)
    request.is_preview = getattr(request, "is_preview", False)
    method = "GET" if request.method == "HEAD" else request.method
    handler = handlers.get(method)
    if handler is None or (request.is_preview and method != "GET"):
        return HttpResponseNotAllowed(sorted(handlers))
    return handler(page, request)


def _render(page, request, context):
    """The page's template with Wagtail's context (page, self, request) and ours."""
    full = page.get_context(request)
    full.update(context)
    return TemplateResponse(request, page.get_template(request), full)


def _records_visit(request):
    """Whether this GET may record "visited": a real, signed-in view, not a preview or HEAD."""
    return request.method == "GET" and not request.is_preview and _user(request) is not None


def _pages_in_locale(translation_keys):
    return i18n.in_active_locale(Page.objects.live(), translation_keys)


def _openable(pages, request):
    """The pks of ``pages`` the visitor may open (the others' titles are not shown)."""
    pks = {page.pk for page in pages}
    if not pks:
        return set()
    visible = privacy.visible_pages(ModulePage.objects.filter(pk__in=pks), _user(request))
    return set(visible.values_list("pk", flat=True))


def _title(page, titles, openable):
    """A prerequisite's title, or "a module for members" when the visitor may not open it."""
    if page.pk not in openable:
        return _("a module for members")
    return titles.get(page.translation_key, page).title


def _locked_titles(prerequisites, completed_keys, titles, openable):
    return [
        _title(p, titles, openable)
        for p in prerequisites
        if p.translation_key not in completed_keys
    ]


def module_cards(modules, request):
    """Each module with the learner's progress, its themes and what locks it, in few queries."""
    modules = list(modules)
    user = _user(request)
    lessons = selectors.lessons_by_module(modules)
    progress = selectors.progress_for(user, modules, lessons)
    prerequisites = selectors.prerequisites_by_module(modules)
    completed = selectors.completed_module_keys(user)
    prerequisite_keys = {p.translation_key for items in prerequisites.values() for p in items}
    titles = _pages_in_locale(prerequisite_keys) if prerequisite_keys else {}
    all_themes = {theme for module in modules for theme in module.themes.all()}
    themes = i18n.localize_each(all_themes)
    openable = _openable([p for items in prerequisites.values() for p in items], request)
    cards = []
    for module in modules:
        key = module.translation_key
        cards.append(
            {
                "module": module,
                "progress": progress[key],
                "lesson_count": len(lessons[key]),
                "themes": [themes[t.pk] for t in module.themes.all()],
                "locked_by": _locked_titles(prerequisites.get(key, []), completed, titles, openable)
                if user
                else [],
                "prerequisites": [_title(p, titles, openable) for p in prerequisites.get(key, [])],
            }
        )
    return cards


def catalogue(index, request):
    """GET /learning/: the modules and pathways, filtered by theme, level and length."""
    user = _user(request)
    themes = Theme.objects.filter(locale=i18n.active_locale(request))
    form = CatalogueFilterForm(request.GET or None, themes=themes)
    modules = ModulePage.objects.child_of(index).live().prefetch_related("themes").order_by("path")
    modules = privacy.visible_pages(modules, user)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    if filters.get("theme"):
        modules = modules.filter(themes__slug=filters["theme"]).distinct()
    if filters.get("level"):
        modules = modules.filter(practice_level=filters["level"])
    if filters.get("length"):
        low, high = LENGTHS[filters["length"]]
        modules = modules.filter(estimated_minutes__gte=low)
        if high is not None:
            modules = modules.filter(estimated_minutes__lte=high)
    pathways = privacy.visible_pages(
        PathwayPage.objects.child_of(index).live().order_by("path"), user
    )
    return _render(
        index,
        request,
        {
            "filter_form": form,
            "filtered": bool(filters and any(filters.values())),
            "cards": module_cards(modules, request),
            "pathways": list(pathways),
        },
    )


def pathway(pathway, request):
    """GET a pathway: its modules in order, with the learner's progress through them."""
    rows = list(
        PathwayModule.objects.filter(pathway=pathway)
        .select_related("module")
        .order_by("sort_order")
    )
    keys = [row.module.translation_key for row in rows]
    local = {
        m.translation_key: m
        for m in privacy.visible_pages(
            ModulePage.objects.live()
            .filter(translation_key__in=keys, locale=pathway.locale)
            .prefetch_related("themes"),
            _user(request),
        )
    }
    modules = [local[key] for key in keys if key in local]
    cards = module_cards(modules, request)
    completed = sum(1 for card in cards if card["progress"].status == selectors.COMPLETED)
    return _render(
        pathway,
        request,
        {
            "cards": cards,
            "completed_count": completed,
            "percent": round(100 * completed / len(cards)) if cards else 0,
        },
    )


def _visible_lessons(module, user):
    """The module's live lessons the person may open, in order. The lessons (without
    their bodies) are kept in the content cache until content changes."""
    lessons = content_cache.cached(
        f"module-lessons:{module.pk}",
        lambda: list(
            LessonPage.objects.child_of(module).live().defer_streamfields().order_by("path")
        ),
    )
    return privacy.visible_among(lessons, user)


def _module_of(lesson):
    """The lesson's module (its parent), kept in the content cache until content changes."""
    return content_cache.cached(f"module-of:{lesson.pk}", lambda: lesson.get_parent().specific)


def _lesson_infos(module, lessons):
    return {
        module.translation_key: [
            selectors.LessonInfo(
                lesson.pk, lesson.title, lesson.translation_key, lesson.required, lesson.path
            )
            for lesson in lessons
        ]
    }


def module_get(module, request):
    """GET a module: its lessons, the learner's progress, prerequisites and competencies."""
    user = _user(request)
    lessons = _visible_lessons(module, user)
    progress = selectors.progress_for(user, [module], _lesson_infos(module, lessons))[
        module.translation_key
    ]
    prerequisites = selectors.module_prerequisites(module)
    completed = selectors.completed_module_keys(user) if prerequisites else set()
    titles = _pages_in_locale([p.translation_key for p in prerequisites]) if prerequisites else {}
    theme_names = i18n.taxonomy(request)["themes"]
    themes = [
        {"slug": slug, "name": theme_names.get(slug, slug)}
        for slug in selectors.module_theme_slugs(module)
    ]
    openable = _openable(prerequisites, request)
    resume = None
    if progress.enrolled and progress.status != selectors.COMPLETED:
        undone = [
            lesson for lesson in lessons if lesson.translation_key not in progress.lesson_keys_done
        ]
        resume = next(
            (lesson for lesson in lessons if lesson.translation_key == progress.last_lesson_key),
            None,
        )
        if resume is None or resume.translation_key in progress.lesson_keys_done:
            resume = undone[0] if undone else None
    certificate = None
    if user and progress.status == selectors.COMPLETED:
        certificate = selectors.certificate_for(user, module)
    return _render(
        module,
        request,
        {
            "lessons": [
                {"page": lesson, "done": lesson.translation_key in progress.lesson_keys_done}
                for lesson in lessons
            ],
            "progress": progress,
            "prerequisites": [
                {
                    "page": titles.get(p.translation_key, p) if p.pk in openable else None,
                    "label": _title(p, titles, openable),
                    "done": p.translation_key in completed,
                }
                for p in prerequisites
            ],
            "locked": bool(user) and any(p.translation_key not in completed for p in prerequisites),
            "themes": themes,
            "resume": resume,
            "certificate": certificate,
            "competencies": module_competencies(module),
        },
    )


def module_post(module, request):
    """POST a module: "Start this module" enrols the learner (one service call)."""
    user = _user(request)
    if user is None:
        return redirect_to_login(module.url)
    if request.POST.get("action") != "enrol":
        messages.error(request, _("Sorry, that did not work. Please try again."))
        return HttpResponseRedirect(module.url)
    try:
        services.enrol(user, module)
    except services.LearningError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(module.url)
    messages.success(request, _("You are enrolled. Your progress is saved as you go."))
    first = LessonPage.objects.child_of(module).live().order_by("path").first()
    return HttpResponseRedirect(first.url if first else module.url)


def _attempt_marking(lesson, attempt):
    """Re-mark a stored attempt to show its feedback, if the questions are unchanged."""
    answers = {item["question_id"]: item["chosen"] for item in attempt.answers}
    ids = [block.id for block in lesson.questions]
    if set(answers) != set(ids):
        return None
    return services.mark(lesson, answers)


def lesson_get(lesson, request):
    """GET a lesson. A signed-in learner's real view records "visited" (one service call,
    which also enrols them); a preview or HEAD only reads."""
    user = _user(request)
    module = _module_of(lesson)
    if _records_visit(request):
        visit = services.visit_lesson(user, lesson, module)
    else:
        visit = services.LessonVisit(
            enrolment=None,
            missing=selectors.missing_prerequisites(user, module) if user else [],
        )
    marking = None
    shown_attempt = None
    attempt = selectors.latest_attempt(user, lesson)
    if attempt is not None and request.GET.get("attempt") == str(attempt.pk):
        shown_attempt = attempt
        marking = _attempt_marking(lesson, attempt)
    check_form = None
    if lesson.has_check:
        check_form = KnowledgeCheckForm(lesson, initial=_initial_answers(lesson, marking))
    return _render_lesson(
        lesson,
        request,
        module=module,
        visit=visit,
        attempt=attempt,
        shown_attempt=shown_attempt,
        check_form=check_form,
        marking=marking,
    )


def _initial_answers(lesson, marking):
    """The form's initial values: the answers of the attempt being shown, if any."""
    if marking is None:
        return {}
    kinds = {block.id: block.value["kind"] for block in lesson.questions}
    initial = {}
    for result in marking.results:
        values = [str(i) for i in result.chosen]
        initial[question_field_name(result.block_id)] = (
            values if kinds[result.block_id] == "multiple" else (values or [""])[0]
        )
    return initial


def _render_lesson(lesson, request, *, module, visit, attempt, shown_attempt, check_form, marking):
    user = _user(request)
    siblings = _visible_lessons(module, user)
    position = next((i for i, s in enumerate(siblings) if s.pk == lesson.pk), 0)
    enrolments = [visit.enrolment] if visit.enrolment is not None else None
    progress = selectors.progress_for(
        user, [module], _lesson_infos(module, siblings), enrolments=enrolments
    )[module.translation_key]
    reflections = {}
    if user is not None and lesson.reflection_prompt_ids():
        reflections = {
            r.prompt_id: r
            for r in Reflection.objects.filter(user=user, lesson_key=lesson.translation_key)
        }
    openable = _openable(visit.missing, request)
    return _render(
        lesson,
        request,
        {
            "module": module,
            "siblings": siblings,
            "position": position + 1,
            "previous_lesson": siblings[position - 1] if position > 0 else None,
            "next_lesson": siblings[position + 1] if position + 1 < len(siblings) else None,
            "progress": progress,
            "enrolment": visit.enrolment,
            "locked_by": [
                m.localized.title if m.pk in openable else _("a module for members")
                for m in visit.missing
            ],
            "done": lesson.translation_key in progress.lesson_keys_done,
            "check_form": check_form,
            "marking": marking,
            "results": {r.block_id: r for r in marking.results} if marking else {},
            "attempt": attempt,
            "shown_attempt": shown_attempt,
            "reflections": reflections,
            "content_blocks": [b for b in lesson.body if b.block_type != "question"],
        },
    )


def lesson_post(lesson, request):
    """POST a lesson: "Check answers" or "Mark as complete", each one service call."""
    user = _user(request)
    action = request.POST.get("action")
    if action == "check":
        return _check_answers(lesson, request, user)
    if user is None:
        return redirect_to_login(lesson.url)
    if action != "complete":
        messages.error(request, _("Sorry, that did not work. Please try again."))
        return HttpResponseRedirect(lesson.url)
    module = _module_of(lesson)
    try:
        certificate = services.mark_lesson_complete(user, lesson, module)
    except services.LearningError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(lesson.url)
    if certificate is not None:
        _congratulate(request, certificate)
        return HttpResponseRedirect(module.url)
    messages.success(request, _("Lesson marked as complete."))
    following = lesson.get_next_siblings().live().type(LessonPage).first()
    return HttpResponseRedirect(following.url if following else module.url)


def _check_answers(lesson, request, user):
    if not lesson.has_check:
        messages.error(request, _("This lesson has no knowledge check."))
        return HttpResponseRedirect(lesson.url)
    form = KnowledgeCheckForm(lesson, data=request.POST)
    module = _module_of(lesson)
    if not form.is_valid() or user is None:
        # Invalid answers are shown again with their errors; anonymous readers may try
        # the check and see their marks, but nothing is kept.
        marking = services.mark(lesson, form.answers()) if form.is_valid() else None
        missing = selectors.missing_prerequisites(user, module) if user else []
        return _render_lesson(
            lesson,
            request,
            module=module,
            visit=services.LessonVisit(enrolment=None, missing=missing),
            attempt=selectors.latest_attempt(user, lesson),
            shown_attempt=None,
            check_form=form,
            marking=marking,
        )
    try:
        attempt, _marking, certificate = services.record_attempt(
            user, lesson, form.answers(), module
        )
    except services.LearningError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(lesson.url)
    if certificate is not None:
        _congratulate(request, certificate)
    return HttpResponseRedirect(f"{lesson.url}?attempt={attempt.pk}#check-results")


def _congratulate(request, certificate):
    module = i18n.localized_titles([certificate.module_key]).get(certificate.module_key)
    messages.success(
        request,
        _("You have completed %(module)s. Your certificate is ready.")
        % {"module": module.title if module else certificate.module_title},
    )


HANDLERS = {
    LearningIndexPage: {"GET": catalogue},
    PathwayPage: {"GET": pathway},
    ModulePage: {"GET": module_get, "POST": module_post},
    LessonPage: {"GET": lesson_get, "POST": lesson_post},
}
