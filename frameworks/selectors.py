"""Reads: the current framework, its structure in the visitor's language, assessments, gaps.

Every function here runs a fixed number of queries whatever the size of the framework.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import Http404
from wagtail import hooks
from wagtail.models import Locale

from portal.core import content_cache
from portal.core.levels import PracticeLevel

from .models import (  # noqa: F401  (reads, re-exported)
    Competency,
    CompetencyFramework,
    Evidence,
    FrameworkStatus,
    Rating,
    SelfAssessment,
    Structure,
    current_framework,
    load_structure,
)

#: The hook through which other apps offer learning for competencies.
#:
#: ``frameworks_competency_learning``
#:
#: Supplies the learning that develops competencies. Register a function with
#: ``@hooks.register("frameworks_competency_learning")`` taking ``(identities, user)``:
#:
#: * ``identities``: a list of competency identities (UUID strings, see
#:   :attr:`frameworks.models.Competency.identity`), the same in every framework version;
#: * ``user``: the person looking (possibly anonymous).
#:
#: It returns a list of dicts, one per piece of learning and competency it develops::
#:
#:     {"identity": "<uuid>", "level": "skilled", "title": "Money advice basics",
#:      "url": "/learning/money-advice/", "completed": False}
#:
#: ``level`` is a :class:`portal.core.levels.PracticeLevel` value: the level to which the
#: learning develops the competency. ``completed`` says whether ``user`` has completed it
#: (always False for anonymous visitors). The framework page lists every item beside its
#: competency; the gaps view recommends items that are not completed and develop the
#: competency above the learner's rating and no higher than their target. With no
#: function registered, both simply show no learning.
#:
#: The function is called once per page with all identities at once, so it should run a
#: fixed number of queries. Other kinds of resource (case studies, guidance) may use the
#: same hook with ``"level": ""``: they are listed on the framework page but never
#: recommended as closing a gap.
#:
#: To find the competency rows a module develops, use
#: :func:`frameworks.selectors.current_competencies_by_code` (or store a foreign key to
#: :class:`frameworks.models.Competency` and match on its ``identity``).
#:
#: Recording evidence goes the other way, as a plain call:
#: :func:`frameworks.services.record_evidence`.
COMPETENCY_LEARNING_HOOK = "frameworks_competency_learning"

#: The hook through which other apps name sources of evidence in the reader's language.
#:
#: ``frameworks_evidence_sources``
#:
#: Evidence keeps the ``source_key`` it was recorded with (and the title and URL of the
#: moment, as a fallback); whoever records evidence should also register a function with
#: ``@hooks.register("frameworks_evidence_sources")`` taking ``(source_keys)`` (a list of
#: strings, possibly including other apps' keys) and returning
#: ``{source_key: {"title": ..., "url": ..., "lang": ...}}`` for the keys it knows, in
#: the active language. ``lang`` is the title's language code when it is not the
#: reader's (the framework marks such text with ``lang``), else "". Called once per
#: page with every key, so it should run a fixed number of queries.
EVIDENCE_SOURCES_HOOK = "frameworks_evidence_sources"


def source_locale():
    return Locale.get_default()


def readable_versions():
    """Published and retired versions (source language), newest first, for "other
    versions" (kept in ``content_cache`` until the framework changes)."""
    return content_cache.cached(
        "framework-versions",
        lambda: list(
            CompetencyFramework.objects.filter(locale=source_locale())
            .exclude(status=FrameworkStatus.DRAFT)
            .order_by("-version")
        ),
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


def learning_for(identities, user):
    """What other apps offer to develop these competencies (see ``COMPETENCY_LEARNING_HOOK``).

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


def name_evidence(items):
    """Give each evidence item ``title``, ``url`` and ``lang`` in the reader's language.

    The apps that record evidence name their sources through the
    ``frameworks_evidence_sources`` hook (see ``EVIDENCE_SOURCES_HOOK`` above); a source no app
    knows any more keeps the title and URL stored when it was recorded.
    """
    items = list(items)
    keys = sorted({item.source_key for item in items})
    names = {}
    if keys:
        for fn in hooks.get_hooks(EVIDENCE_SOURCES_HOOK):
            names.update(fn(keys) or {})
    for item in items:
        name = names.get(item.source_key) or {}
        item.title = name.get("title") or item.source_title
        item.url = name.get("url", item.source_url) or ""
        item.lang = name.get("lang", "") if name else ""
    return items


def evidence_by_identity(user, identities):
    """The learner's evidence for these competency identities, newest first, named in the
    reader's language (see :func:`name_evidence`)."""
    found = defaultdict(list)
    if not user.is_authenticated:
        return found
    for item in name_evidence(Evidence.objects.filter(user=user, identity__in=list(identities))):
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
