"""The link with the competency framework (learning depends on frameworks, never the reverse).

* A module lists the competencies it develops and to which level (``ModuleCompetency``).
* Completing a module records evidence of each, through ``frameworks.services.record_evidence``.
* The ``frameworks_competency_learning`` hook (registered in ``wagtail_hooks``) tells the
  framework pages which modules develop which competencies, so a learner's gaps link to
  the modules that close them.
"""

from types import SimpleNamespace

from django.utils import translation
from wagtail.models import Locale

from frameworks import services as framework_services
from frameworks.models import Competency, FrameworkPage
from portal.core.levels import PracticeLevel

from . import selectors
from .models import ModuleCompetency, ModulePage


def source_key(module):
    """The evidence source key of a module: the same in every language."""
    return f"learning-module:{module.translation_key}"


def _rows_for(module):
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


def record_module_evidence(user, module, achieved_on):
    """Record evidence of every competency the module develops (idempotent)."""
    for row in _rows_for(module):
        framework_services.record_evidence(
            user,
            row.competency,
            row.level,
            source_key=source_key(module),
            source_title=module.title,
            source_url=module.url or "",
            achieved_on=achieved_on,
        )


def module_competencies(module):
    """What the module page lists: each competency (in the visitor's language), its level
    and a link to it on the framework page. A fixed number of queries."""
    rows = _rows_for(module)
    if not rows:
        return []
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    local = {
        c.translation_key: c
        for c in Competency.objects.filter(
            translation_key__in=[row.competency.translation_key for row in rows], locale=locale
        )
    }
    framework_page = (
        FrameworkPage.objects.live().filter(locale=locale).first()
        or FrameworkPage.objects.live().first()
    )
    base = framework_page.url if framework_page else ""
    items = []
    for row in rows:
        shown = local.get(row.competency.translation_key, row.competency)
        items.append(
            {
                "label": f"{shown.code} {shown.title}",
                "level": row.level,
                "level_label": PracticeLevel(row.level).label,
                "url": f"{base}#{row.competency.anchor}" if base else "",
            }
        )
    return items


def learning_for_competencies(identities, user):
    """The ``frameworks_competency_learning`` hook: modules developing these competencies.

    One item per (module, competency), with the module in the visitor's language, only
    modules the person may see, and whether they completed it. A fixed number of queries.
    """
    identities = [str(identity) for identity in identities]
    rows = list(
        ModuleCompetency.objects.filter(
            competency__identity__in=identities,
            module__live=True,
            module__locale=Locale.get_default(),
        )
        .select_related("competency", "module")
        .order_by("module__path", "sort_order")
    )
    if not rows:
        return []
    request = SimpleNamespace(user=user)
    keys = {row.module.translation_key for row in rows}
    visible = selectors.visible_to(
        ModulePage.objects.live().filter(translation_key__in=keys), request
    )
    pages = {}
    locale = selectors.current_locale()
    for page in visible:
        if page.translation_key not in pages or page.locale_id == getattr(locale, "pk", None):
            pages[page.translation_key] = page
    completed = selectors.completed_module_keys(user)
    items = []
    for row in rows:
        page = pages.get(row.module.translation_key)
        if page is None:
            continue
        items.append(
            {
                "identity": str(row.competency.identity),
                "level": row.level,
                "title": page.title,
                "url": page.url,
                "completed": page.translation_key in completed,
            }
        )
    return items


def developed_levels(module):
    """{competency identity (str): practice level} for the competencies the module develops."""
    return {str(row.competency.identity): row.level for row in _rows_for(module)}


def framework_page_path(language=None):
    """The framework page's URL path in ``language`` (or any live one); '' if there is none."""
    locale = Locale.objects.filter(
        language_code=language or translation.get_language() or "en"
    ).first()
    page = (
        FrameworkPage.objects.live().filter(locale=locale).first()
        or FrameworkPage.objects.live().first()
    )
    return page.url if page else ""
