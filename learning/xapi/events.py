"""One function per learning event; ``learning.services`` calls each with one line.

Every function here is safe to call from inside a service's transaction: it builds the
statement(s), writes them to the outbox and returns, never raising (see
:func:`learning.xapi.outbox.queue_statement`). When no LRS is configured they do nothing.
"""

import logging

from django.utils.html import strip_tags
from wagtail.models import Page

from . import statements as s
from .outbox import enabled, queue_statement, recently_sent

logger = logging.getLogger("portal.learning.xapi")


def _names(translation_key):
    """{language tag: title} of the live pages sharing ``translation_key``."""
    names = {}
    for title, language in (
        Page.objects.filter(translation_key=translation_key)
        .order_by("-live", "pk")
        .values_list("title", "locale__language_code")
    ):
        names.setdefault(s.language_tag(language), title)
    return names


def _enrolment(user, module):
    from ..models import Enrolment

    return Enrolment.objects.filter(user=user, module_key=module.translation_key).first()


def module_activity(module):
    return s.activity(
        s.activity_id("module", module.translation_key),
        "module",
        _names(module.translation_key),
        description={s.language_tag(module.locale.language_code): module.summary},
    )


def lesson_activity(lesson):
    return s.activity(
        s.activity_id("lesson", lesson.translation_key), "lesson", _names(lesson.translation_key)
    )


def check_activity(lesson):
    names = {
        tag: f"{title}: knowledge check" for tag, title in _names(lesson.translation_key).items()
    }
    return s.activity(s.activity_id("lesson", lesson.translation_key, "check"), "assessment", names)


def pathway_activities(module):
    """The pathways that include the module (grouping activities), each named once."""
    from ..models import PathwayModule

    keys = sorted(
        {
            str(key)
            for key in PathwayModule.objects.filter(
                module__translation_key=module.translation_key
            ).values_list("pathway__translation_key", flat=True)
        }
    )
    return [s.activity(s.activity_id("pathway", key), "pathway", _names(key)) for key in keys]


def _queue(user, verb, obj, module, *, result=None, enrolment=None, parents=None):
    enrolment = enrolment if enrolment is not None else _enrolment(user, module)
    queue_statement(
        user,
        s.statement(
            user,
            verb,
            obj,
            result=result,
            registration=s.registration_for(enrolment),
            parents=parents if parents is not None else [module_activity(module)],
            groupings=pathway_activities(module),
        ),
    )


def _guarded(func):
    """Statements are a by-product: building one must never break the learning event."""

    def wrapper(*args, **kwargs):
        if not enabled():
            return None
        try:
            return func(*args, **kwargs)
        except Exception:
            logger.exception("xAPI: could not build the %s statement", func.__name__)
            return None

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


@_guarded
def lesson_experienced(user, lesson, module, enrolment=None):
    """The learner opened a lesson (at most one statement per lesson every 30 minutes)."""
    obj = lesson_activity(lesson)
    if recently_sent(user, s.VERBS["experienced"], obj["id"]):
        return
    _queue(user, "experienced", obj, module, enrolment=enrolment)


@_guarded
def lesson_completed(user, lesson, module):
    """The learner completed a lesson (marked it complete or passed its check)."""
    _queue(user, "completed", lesson_activity(lesson), module, result={"completion": True})


@_guarded
def check_answered(user, lesson, module, attempt, marking):
    """A knowledge-check attempt: ``answered`` for each question, then ``passed`` or
    ``failed`` for the check with its score."""
    enrolment = _enrolment(user, module)
    check = check_activity(lesson)
    for position, result in enumerate(marking.results, start=1):
        block = next((b for b in lesson.questions if b.id == result.block_id), None)
        choices = []
        if block is not None:
            choices = [
                {"id": str(i), "description": {s.language_tag(): strip_tags(option["text"])}}
                for i, option in enumerate(block.value["options"])
            ]
        question = s.activity(
            s.activity_id("lesson", lesson.translation_key, "check", result.block_id),
            "question",
            {s.language_tag(): f"{position}. {strip_tags(result.question)}"},
            interactionType="choice",
            choices=choices,
        )
        _queue(
            user,
            "answered",
            question,
            module,
            enrolment=enrolment,
            parents=[check, module_activity(module)],
            result={
                "success": result.correct,
                "response": "[,]".join(str(i) for i in result.chosen),
            },
        )
    _queue(
        user,
        "passed" if marking.passed else "failed",
        check,
        module,
        enrolment=enrolment,
        result={
            "score": s.score(marking.correct, marking.total, marking.score),
            "success": marking.passed,
            "completion": True,
        },
    )


@_guarded
def module_completed(user, module, enrolment=None):
    """The learner completed every required lesson of the module."""
    queue_statement(
        user,
        s.statement(
            user,
            "completed",
            module_activity(module),
            result={"completion": True},
            registration=s.registration_for(enrolment or _enrolment(user, module)),
            groupings=pathway_activities(module),
        ),
    )


@_guarded
def certificate_earned(user, module, certificate):
    """The module's certificate was issued to the learner."""
    from django.urls import reverse

    url = s.home_page() + reverse("learning:certificate", args=[certificate.code])
    names = {tag: f"Certificate: {title}" for tag, title in _names(module.translation_key).items()}
    queue_statement(
        user,
        s.statement(
            user,
            "earned",
            s.activity(url, "certificate", names),
            registration=s.registration_for(_enrolment(user, module)),
            parents=[module_activity(module)],
            groupings=pathway_activities(module),
        ),
    )


@_guarded
def scorm_result(
    user,
    lesson,
    *,
    completed=None,
    passed=None,
    score_scaled=None,
    score_raw=None,
    score_min=None,
    score_max=None,
    duration=None,
    module=None,
):
    """A SCORM package reported a result for a lesson (for ``learning.scorm``).

    Sends ``passed``/``failed`` when the package reported success or failure, otherwise
    ``completed`` when it reported completion; nothing when it reported neither.
    ``score_scaled`` runs from -1 to 1 (SCORM 2004's ``cmi.score.scaled``); raw, min and
    max are the package's own numbers; ``duration`` an ISO 8601 duration ("PT4M30S").
    """
    module = module or lesson.get_parent().specific
    if passed is not None:
        verb = "passed" if passed else "failed"
    elif completed:
        verb = "completed"
    else:
        return
    result = {}
    if completed is not None:
        result["completion"] = bool(completed)
    if passed is not None:
        result["success"] = bool(passed)
    score = {}
    if score_scaled is not None:
        score["scaled"] = max(-1.0, min(1.0, float(score_scaled)))
    for name, value in (("raw", score_raw), ("min", score_min), ("max", score_max)):
        if value is not None:
            score[name] = float(value)
    if score:
        result["score"] = score
    if duration:
        result["duration"] = duration
    _queue(user, verb, lesson_activity(lesson), module, result=result)
