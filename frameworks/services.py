"""Writes: framework versions, self-assessments and evidence.

The invariants: publishing or copying a version never changes another version or any
assessment made against it; a competency keeps its ``identity`` when copied into a new
version; evidence is recorded once per learner, competency identity and source.
"""

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.core.levels import PracticeLevel

from .models import (
    Competency,
    CompetencyFramework,
    Domain,
    Evidence,
    FrameworkLevel,
    FrameworkStatus,
    Rating,
    SelfAssessment,
)


@transaction.atomic
def create_new_version(framework):
    """A new draft version copied from ``framework``, with every competency's identity kept.

    The copy is in the framework's language, numbered one above the highest version of
    the same framework, and gets fresh translation keys (it is a new thing to translate).
    The original is not changed.
    """
    highest = (
        CompetencyFramework.objects.filter(name=framework.name, locale=framework.locale)
        .order_by("-version")
        .values_list("version", flat=True)
        .first()
    ) or framework.version
    copy = CompetencyFramework.objects.create(
        name=framework.name,
        version=highest + 1,
        status=FrameworkStatus.DRAFT,
        published_on=None,
        introduction=framework.introduction,
        locale=framework.locale,
        translation_key=uuid.uuid4(),
    )
    for level in framework.levels.order_by("sort_order"):
        FrameworkLevel.objects.create(
            framework=copy,
            sort_order=level.sort_order,
            slug=level.slug,
            name=level.name,
            description=level.description,
            locale=framework.locale,
            translation_key=uuid.uuid4(),
        )
    for domain in framework.domains.order_by("sort_order"):
        new_domain = Domain.objects.create(
            framework=copy,
            sort_order=domain.sort_order,
            code=domain.code,
            title=domain.title,
            description=domain.description,
            locale=framework.locale,
            translation_key=uuid.uuid4(),
        )
        for competency in domain.competencies.order_by("sort_order"):
            Competency.objects.create(
                domain=new_domain,
                sort_order=competency.sort_order,
                identity=competency.identity,
                code=competency.code,
                title=competency.title,
                description=competency.description,
                informed=competency.informed,
                skilled=competency.skilled,
                enhanced=competency.enhanced,
                specialist=competency.specialist,
                locale=framework.locale,
                translation_key=uuid.uuid4(),
            )
    return copy


def _set_status(framework, status, published_on=None):
    """Change the status of a version and its translations; nothing else is touched."""
    fields = {"status": status}
    if published_on is not None:
        fields["published_on"] = published_on
    CompetencyFramework.objects.filter(translation_key=framework.translation_key).update(**fields)
    framework.refresh_from_db()
    return framework


@transaction.atomic
def publish(framework, on=None):
    """Publish a version: it becomes the current one if it is the newest published.

    Older versions, their competencies and every assessment made against them stay
    exactly as they are (they remain readable; retire them separately if wanted).
    """
    if (
        not framework.levels.exists()
        or not Competency.objects.filter(domain__framework=framework).exists()
    ):
        raise ValidationError(_("A framework needs levels and competencies to be published."))
    return _set_status(framework, FrameworkStatus.PUBLISHED, on or timezone.localdate())


@transaction.atomic
def retire(framework):
    """Retire a version: no longer current; its assessments stay readable."""
    return _set_status(framework, FrameworkStatus.RETIRED)


@transaction.atomic
def save_assessment(user, framework, ratings, *, assessment=None, complete=False, when=None):
    """Save a learner's ratings against one framework version, in one transaction.

    ``ratings`` maps competency rows of ``framework`` to ``(level, note)``; level is a
    PracticeLevel value or "" for "not yet". With ``assessment`` (the learner's open one)
    it is updated; otherwise a new one is started. ``complete`` finishes it. Anything
    inconsistent raises ValidationError and nothing is saved.
    """
    when = when or timezone.now()
    valid_ids = set(
        Competency.objects.filter(domain__framework=framework).values_list("pk", flat=True)
    )
    for competency, (level, _note) in ratings.items():
        if competency.pk not in valid_ids:
            raise ValidationError(_("A rating is for a competency outside this framework."))
        if level and level not in PracticeLevel.values:
            raise ValidationError(_("Unknown practice level."))
    if assessment is None:
        assessment = SelfAssessment.objects.create(
            user=user, framework=framework, started_at=when, updated_at=when
        )
    elif (
        assessment.user_id != user.pk
        or assessment.framework_id != framework.pk
        or assessment.is_complete
    ):
        raise ValidationError(_("That assessment cannot be changed."))
    existing = {rating.competency_id: rating for rating in assessment.ratings.all()}
    to_create, to_update = [], []
    for competency, (level, note) in ratings.items():
        rating = existing.get(competency.pk)
        if rating is None:
            to_create.append(
                Rating(assessment=assessment, competency=competency, level=level, note=note)
            )
        elif (rating.level, rating.note) != (level, note):
            rating.level, rating.note = level, note
            to_update.append(rating)
    Rating.objects.bulk_create(to_create)
    Rating.objects.bulk_update(to_update, ["level", "note"])
    assessment.updated_at = when
    if complete:
        assessment.completed_at = when
    assessment.save(update_fields=["updated_at", "completed_at"])
    return assessment


def record_evidence(
    user, competency, level, *, source_key, source_title, source_url="", achieved_on=None
):
    """Record that ``user`` developed ``competency`` to ``level`` (e.g. by completing a module).

    Idempotent: one record per learner, competency identity and ``source_key``; calling
    again with the same key returns the existing record unchanged. Any framework version
    or translation of the competency may be passed: evidence follows its identity.
    """
    if level not in PracticeLevel.values:
        raise ValidationError(_("Unknown practice level."))
    achieved_on = achieved_on or timezone.localdate()
    if isinstance(achieved_on, datetime.datetime):
        achieved_on = achieved_on.date()
    defaults = {
        "competency": competency,
        "level": level,
        "source_title": source_title[:255],
        "source_url": source_url or "",
        "achieved_on": achieved_on,
    }
    try:
        with transaction.atomic():
            evidence, _created = Evidence.objects.get_or_create(
                user=user, identity=competency.identity, source_key=source_key, defaults=defaults
            )
    except IntegrityError:
        evidence = Evidence.objects.get(
            user=user, identity=competency.identity, source_key=source_key
        )
    return evidence
