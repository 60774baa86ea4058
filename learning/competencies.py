"""The link with the competency framework (learning depends on frameworks, never the reverse).

* A module lists the competencies it develops and to which level (``ModuleCompetency``).
* Completing a module records evidence of each (``learning.services``, through
  ``frameworks.services.record_evidence``).
* The ``frameworks_competency_learning`` hook (registered in ``wagtail_hooks``) tells the
  framework pages which modules develop which competencies, so a learner's gaps link to
  the modules that close them.
"""

import hashlib
import uuid

from django.utils import translation
from wagtail.models import Locale

from frameworks.models import Competency, FrameworkPage
from portal.core import content_cache, i18n, privacy
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
    and a link to it on the framework page. Kept in ``content_cache`` per module and
    language (a fixed number of queries when it is not there)."""
    items = content_cache.cached(
        f"module-competencies:{module.pk}:{translation.get_language()}",
        lambda: _module_competencies(module),
    )
    return [{**item, "level_label": PracticeLevel(item["level"]).label} for item in items]


def _module_competencies(module):
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
                "url": f"{base}#{row.competency.anchor}" if base else "",
            }
        )
    return items


def learning_for_competencies(identities, user):
    """The ``frameworks_competency_learning`` hook: modules developing these competencies.

    One item per (module, competency), with the module in the visitor's language, only
    modules the person may see, and whether they completed it. A fixed number of queries.
    """
    identities = sorted(str(identity) for identity in identities)
    rows, pages = content_cache.cached(
        f"competency-learning:{translation.get_language()}:"
        + hashlib.sha256("|".join(identities).encode()).hexdigest(),
        lambda: _modules_developing(identities),
    )
    if not rows:
        return []
    visible = {page.pk for page in privacy.visible_among(pages.values(), user)}
    completed = selectors.completed_module_keys(user)
    items = []
    for identity, level, module_key in rows:
        page = pages.get(module_key)
        if page is None or page.pk not in visible:
            continue
        items.append(
            {
                "identity": identity,
                "level": level,
                "title": page.title,
                "url": page.url,
                "lang": i18n.other_language(page),
                "completed": page.translation_key in completed,
            }
        )
    return items


def _modules_developing(identities):
    """``(rows, pages)``: ``(identity, level, module key)`` for each live module that
    develops one of the competencies, and ``{module key: module in this language}``
    (everyone's: privacy is applied after, by the caller)."""
    rows = [
        (str(row.competency.identity), row.level, row.module.translation_key)
        for row in ModuleCompetency.objects.filter(
            competency__identity__in=identities,
            module__live=True,
            module__locale=Locale.get_default(),
        )
        .select_related("competency", "module")
        .order_by("module__path", "sort_order")
    ]
    if not rows:
        return [], {}
    keys = {module_key for _identity, _level, module_key in rows}
    pages = i18n.in_active_locale(
        ModulePage.objects.live().defer_streamfields().select_related("locale"), keys
    )
    return rows, pages


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
