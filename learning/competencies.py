"""The link with the competency framework (learning depends on frameworks, never the reverse).

* A module lists the competencies it develops and to which level (``ModuleCompetency``).
* Completing a module records evidence of each (``learning.services``, through
  ``frameworks.services.record_evidence``).
* The ``frameworks_competency_learning`` hook (registered in ``wagtail_hooks``) tells the
  framework pages which modules develop which competencies, so a learner's gaps link to
  the modules that close them.
"""

import uuid

from wagtail.models import Locale

from frameworks.models import Competency, FrameworkPage
from portal.core import i18n, privacy
from portal.core.levels import PracticeLevel

from . import selectors
from .models import ModuleCompetency, ModulePage
from .services import EVIDENCE_SOURCE_PREFIX as SOURCE_PREFIX


def evidence_sources(source_keys):
    """The ``frameworks_evidence_sources`` hook: modules named in the reader's language.

    Evidence from a module names it by translation key; the title and URL shown are the
    module's in the reader's language, else in English (marked with its ``lang``). One
    query whatever the number of keys.
    """
    keys = {}
    for key in source_keys:
        if key.startswith(SOURCE_PREFIX):
            try:
                keys[uuid.UUID(key[len(SOURCE_PREFIX) :])] = key
            except ValueError:
                continue
    titles = i18n.localized_titles(keys, queryset=ModulePage.objects.live())
    return {
        keys[translation_key]: {"title": found.title, "url": found.url, "lang": found.lang}
        for translation_key, found in titles.items()
    }


def module_competencies(module):
    """What the module page lists: each competency (in the visitor's language), its level
    and a link to it on the framework page. A fixed number of queries."""
    rows = selectors.competency_rows(module)
    if not rows:
        return []
    locale = i18n.active_locale()
    local = i18n.in_active_locale(
        Competency, [row.competency.translation_key for row in rows], locale
    )
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
    keys = {row.module.translation_key for row in rows}
    pages = i18n.in_active_locale(
        privacy.visible_pages(ModulePage.objects.live().select_related("locale"), user), keys
    )
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
                "lang": i18n.other_language(page),
                "completed": page.translation_key in completed,
            }
        )
    return items


def developed_levels(module):
    """{competency identity (str): practice level} for the competencies the module develops."""
    return {str(row.competency.identity): row.level for row in selectors.competency_rows(module)}


def framework_page_path(language=None):
    """The framework page's URL path in ``language`` (or any live one); '' if there is none."""
    locale = (
        Locale.objects.filter(language_code=language).first() if language else None
    ) or i18n.active_locale()
    page = (
        FrameworkPage.objects.live().filter(locale=locale).first()
        or FrameworkPage.objects.live().first()
    )
    return page.url if page else ""
