"""Writes: enrolment, lesson completion, knowledge-check attempts, reflections, certificates.

Each page handler makes one call here per request that writes. A call checks the
module's prerequisites once and writes the enrolment once (``_enter``), then does
its work; completing a module issues the certificate and records evidence of its
competencies through ``frameworks.services`` (the framework's public service).

Every write is idempotent and safe when two requests race (a double click, two
tabs): rows are created with ``get_or_create`` inside a transaction, the database's
unique constraints decide the winner, and the loser reads the winner's row. Progress
is stored against pages' ``translation_key`` so it holds in every language.
"""

import datetime
import logging
import secrets
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from frameworks import services as framework_services

from . import selectors
from .models import (
    Attempt,
    Certificate,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    Reflection,
)
from .xapi import events as xapi

logger = logging.getLogger("portal.learning")

REFLECTION_MAX_LENGTH = 10_000


class LearningError(Exception):
    """Something the learner asked for that cannot be done; the message says why."""


class ModuleLocked(LearningError):
    """The module has prerequisites the learner has not completed."""


def _get_or_create(model, defaults=None, **lookup):
    """``get_or_create`` that reads the other row when a concurrent insert wins the race."""
    try:
        return model.objects.get_or_create(defaults=defaults, **lookup)
    except IntegrityError:
        return model.objects.get(**lookup), False


def module_of(lesson):
    """The module a lesson belongs to."""
    return lesson.get_parent().specific


def _check_unlocked(user, module):
    missing = selectors.missing_prerequisites(user, module)
    if missing:
        titles = ", ".join(m.localized.title for m in missing)
        raise ModuleLocked(_("Complete %(modules)s first.") % {"modules": titles})


def _profile_snapshot(user):
    profile = getattr(user, "profile", None)
    if profile is None:
        return {"organisation_id": None, "region_id": None}
    return {"organisation_id": profile.organisation_id, "region_id": profile.region_id}


def _enrolment(user, module):
    """The learner's enrolment in the module, made if missing (prerequisites already checked)."""
    now = timezone.now()
    with transaction.atomic():
        enrolment, _created = _get_or_create(
            Enrolment,
            user=user,
            module_key=module.translation_key,
            defaults={"enrolled_at": now, "last_activity_at": now, **_profile_snapshot(user)},
        )
    return enrolment


#: A learner re-opening the lesson they are on within this time changes nothing stored
#: (where they are is the same; when they were last active moves at this resolution).
ACTIVITY_RESOLUTION = datetime.timedelta(minutes=5)


def _enter(user, module, lesson, started=False):
    """Check prerequisites, enrol and remember the lesson: once per request that writes.

    Opening a lesson already enrolled in is one read, and one update when the learner
    has moved on (or was last active over ACTIVITY_RESOLUTION ago); starting work is one
    update and one read. The enrolment is made first only when there is none. Returns
    the enrolment as it now stands."""
    _check_unlocked(user, module)
    now = timezone.now()
    enrolled = Enrolment.objects.filter(user=user, module_key=module.translation_key)
    if not started:
        # Opening a lesson: a learner reloading the lesson they are on writes nothing
        # (one read, and no write lock taken on SQLite); moving on is one update.
        enrolment = enrolled.first()
        if enrolment is not None:
            if (
                enrolment.last_lesson_key != lesson.translation_key
                or enrolment.last_activity_at < now - ACTIVITY_RESOLUTION
            ):
                enrolled.update(last_lesson_key=lesson.translation_key, last_activity_at=now)
                enrolment.last_lesson_key, enrolment.last_activity_at = lesson.translation_key, now
            return enrolment
    updates = {"last_lesson_key": lesson.translation_key, "last_activity_at": now}
    if started:
        updates["started_at"] = Coalesce("started_at", Value(now))
    if not enrolled.update(**updates):
        _enrolment(user, module)
        enrolled.update(**updates)
    return enrolled.get()


def enrol(user, module):
    """Enrol the user in the module (again: nothing changes). Raises ModuleLocked."""
    _check_unlocked(user, module)
    return _enrolment(user, module)


@dataclass
class LessonVisit:
    """What opening a lesson found: the enrolment (None if not enrolled) and, when the
    module is locked, the prerequisite modules still to complete."""

    enrolment: object = None
    missing: list = field(default_factory=list)


def visit_lesson(user, lesson, module=None):
    """The explicit "visited": a signed-in learner opened a lesson (not a preview or HEAD).

    Enrols them and remembers where they are, unless the module is locked for them.
    """
    module = module or module_of(lesson)
    try:
        enrolment = _enter(user, module, lesson)
    except ModuleLocked:
        return LessonVisit(missing=selectors.missing_prerequisites(user, module))
    xapi.lesson_experienced(user, lesson, module, enrolment)
    return LessonVisit(enrolment=enrolment)


def _complete(user, lesson, module):
    """Record the lesson as complete (once) and maybe the module; the learner has entered."""
    with transaction.atomic():
        _completion, created = _get_or_create(
            LessonCompletion,
            user=user,
            lesson_key=lesson.translation_key,
            defaults={"module_key": module.translation_key, "completed_at": timezone.now()},
        )
    if created:
        xapi.lesson_completed(user, lesson, module)
    return complete_module_if_done(user, module)


def complete_lesson(user, lesson, module=None):
    """Record the lesson as complete (once, however often called) and maybe the module.

    Returns the module's certificate if this completed the module, else None.
    """
    module = module or module_of(lesson)
    _enter(user, module, lesson, started=True)
    return _complete(user, lesson, module)


def mark_lesson_complete(user, lesson, module=None):
    """The learner's "Mark as complete" button, for lessons without a knowledge check."""
    if lesson.has_check:
        raise LearningError(_("Pass the knowledge check to complete this lesson."))
    return complete_lesson(user, lesson, module)


@dataclass
class QuestionResult:
    block_id: str
    question: str
    chosen: list
    correct: bool
    feedback: list = field(default_factory=list)  # (option text, is correct, feedback)


@dataclass
class Marking:
    results: list
    correct: int
    total: int
    score: int
    passed: bool


def mark(lesson, answers):
    """Mark validated answers ({block id: [option index, ...]}) against the lesson's questions.

    Single-choice: right when the chosen option is correct. Multiple-choice: right when
    exactly the correct options are chosen. Feedback is given for each chosen option.
    """
    results = []
    for block in lesson.questions:
        options = list(block.value["options"])
        chosen = sorted(set(answers[block.id]))
        right = {i for i, option in enumerate(options) if option["correct"]}
        results.append(
            QuestionResult(
                block_id=block.id,
                question=block.value["question"],
                chosen=chosen,
                correct=set(chosen) == right,
                feedback=[
                    (options[i]["text"], bool(options[i]["correct"]), options[i]["feedback"])
                    for i in chosen
                ],
            )
        )
    total = len(results)
    correct = sum(1 for r in results if r.correct)
    score = round(100 * correct / total) if total else 0
    return Marking(results, correct, total, score, total > 0 and score >= lesson.pass_mark)


def record_attempt(user, lesson, answers, module=None):
    """Mark and keep an attempt at the lesson's check; passing completes the lesson.

    Returns (attempt, marking, certificate or None).
    """
    module = module or module_of(lesson)
    marking = mark(lesson, answers)
    _enter(user, module, lesson, started=True)
    attempt = Attempt.objects.create(
        user=user,
        lesson_key=lesson.translation_key,
        module_key=module.translation_key,
        submitted_at=timezone.now(),
        correct=marking.correct,
        total=marking.total,
        score=marking.score,
        passed=marking.passed,
        answers=[
            {
                "question_id": r.block_id,
                "question": r.question,
                "chosen": r.chosen,
                "chosen_text": [text for text, _ok, _fb in r.feedback],
                "correct": r.correct,
            }
            for r in marking.results
        ],
    )
    xapi.check_answered(user, lesson, module, attempt, marking)
    certificate = None
    if marking.passed:
        certificate = _complete(user, lesson, module)
    return attempt, marking, certificate


def new_certificate_code():
    """An unguessable verification code (about 96 bits of randomness).

    It starts with a letter or digit: a code starting with ``-`` would reach a learner's
    spreadsheet escaped as a formula (``'-abc``) and would not verify when pasted back.
    """
    while True:
        code = secrets.token_urlsafe(12)
        if code[0].isalnum():
            return code


def _required_lesson_keys(module):
    """Required lessons of the module in every language, so a partly translated module is
    not complete until the lessons that exist only in another language are done too."""
    within = Q()
    for path, depth in ModulePage.objects.filter(
        translation_key=module.translation_key
    ).values_list("path", "depth"):
        within |= Q(path__startswith=path, depth=depth + 1)
    return set(
        LessonPage.objects.live()
        .filter(within, required=True)
        .values_list("translation_key", flat=True)
    )


def complete_module_if_done(user, module):
    """Complete the module and issue its certificate once every required lesson is done.

    Returns the certificate (new or existing) when the module is complete, else None.
    """
    required = _required_lesson_keys(module)
    if not required:
        return None
    done = set(
        LessonCompletion.objects.filter(user=user, lesson_key__in=required).values_list(
            "lesson_key", flat=True
        )
    )
    if required - done:
        return None
    newly_completed = False
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(
            user=user, module_key=module.translation_key
        )
        if enrolment.completed_at is None:
            enrolment.completed_at = timezone.now()
            enrolment.cpd_minutes = module.estimated_minutes
            for name, value in _profile_snapshot(user).items():
                setattr(enrolment, name, value)
            enrolment.save()
            newly_completed = True
        certificate, _created = _get_or_create(
            Certificate,
            user=user,
            module_key=module.translation_key,
            defaults={
                "module_title": module.title,
                "holder_name": user.display_name,
                "code": new_certificate_code(),
                "issued_at": enrolment.completed_at,
                "cpd_minutes": module.estimated_minutes,
            },
        )
    if newly_completed:
        _record_evidence(user, module, timezone.localdate(certificate.issued_at))
        xapi.module_completed(user, module, enrolment)
        xapi.certificate_earned(user, module, certificate)
    return certificate


#: Evidence source keys of modules start with this, then the module's translation key.
EVIDENCE_SOURCE_PREFIX = "learning-module:"


def evidence_source_key(module):
    """The evidence source key of a module: the same in every language."""
    return f"{EVIDENCE_SOURCE_PREFIX}{module.translation_key}"


def _record_evidence(user, module, achieved_on):
    """Record evidence of every competency the module develops (idempotent)."""
    for row in selectors.competency_rows(module):
        framework_services.record_evidence(
            user,
            row.competency,
            row.level,
            source_key=evidence_source_key(module),
            source_title=module.title,
            source_url=module.url or "",
            achieved_on=achieved_on,
        )


def save_reflection(user, lesson, prompt_id, text):
    """Save (or clear, when blank) the learner's private notes on a prompt of the lesson."""
    prompts = {
        block.id: block.value["prompt"] for block in lesson.body if block.block_type == "reflection"
    }
    if prompt_id not in prompts:
        raise LearningError(_("That reflection prompt is not part of this lesson."))
    text = (text or "").strip()
    if len(text) > REFLECTION_MAX_LENGTH:
        raise LearningError(
            _("Keep your reflection under %(max)s characters.") % {"max": REFLECTION_MAX_LENGTH}
        )
    lookup = {"user": user, "lesson_key": lesson.translation_key, "prompt_id": prompt_id}
    with transaction.atomic():
        if not text:
            Reflection.objects.filter(**lookup).delete()
            return None
        reflection, created = _get_or_create(
            Reflection, defaults={"text": text, "prompt": prompts[prompt_id]}, **lookup
        )
        if not created and reflection.text != text:
            reflection.text = text
            reflection.save(update_fields=["text", "updated_at"])
    return reflection


def update_reflection(reflection, text):
    """Edit a saved reflection from My learning (the caller has checked it is the author's)."""
    text = (text or "").strip()
    if not text:
        raise LearningError(_("Write something, or delete the reflection instead."))
    if len(text) > REFLECTION_MAX_LENGTH:
        raise LearningError(
            _("Keep your reflection under %(max)s characters.") % {"max": REFLECTION_MAX_LENGTH}
        )
    reflection.text = text
    reflection.save(update_fields=["text", "updated_at"])
    return reflection


def revoke_certificate(certificate):
    """Withdraw a certificate: its public page then says it is not valid."""
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.save(update_fields=["revoked_at"])
    return certificate


__all__ = [
    "LearningError",
    "LessonVisit",
    "ModuleLocked",
    "ModulePage",
    "complete_lesson",
    "complete_module_if_done",
    "enrol",
    "mark",
    "mark_lesson_complete",
    "record_attempt",
    "revoke_certificate",
    "save_reflection",
    "update_reflection",
    "visit_lesson",
]
