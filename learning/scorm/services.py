"""Writes for SCORM lessons: importing a package, attempts, runtime commits, results.

- :func:`import_package` checks an uploaded zip (see :mod:`.package`) and unpacks it
  into Django's default storage; a broken or unsafe package raises
  :class:`~.package.PackageError` and leaves nothing behind.
- :func:`current_attempt` finds the learner's attempt to resume, or starts one.
- :func:`commit` applies what the runtime sends: idempotent (each browser tab is a
  session whose commits carry a sequence number; a number already applied changes
  nothing) and safe with two tabs (the attempt row is locked while it is updated, and
  each tab's time is kept in its own session row).
- :func:`record_result` is the one place a SCORM result becomes portal progress: it
  completes the lesson through :func:`learning.services.complete_lesson`, so progress
  bars, module completion, certificates and competency evidence follow as for any
  lesson.
"""

import json
import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext as _

from learning import selectors as learning_selectors
from learning import services as learning_services
from learning.xapi import events as xapi_events

from . import runtime
from .models import ScormAttempt, ScormLessonPage, ScormSession
from .package import SCORM_12
from .storage import delete_package_files, import_package  # noqa: F401 (callers use services)

logger = logging.getLogger("portal.learning.scorm")

MAX_DATA_BYTES = 256 * 1024


# -- Packages ---------------------------------------------------------------------------


def add_lesson(module, fileobj, filename="", title="", publish=True, user=None):
    """Import a package and add it to the module as a new SCORM lesson (the command uses this).

    Raises PackageError for a broken package, before anything is created.
    """
    package = import_package(fileobj, filename)
    try:
        with transaction.atomic():
            title = (title or package.title)[:255]
            base = slugify(title)[:70] or "scorm-lesson"
            slug = base
            siblings = set(module.get_children().values_list("slug", flat=True))
            number = 2
            while slug in siblings:
                slug = f"{base}-{number}"
                number += 1
            lesson = ScormLessonPage(title=title, slug=slug, package=package, body=[])
            module.add_child(instance=lesson)
            revision = lesson.save_revision(user=user)
            if publish:
                revision.publish(user=user)
    except BaseException:
        delete_package_files(package)
        package.delete()
        raise
    return lesson


# -- Attempts and the runtime -----------------------------------------------------------


class RuntimeRefused(Exception):
    """A commit the learner may not make (not their attempt, a locked module...)."""


def _get_or_create(model, defaults=None, **lookup):
    try:
        with transaction.atomic():
            return model.objects.get_or_create(defaults=defaults, **lookup)
    except IntegrityError:
        return model.objects.get(**lookup), False


def _finished(attempt):
    """Whether the attempt is over: completed, and not left suspended to come back to."""
    return attempt.completed_at is not None and attempt.exit != "suspend"


def resumable_attempt(user, lesson):
    """The attempt the learner resumes, or None (first launch, a finished attempt, or a
    replaced package): what opening the lesson shows. It writes nothing; the runtime's
    first commit makes the attempt (:func:`current_attempt`)."""
    latest = ScormAttempt.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if latest is not None and latest.package_id == lesson.package_id and not _finished(latest):
        return latest
    return None


def current_attempt(user, lesson):
    """The attempt the learner resumes, or a new one (first commit, a finished attempt, or
    a replaced package). Two tabs committing at once get the same attempt."""
    package = lesson.package
    resumable = resumable_attempt(user, lesson)
    if resumable is not None:
        return resumable
    latest = ScormAttempt.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    number = latest.number + 1 if latest is not None else 1
    module = lesson.get_parent()
    attempt, _created = _get_or_create(
        ScormAttempt,
        user=user,
        lesson_key=lesson.translation_key,
        number=number,
        defaults={
            "module_key": module.translation_key,
            "package": package,
            "version": package.version,
        },
    )
    return attempt


def learner_id(user):
    """A stable id for the learner that says nothing about them (not their email)."""
    return salted_hmac("learning.scorm.learner", str(user.pk)).hexdigest()[:24]


def launch_state(user, lesson, attempt, record=None):
    """What the browser runtime starts with: the stored CMI data and the LMS's own values.

    ``record`` says whether the runtime sends commits (a signed-in learner whose module is
    open); ``attempt`` is the one to resume, or None until the first commit makes one.
    """
    package = lesson.package
    record = attempt is not None if record is None else record
    state = {
        "version": package.version,
        "record": record,
        "attempt": None,
        "data": {},
        "learnerId": "",
        "learnerName": "",
        "entry": "ab-initio",
        "totalTime": runtime.format_time(package.version, 0),
        "masteryScore": str(package.mastery_score) if package.mastery_score is not None else "",
        "scaledPassingScore": (
            str(package.scaled_passing_score) if package.scaled_passing_score is not None else ""
        ),
        "completionThreshold": (
            str(package.completion_threshold) if package.completion_threshold is not None else ""
        ),
        "launchData": package.manifest.get("launch", {}).get("data_from_lms", ""),
    }
    if not record:
        return state
    state.update(learnerId=learner_id(user), learnerName=user.display_name)
    if attempt is None:
        return state
    resumed = attempt.sessions.exists()
    state.update(
        attempt=attempt.pk,
        data=attempt.data,
        learnerId=learner_id(user),
        learnerName=user.display_name,
        entry="resume" if attempt.exit == "suspend" else ("" if resumed else "ab-initio"),
        totalTime=runtime.format_time(package.version, attempt.total_seconds),
    )
    return state


def _statuses(attempt, package):
    """(completion status, success status, lesson done?) from the attempt's CMI data."""
    data = attempt.data
    if attempt.version == SCORM_12:
        status = data.get("cmi.core.lesson_status", "not attempted")
        raw = runtime.decimal_or_none(data.get("cmi.core.score.raw"))
        mastery = package.mastery_score if package else None
        if mastery is not None and raw is not None and status in ("completed", "passed", "failed"):
            status = "passed" if raw >= mastery else "failed"
        completion = {
            "passed": "completed",
            "completed": "completed",
            "failed": "completed",
            "incomplete": "incomplete",
            "browsed": "incomplete",
        }.get(status, "not attempted")
        success = status if status in ("passed", "failed") else "unknown"
        needs_pass = mastery is not None
    else:
        completion = data.get("cmi.completion_status", "unknown")
        success = data.get("cmi.success_status", "unknown")
        threshold = package.completion_threshold if package else None
        measure = runtime.decimal_or_none(data.get("cmi.progress_measure"))
        if threshold is not None and measure is not None:
            completion = "completed" if measure >= threshold else "incomplete"
        passing = package.scaled_passing_score if package else None
        scaled = runtime.decimal_or_none(data.get("cmi.score.scaled"))
        if passing is not None and scaled is not None:
            success = "passed" if scaled >= passing else "failed"
        needs_pass = passing is not None
    if needs_pass:
        done = success == "passed"
    else:
        done = success == "passed" or (completion == "completed" and success != "failed")
    return completion, success, done


@dataclass
class CommitResult:
    attempt: ScormAttempt
    applied: bool


def commit(user, lesson, attempt_id, session_key, seq, values, finish=False):
    """Apply one commit from the runtime to the learner's own attempt.

    Raises RuntimeRefused (not theirs, locked) or runtime.CMIError (bad data); either
    way nothing is stored. Returns a CommitResult; ``applied`` is false for a commit
    this session had already applied (a retry), which changes nothing.
    """
    module = lesson.get_parent().specific
    if learning_selectors.missing_prerequisites(user, module):
        raise RuntimeRefused(_("This module is locked, so your progress is not recorded yet."))
    if attempt_id is None:  # the first commit since the lesson opened on a new attempt
        attempt_id = current_attempt(user, lesson).pk
    with transaction.atomic():
        attempt = (
            ScormAttempt.objects.select_for_update()
            .filter(pk=attempt_id, user=user, lesson_key=lesson.translation_key)
            .first()
        )
        if attempt is None:
            raise RuntimeRefused(_("That attempt is not yours or no longer exists."))
        values = runtime.clean_values(attempt.version, values)
        session, _created = ScormSession.objects.get_or_create(attempt=attempt, key=session_key)
        if seq <= session.last_seq:
            return CommitResult(attempt, applied=False)
        data = dict(attempt.data)
        data.update({k: v for k, v in values.items() if k not in runtime.SESSION_ONLY})
        if len(json.dumps(data)) > MAX_DATA_BYTES:
            raise runtime.CMIError("the attempt's data is too large")
        session_time = values.get("cmi.core.session_time", values.get("cmi.session_time"))
        if session_time is not None:
            session.seconds = runtime.seconds_of(attempt.version, session_time)
        session.last_seq = seq
        session.terminated = session.terminated or finish
        session.save()
        package = attempt.package
        attempt.data = data
        completion, success, _done = _statuses(attempt, package)
        attempt.completion_status = completion
        attempt.success_status = success
        prefix = "cmi.core." if attempt.version == SCORM_12 else "cmi."
        attempt.score_raw = runtime.decimal_or_none(data.get(prefix + "score.raw"))
        attempt.score_scaled = runtime.decimal_or_none(data.get("cmi.score.scaled"))
        attempt.location = data.get(
            "cmi.core.lesson_location" if attempt.version == SCORM_12 else "cmi.location", ""
        )[:1000]
        attempt.exit = data.get(prefix + "exit", "")
        attempt.total_seconds = attempt.sessions.aggregate(total=Sum("seconds"))["total"] or 0
        attempt.save()
    record_result(user, lesson, attempt, finished=finish)
    return CommitResult(attempt, applied=True)


def record_result(user, lesson, attempt, finished=False):
    """The one place a SCORM result is recorded as portal progress; returns the attempt.

    When the attempt's status (and, if the package sets a mastery or passing score,
    its success) says the lesson is done, the lesson is completed for the learner
    (once, however often this runs), which may complete the module and issue its
    certificate (kept on ``attempt.certificate``). ``finished`` is true when the
    package ended its session (LMSFinish / Terminate).
    """
    attempt.certificate = None
    completion, success, done = _statuses(attempt, attempt.package)
    newly_done = False
    if done:
        newly_done = bool(
            ScormAttempt.objects.filter(pk=attempt.pk, completed_at__isnull=True).update(
                completed_at=timezone.now()
            )
        )
        attempt.refresh_from_db(fields=["completed_at"])
        attempt.certificate = learning_services.complete_lesson(user, lesson)
    if newly_done or (finished and not done):
        # The result goes out as an xAPI statement once: when the attempt first counts
        # as done, or when a session ends without it (failed, or still incomplete).
        _result_statement(user, lesson, attempt, completion, success)
    return attempt


def _result_statement(user, lesson, attempt, completion, success):
    data = attempt.data
    prefix = "cmi.core." if attempt.version == SCORM_12 else "cmi."
    seconds = int(attempt.total_seconds or 0)
    xapi_events.scorm_result(
        user,
        lesson,
        completed=True if completion == "completed" else None,
        passed={"passed": True, "failed": False}.get(success),
        score_scaled=attempt.score_scaled,
        score_raw=attempt.score_raw,
        score_min=runtime.decimal_or_none(data.get(prefix + "score.min")),
        score_max=runtime.decimal_or_none(data.get(prefix + "score.max")),
        duration=f"PT{seconds}S" if seconds else None,
    )
