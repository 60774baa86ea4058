"""Reads: what a visitor may see, and how far a learner has got.

Each function runs a fixed number of queries whatever the number of modules,
lessons or learners, so the pages built on them stay fast as the catalogue grows.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from portal.core.models import Theme

from .models import Attempt, Certificate, Enrolment, LessonCompletion, LessonPage, ModulePage

NOT_STARTED = "not-started"
IN_PROGRESS = "in-progress"
COMPLETED = "completed"


def current_locale():
    return Locale.objects.filter(language_code=translation.get_language()).first()


def visible_to(queryset, request):
    """Leave out pages under a view restriction (privacy setting) the visitor does not pass.

    Checks every restriction once (they are few), whatever the size of the queryset.
    """
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    user = getattr(request, "user", None)
    group_ids = None
    for restriction in restrictions:
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            allowed = user is not None and user.is_authenticated
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            if user is None or not user.is_authenticated:
                allowed = False
            elif user.is_superuser:
                allowed = True
            else:
                if group_ids is None:
                    group_ids = set(user.groups.values_list("pk", flat=True))
                allowed = bool(group_ids & {g.pk for g in restriction.groups.all()})
        else:
            # Password-protected pages stay out of listings even after the password
            # was given: the visitor reaches them by their own link.
            allowed = False
        if not allowed:
            queryset = queryset.exclude(path__startswith=restriction.page.path)
    return queryset


def can_view(page, request):
    """Whether the visitor passes every view restriction on the page (like Wagtail's serve)."""
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            return False
    return True


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
    """{module translation_key: [LessonInfo, ...] in page order} for the modules, in one query."""
    modules = list(modules)
    result = {module.translation_key: [] for module in modules}
    if not modules:
        return result
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


def progress_for(user, modules, lessons=None):
    """{module translation_key: ModuleProgress} for the user (empty progress when anonymous)."""
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
    for enrolment in Enrolment.objects.filter(user=user, module_key__in=keys):
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


def localized_titles(translation_keys, locale=None):
    """{translation_key: (title, url_path)} of pages in the visitor's language, in one query."""
    from wagtail.models import Page

    locale = locale or current_locale()
    pages = Page.objects.live().filter(translation_key__in=list(translation_keys))
    result = {}
    for page in pages:
        if page.translation_key not in result or page.locale_id == getattr(locale, "pk", None):
            result[page.translation_key] = page
    return result


def themes_in_locale(theme_ids, locale=None):
    """{theme pk: Theme in the visitor's language}, for themes given in any language."""
    locale = locale or current_locale()
    themes = list(Theme.objects.filter(pk__in=list(theme_ids)))
    keys = {theme.translation_key for theme in themes}
    local = {
        t.translation_key: t for t in Theme.objects.filter(translation_key__in=keys, locale=locale)
    }
    return {theme.pk: local.get(theme.translation_key, theme) for theme in themes}


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
    """The user's most recent attempt at the lesson's check, or None."""
    if user is None or not user.is_authenticated:
        return None
    return Attempt.objects.filter(user=user, lesson_key=lesson.translation_key).first()
