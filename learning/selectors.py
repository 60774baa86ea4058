"""Reads: how far a learner has got.

Each function runs a fixed number of queries whatever the number of modules,
lessons or learners, so the pages built on them stay fast as the catalogue grows.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Locale

from portal.core import content_cache

from .models import (
    Attempt,
    Certificate,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModuleCompetency,
    ModulePage,
)

NOT_STARTED = "not-started"
IN_PROGRESS = "in-progress"
COMPLETED = "completed"


@dataclass
class LessonInfo:
    pk: int
    title: str
    translation_key: object
    required: bool
    path: str


@dataclass
class ModuleProgress:
    module_key: object
    status: str = NOT_STARTED
    done: int = 0
    total: int = 0
    enrolled: bool = False
    completed_at: object = None
    last_lesson_key: object = None
    lesson_keys_done: set = field(default_factory=set)

    @property
    def percent(self):
        if self.status == COMPLETED:
            return 100
        return round(100 * self.done / self.total) if self.total else 0


def lessons_by_module(modules):
    """{module translation_key: [LessonInfo, ...] in page order} for the modules: one
    query, kept in ``content_cache`` until content changes (the same for every reader)."""
    modules = list(modules)
    if not modules:
        return {}
    paths = "|".join(sorted(f"{module.path}:{module.translation_key}" for module in modules))
    name = "lessons-by-module:" + hashlib.sha256(paths.encode()).hexdigest()
    lessons = content_cache.cached(name, lambda: _lessons_by_module(modules))
    return {key: list(infos) for key, infos in lessons.items()}


def _lessons_by_module(modules):
    result = {module.translation_key: [] for module in modules}
    by_path = {module.path: module.translation_key for module in modules}
    within = Q()
    for module in modules:
        within |= Q(path__startswith=module.path, depth=module.depth + 1)
    lessons = (
        LessonPage.objects.live()
        .filter(within)
        .order_by("path")
        .values_list("pk", "title", "translation_key", "required", "path")
    )
    for pk, title, key, required, path in lessons:
        module_key = by_path.get(path[: -LessonPage.steplen])
        if module_key is not None:
            result[module_key].append(LessonInfo(pk, title, key, required, path))
    return result


def progress_for(user, modules, lessons=None, enrolments=None):
    """{module translation_key: ModuleProgress} for the user (empty progress when anonymous).

    ``enrolments``, when the caller has just read them, are the user's enrolments in
    ``modules`` (and saves reading them again)."""
    modules = list(modules)
    lessons = lessons if lessons is not None else lessons_by_module(modules)
    progress = {}
    for module in modules:
        required = [lesson for lesson in lessons.get(module.translation_key, []) if lesson.required]
        progress[module.translation_key] = ModuleProgress(
            module.translation_key, total=len(required)
        )
    if user is None or not user.is_authenticated or not modules:
        return progress
    keys = [module.translation_key for module in modules]
    if enrolments is None:
        enrolments = Enrolment.objects.filter(user=user, module_key__in=keys)
    for enrolment in enrolments:
        item = progress[enrolment.module_key]
        item.enrolled = True
        item.completed_at = enrolment.completed_at
        item.last_lesson_key = enrolment.last_lesson_key
        item.status = COMPLETED if enrolment.completed_at else IN_PROGRESS
    done = defaultdict(set)
    for module_key, lesson_key in LessonCompletion.objects.filter(
        user=user, module_key__in=keys
    ).values_list("module_key", "lesson_key"):
        done[module_key].add(lesson_key)
    for module in modules:
        item = progress[module.translation_key]
        required = {
            lesson.translation_key
            for lesson in lessons.get(module.translation_key, [])
            if lesson.required
        }
        item.lesson_keys_done = done[module.translation_key]
        item.done = len(required & item.lesson_keys_done)
    return progress


def next_lesson(lessons, last_lesson_key, done_keys):
    """Where a learner picks a module up: the lesson they were on, unless they finished
    it, else the first lesson they have not finished (a ``LessonInfo``), else None."""
    return next(
        (
            lesson
            for lesson in lessons
            if lesson.translation_key == last_lesson_key and lesson.translation_key not in done_keys
        ),
        None,
    ) or next((lesson for lesson in lessons if lesson.translation_key not in done_keys), None)


@dataclass
class ResumePoint:
    module: object
    lesson: object
    progress: ModuleProgress


def resume_point(user, modules_in_locale):
    """The next lesson of the module the learner worked on most recently and has not
    completed, with the module's progress; None if nothing is in progress.

    ``modules_in_locale(keys)`` gives ``{translation key: module}`` of the modules the
    learner may see, in their language. Five queries, and those of ``modules_in_locale``.
    """
    if user is None or not user.is_authenticated:
        return None
    enrolment = (
        Enrolment.objects.filter(user=user, completed_at__isnull=True)
        .order_by("-last_activity_at")
        .first()
    )
    if enrolment is None:
        return None
    module = modules_in_locale([enrolment.module_key]).get(enrolment.module_key)
    if module is None:
        return None
    lessons = lessons_by_module([module])
    progress = progress_for(user, [module], lessons, enrolments=[enrolment])
    progress = progress[module.translation_key]
    target = next_lesson(
        lessons[module.translation_key], enrolment.last_lesson_key, progress.lesson_keys_done
    )
    if target is None:
        return None
    return ResumePoint(module, LessonPage.objects.get(pk=target.pk), progress)


def completed_module_keys(user):
    """The translation keys of the modules the user has completed."""
    if user is None or not user.is_authenticated:
        return set()
    return set(
        Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list(
            "module_key", flat=True
        )
    )


def prerequisites_by_module(modules):
    """{module translation_key: [prerequisite ModulePage, ...]} in one query."""
    through = ModulePage.prerequisites.through
    rows = through.objects.filter(from_modulepage__in=[m.pk for m in modules]).select_related(
        "to_modulepage"
    )
    result = defaultdict(list)
    by_pk = {m.pk: m.translation_key for m in modules}
    for row in rows:
        result[by_pk[row.from_modulepage_id]].append(row.to_modulepage)
    return result


def certificates_of(user):
    return list(Certificate.objects.filter(user=user).order_by("-issued_at"))


def total_cpd_minutes(user):
    from django.db.models import Sum

    return (
        Enrolment.objects.filter(user=user, completed_at__isnull=False).aggregate(
            total=Sum("cpd_minutes")
        )["total"]
        or 0
    )


def latest_attempt(user, lesson):
    """The user's most recent attempt at the lesson's check, or None (no query for a
    lesson without a check)."""
    if user is None or not user.is_authenticated or not lesson.has_check:
        return None
    return Attempt.objects.filter(user=user, lesson_key=lesson.translation_key).first()


def module_prerequisites(module):
    """The module's prerequisite modules. Those of a module as published change only
    when it is published again, so they are kept in ``content_cache``; a preview (a
    revision, whose prerequisites are in memory) reads its own."""
    if not module.pk or "prerequisites" in getattr(module, "_cluster_related_objects", {}):
        return list(module.prerequisites.all())
    return content_cache.cached(
        f"module-prerequisites:{module.pk}",
        lambda: list(module.prerequisites.all().defer_streamfields()),
    )


def module_theme_slugs(module):
    """The slugs of the module's themes, kept in ``content_cache`` as its prerequisites are."""
    if not module.pk or "themes" in getattr(module, "_cluster_related_objects", {}):
        return [theme.slug for theme in module.themes.all()]
    return content_cache.cached(
        f"module-themes:{module.pk}", lambda: [theme.slug for theme in module.themes.all()]
    )


def missing_prerequisites(user, module):
    """The prerequisite modules the user has not completed yet (empty if none)."""
    prerequisites = module_prerequisites(module)
    if not prerequisites:
        return []
    done = set(
        Enrolment.objects.filter(
            user=user,
            module_key__in=[m.translation_key for m in prerequisites],
            completed_at__isnull=False,
        ).values_list("module_key", flat=True)
    )
    return [m for m in prerequisites if m.translation_key not in done]


def certificate_for(user, module):
    """The user's certificate for the module (in any language), or None."""
    return Certificate.objects.filter(user=user, module_key=module.translation_key).first()


def competency_rows(module):
    """The module's competency rows; a translation without its own falls back to the source."""
    rows = list(ModuleCompetency.objects.filter(module=module).select_related("competency"))
    if rows or module.locale_id == Locale.get_default().pk:
        return rows
    return list(
        ModuleCompetency.objects.filter(
            module__translation_key=module.translation_key,
            module__locale=Locale.get_default(),
        ).select_related("competency")
    )
