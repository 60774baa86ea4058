"""Reads: the current framework, its structure in the visitor's language, assessments, gaps.

Every function here runs a fixed number of queries whatever the size of the framework.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.http import Http404
from django.utils import translation
from django.utils.html import strip_tags
from wagtail import hooks
from wagtail.models import Locale

from portal.core.levels import PracticeLevel

from .hooks import COMPETENCY_LEARNING_HOOK
from .models import (
    Competency,
    CompetencyFramework,
    Domain,
    Evidence,
    FrameworkStatus,
    Rating,
    SelfAssessment,
)


def source_locale():
    return Locale.get_default()


def current_framework():
    """The newest published framework version in the source language, or None."""
    return (
        CompetencyFramework.objects.filter(status=FrameworkStatus.PUBLISHED, locale=source_locale())
        .order_by("-version", "-published_on", "-pk")
        .first()
    )


def readable_versions():
    """Published and retired versions (source language), newest first, for "other versions"."""
    return list(
        CompetencyFramework.objects.filter(locale=source_locale())
        .exclude(status=FrameworkStatus.DRAFT)
        .order_by("-version")
    )


def current_competencies_by_code():
    """{code: Competency} for the current framework version (source language), e.g. for
    another app's demo content or a chooser: ``current_competencies_by_code()["2.1"]``."""
    framework = current_framework()
    if framework is None:
        return {}
    return {
        competency.code: competency
        for competency in Competency.objects.filter(domain__framework=framework)
    }


def _with_structure(queryset):
    return queryset.prefetch_related(
        "levels",
        Prefetch(
            "domains",
            queryset=Domain.objects.order_by("sort_order").prefetch_related(
                Prefetch("competencies", queryset=Competency.objects.order_by("sort_order"))
            ),
        ),
    )


@dataclass
class Structure:
    """A framework version ready to show: canonical rows, each with ``.display`` text.

    ``framework``, ``levels``, ``domains`` and ``competencies`` are the source-language
    rows that assessments point at; each has a ``display`` attribute holding the row in
    the visitor's language when a translation exists (otherwise the row itself).
    """

    framework: CompetencyFramework
    levels: list = field(default_factory=list)
    domains: list = field(default_factory=list)
    competencies: list = field(default_factory=list)

    @property
    def display(self):
        return self.framework.display

    @property
    def level_slugs(self):
        return [level.slug for level in self.levels]

    def level_name(self, slug):
        for level in self.levels:
            if level.slug == slug:
                return level.display.name
        return ""

    def by_pk(self):
        return {competency.pk: competency for competency in self.competencies}


def load_structure(framework, language=None):
    """The framework's levels, domains and competencies (4 queries, 8 with a translation)."""
    framework = _with_structure(CompetencyFramework.objects.filter(pk=framework.pk)).get()
    language = language or translation.get_language() or "en"
    display = framework
    if framework.locale.language_code != language:
        display = (
            _with_structure(
                CompetencyFramework.objects.filter(
                    translation_key=framework.translation_key, locale__language_code=language
                )
            ).first()
            or framework
        )
    framework.display = display
    shown = {}
    if display is not framework:
        for level in display.levels.all():
            shown[level.translation_key] = level
        for domain in display.domains.all():
            shown[domain.translation_key] = domain
            for competency in domain.competencies.all():
                shown[competency.translation_key] = competency
    structure = Structure(framework=framework)
    for level in framework.levels.all():
        level.display = shown.get(level.translation_key, level)
        structure.levels.append(level)
    for domain in framework.domains.all():
        domain.display = shown.get(domain.translation_key, domain)
        domain.items = []
        for competency in domain.competencies.all():
            competency.display = shown.get(competency.translation_key, competency)
            competency.domain_row = domain
            competency.descriptors = [
                (level, competency.display.descriptor(level.slug)) for level in structure.levels
            ]
            domain.items.append(competency)
            structure.competencies.append(competency)
        structure.domains.append(domain)
    return structure


def framework_search_text(page):
    """Plain text of the current framework for site search (its source language)."""
    framework = current_framework()
    if framework is None:
        return ""
    structure = load_structure(framework, language=page.locale.language_code)
    parts = [strip_tags(structure.display.introduction)]
    for domain in structure.domains:
        parts += [domain.display.title, domain.display.description]
        for competency in domain.items:
            text = competency.display
            parts += [f"{text.code} {text.title}", text.description]
            parts += [text.descriptor(slug) for slug in structure.level_slugs]
    return "\n".join(part for part in parts if part)


def learning_for(identities, user):
    """What other apps offer to develop these competencies (see :mod:`frameworks.hooks`).

    Returns ``{identity: [item, ...]}`` where each item is a dict with ``identity``,
    ``level``, ``title``, ``url`` and ``completed``.
    """
    identities = list(identities)
    found = defaultdict(list)
    if not identities:
        return found
    for fn in hooks.get_hooks(COMPETENCY_LEARNING_HOOK):
        for item in fn(identities, user) or []:
            item = dict(item)
            level = item.get("level", "")
            item["level_name"] = PracticeLevel(level).label if level in PracticeLevel.values else ""
            found[str(item["identity"])].append(item)
    return found


def assessments_for(user):
    """The learner's assessments, oldest first, with their ratings (2 queries)."""
    if not user.is_authenticated:
        return []
    return list(
        SelfAssessment.objects.filter(user=user)
        .select_related("framework")
        .prefetch_related(Prefetch("ratings", queryset=Rating.objects.select_related("competency")))
        .order_by("started_at", "pk")
    )


def open_assessment(user, framework):
    """The learner's unfinished assessment against this framework version, if any."""
    return (
        SelfAssessment.objects.filter(user=user, framework=framework, completed_at__isnull=True)
        .order_by("-started_at")
        .first()
    )


def own_assessment_or_404(user, assessment_id):
    """The learner's own assessment; a 404 for anybody else, staff and managers included."""
    if not user.is_authenticated:
        raise Http404
    assessment = SelfAssessment.objects.filter(pk=assessment_id, user=user).first()
    if assessment is None:
        raise Http404
    return assessment


def latest_assessment(user):
    """The most recently completed assessment, else the open one, else None."""
    if not user.is_authenticated:
        return None
    qs = SelfAssessment.objects.filter(user=user)
    return (
        qs.filter(completed_at__isnull=False).order_by("-completed_at", "-pk").first()
        or qs.order_by("-updated_at", "-pk").first()
    )


def evidence_by_identity(user, identities):
    """The learner's evidence for these competency identities, newest first."""
    found = defaultdict(list)
    if not user.is_authenticated:
        return found
    for item in Evidence.objects.filter(user=user, identity__in=list(identities)):
        found[str(item.identity)].append(item)
    return found


@dataclass
class Gap:
    competency: Competency
    rating: Rating | None
    learning: list
    evidence: list

    @property
    def rank(self):
        return self.rating.rank if self.rating else 0


def gaps(user, assessment, structure, target):
    """Competencies rated below ``target`` and the unfinished learning that develops them.

    Learning counts when it develops the competency above the learner's rating and no
    higher than the target, and the learner has not already completed it.
    """
    target_rank = PracticeLevel.rank(target)
    ratings = {rating.competency_id: rating for rating in assessment.ratings.all()}
    below = []
    for competency in structure.competencies:
        rating = ratings.get(competency.pk)
        rank = rating.rank if rating else 0
        if rank < target_rank:
            below.append((competency, rating, rank))
    identities = [str(competency.identity) for competency, _r, _k in below]
    learning = learning_for(identities, user)
    evidence = evidence_by_identity(user, identities)
    result = []
    for competency, rating, rank in below:
        key = str(competency.identity)
        items = [
            item
            for item in learning.get(key, [])
            if not item.get("completed") and rank < PracticeLevel.rank(item["level"]) <= target_rank
        ]
        result.append(Gap(competency, rating, items, evidence.get(key, [])))
    return result


def domain_profile(assessment, structure_by_framework):
    """Average level (0 = not yet … 4 = Specialist) per domain code for one assessment."""
    structure = structure_by_framework[assessment.framework_id]
    ratings = {rating.competency_id: rating.rank for rating in assessment.ratings.all()}
    profile = {}
    for domain in structure.domains:
        ranks = [ratings.get(c.pk, 0) for c in domain.items]
        profile[domain.code] = round(sum(ranks) / len(ranks), 1) if ranks else 0.0
    return profile
