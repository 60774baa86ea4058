"""What the learning pages show and do: the catalogue, pathways, modules and lessons.

The page models call these from ``get_context`` and ``serve`` so that the models stay
a description of content and the behaviour reads top to bottom here.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core.models import Theme

from . import selectors, services
from .competencies import module_competencies
from .forms import LENGTHS, CatalogueFilterForm, KnowledgeCheckForm
from .models import LessonPage, ModulePage, PathwayModule, Reflection


def _user(request):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def _openable(pages, request):
    """The pks of ``pages`` the visitor may open (the others' titles are not shown)."""
    pks = {page.pk for page in pages}
    if not pks:
        return set()
    visible = selectors.visible_to(ModulePage.objects.filter(pk__in=pks), request)
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
    titles = selectors.localized_titles(prerequisite_keys) if prerequisite_keys else {}
    openable = _openable([p for items in prerequisites.values() for p in items], request)
    theme_ids = {theme.pk for module in modules for theme in module.themes.all()}
    themes = selectors.themes_in_locale(theme_ids) if theme_ids else {}
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


def catalogue_context(index, request):
    locale = selectors.current_locale()
    themes = Theme.objects.filter(locale=locale) if locale else Theme.objects.none()
    form = CatalogueFilterForm(request.GET or None, themes=themes)
    modules = ModulePage.objects.child_of(index).live().prefetch_related("themes").order_by("path")
    modules = selectors.visible_to(modules, request)
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
    pathways = selectors.visible_to(
        index.get_children().live().type(_pathway_model()).specific().order_by("path"), request
    )
    return {
        "filter_form": form,
        "filtered": bool(filters and any(filters.values())),
        "cards": module_cards(modules, request),
        "pathways": list(pathways),
    }


def _pathway_model():
    from .models import PathwayPage

    return PathwayPage


def pathway_context(pathway, request):
    rows = list(
        PathwayModule.objects.filter(pathway=pathway)
        .select_related("module")
        .order_by("sort_order")
    )
    keys = [row.module.translation_key for row in rows]
    local = {
        m.translation_key: m
        for m in selectors.visible_to(
            ModulePage.objects.live()
            .filter(translation_key__in=keys, locale=pathway.locale)
            .prefetch_related("themes"),
            request,
        )
    }
    modules = [local[key] for key in keys if key in local]
    cards = module_cards(modules, request)
    completed = sum(1 for card in cards if card["progress"].status == selectors.COMPLETED)
    return {
        "cards": cards,
        "completed_count": completed,
        "percent": round(100 * completed / len(cards)) if cards else 0,
    }


def module_context(module, request):
    user = _user(request)
    lessons = list(
        selectors.visible_to(LessonPage.objects.child_of(module).live().order_by("path"), request)
    )
    infos = {
        module.translation_key: [
            selectors.LessonInfo(
                lesson.pk, lesson.title, lesson.translation_key, lesson.required, lesson.path
            )
            for lesson in lessons
        ]
    }
    progress = selectors.progress_for(user, [module], infos)[module.translation_key]
    prerequisites = list(module.prerequisites.all())
    completed = selectors.completed_module_keys(user)
    titles = (
        selectors.localized_titles([p.translation_key for p in prerequisites])
        if prerequisites
        else {}
    )
    openable = _openable(prerequisites, request)
    themes = selectors.themes_in_locale([t.pk for t in module.themes.all()])
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
        certificate = services.Certificate.objects.filter(
            user=user, module_key=module.translation_key
        ).first()
    return {
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
        "themes": list(themes.values()),
        "resume": resume,
        "certificate": certificate,
        "competencies": module_competencies(module),
    }


def module_post(module, request):
    user = _user(request)
    if user is None:
        return redirect_to_login(module.url)
    if request.POST.get("action") == "enrol":
        try:
            services.enrol(user, module)
        except services.LearningError as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(module.url)
        messages.success(request, _("You are enrolled. Your progress is saved as you go."))
        first = LessonPage.objects.child_of(module).live().order_by("path").first()
        return HttpResponseRedirect(first.url if first else module.url)
    messages.error(request, _("Sorry, that did not work. Please try again."))
    return HttpResponseRedirect(module.url)


def _attempt_marking(lesson, attempt):
    """Re-mark a stored attempt to show its feedback, if the questions are unchanged."""
    answers = {item["question_id"]: item["chosen"] for item in attempt.answers}
    ids = [block.id for block in lesson.questions]
    if set(answers) != set(ids):
        return None
    return services.mark(lesson, answers)


def lesson_context(lesson, request, check_form=None, marking=None):
    user = _user(request)
    module = lesson.get_parent().specific
    siblings = list(
        selectors.visible_to(LessonPage.objects.child_of(module).live().order_by("path"), request)
    )
    position = next((i for i, s in enumerate(siblings) if s.pk == lesson.pk), 0)
    previous_lesson = siblings[position - 1] if position > 0 else None
    next_lesson = siblings[position + 1] if position + 1 < len(siblings) else None
    enrolment = None
    missing = []
    if user is not None:
        missing = services.missing_prerequisites(user, module)
        if not missing:
            enrolment = services.visit_lesson(user, lesson, module)
    infos = {
        module.translation_key: [
            selectors.LessonInfo(s.pk, s.title, s.translation_key, s.required, s.path)
            for s in siblings
        ]
    }
    progress = selectors.progress_for(user, [module], infos)[module.translation_key]
    done = lesson.translation_key in progress.lesson_keys_done
    attempt = selectors.latest_attempt(user, lesson)
    shown_attempt = None
    if attempt is not None and marking is None:
        if request.GET.get("attempt") == str(attempt.pk):
            shown_attempt = attempt
            marking = _attempt_marking(lesson, attempt)
    if check_form is None and lesson.has_check:
        initial = {}
        if marking is not None:
            from .forms import question_field_name

            for result in marking.results:
                block = next(b for b in lesson.questions if b.id == result.block_id)
                values = [str(i) for i in result.chosen]
                initial[question_field_name(result.block_id)] = (
                    values if block.value["kind"] == "multiple" else (values or [""])[0]
                )
        check_form = KnowledgeCheckForm(lesson, initial=initial)
    reflections = {}
    if user is not None:
        reflections = {
            r.prompt_id: r
            for r in Reflection.objects.filter(user=user, lesson_key=lesson.translation_key)
        }
    results = {r.block_id: r for r in marking.results} if marking else {}
    openable = _openable(missing, request)
    return {
        "module": module,
        "siblings": siblings,
        "position": position + 1,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "progress": progress,
        "enrolment": enrolment,
        "locked_by": [
            m.localized.title if m.pk in openable else _("a module for members") for m in missing
        ],
        "done": done,
        "check_form": check_form,
        "marking": marking,
        "results": results,
        "attempt": attempt,
        "shown_attempt": shown_attempt,
        "reflections": reflections,
        "content_blocks": [b for b in lesson.body if b.block_type != "question"],
    }


def _render_lesson(lesson, request, **extra):
    context = lesson.get_context(request, **extra)
    return TemplateResponse(request, lesson.get_template(request), context)


def lesson_post(lesson, request):
    user = _user(request)
    action = request.POST.get("action")
    if action == "check":
        form = KnowledgeCheckForm(lesson, data=request.POST)
        if not lesson.has_check:
            messages.error(request, _("This lesson has no knowledge check."))
            return HttpResponseRedirect(lesson.url)
        if not form.is_valid():
            return _render_lesson(lesson, request, check_form=form)
        if user is None:
            # Anonymous readers may try the check; nothing is kept.
            marking = services.mark(lesson, form.answers())
            return _render_lesson(lesson, request, check_form=form, marking=marking)
        try:
            attempt, marking, certificate = services.record_attempt(user, lesson, form.answers())
        except services.LearningError as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(lesson.url)
        if certificate is not None:
            _congratulate(request, certificate)
        return HttpResponseRedirect(f"{lesson.url}?attempt={attempt.pk}#check-results")
    if user is None:
        return redirect_to_login(lesson.url)
    if action == "complete":
        try:
            certificate = services.mark_lesson_complete(user, lesson)
        except services.LearningError as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(lesson.url)
        if certificate is not None:
            _congratulate(request, certificate)
            return HttpResponseRedirect(lesson.get_parent().url)
        messages.success(request, _("Lesson marked as complete."))
        following = lesson.get_next_siblings().live().type(LessonPage).first()
        return HttpResponseRedirect(following.url if following else lesson.get_parent().url)
    messages.error(request, _("Sorry, that did not work. Please try again."))
    return HttpResponseRedirect(lesson.url)


def _congratulate(request, certificate):
    messages.success(
        request,
        _("You have completed %(module)s. Your certificate is ready.")
        % {"module": certificate.module_title},
    )
