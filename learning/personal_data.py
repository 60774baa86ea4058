"""The learning app's part of a person's data export and account erasure.

Erasure removes what is personal (answers, reflections, lesson-by-lesson progress,
the xAPI statements kept in the outbox, the name on certificates) but keeps what the
staff reports count: enrolments and completions stay without their user, and
certificates stay verifiable, saying the holder has closed their account. Statements
already delivered to a learning record store are that store's to erase.
"""

from django.db import transaction

from portal.core import i18n

from .models import (
    Attempt,
    Certificate,
    Enrolment,
    LessonCompletion,
    Reflection,
    XapiActor,
    XapiStatement,
)

MODELS = [Enrolment, LessonCompletion, Attempt, Reflection, Certificate, XapiActor, XapiStatement]


def _when(value):
    return value.isoformat() if value else None


def export(user):
    """Everything the learning app holds about the user, JSON-safe.

    Modules and lessons are named by translation key and, where they are still
    published, by title and address in the active language (else English).
    """
    enrolments = list(Enrolment.objects.filter(user=user).order_by("enrolled_at"))
    completions = list(LessonCompletion.objects.filter(user=user).order_by("completed_at"))
    attempts = list(Attempt.objects.filter(user=user).order_by("submitted_at"))
    reflections = list(Reflection.objects.filter(user=user))
    certificates = list(Certificate.objects.filter(user=user))
    keys = {e.module_key for e in enrolments} | {c.module_key for c in certificates}
    for rows in (completions, attempts, reflections):
        keys |= {row.lesson_key for row in rows}
    keys |= {c.module_key for c in completions}
    pages = i18n.localized_titles(keys, absolute=True)

    def title(key):
        return pages[key].title if key in pages else None

    def url(key):
        return pages[key].url if key in pages else None

    return {
        "enrolments": [
            {
                "module_key": str(e.module_key),
                "module": title(e.module_key),
                "module_url": url(e.module_key),
                "enrolled_at": _when(e.enrolled_at),
                "started_at": _when(e.started_at),
                "completed_at": _when(e.completed_at),
                "cpd_minutes": e.cpd_minutes,
            }
            for e in enrolments
        ],
        "lesson_completions": [
            {
                "lesson_key": str(c.lesson_key),
                "lesson": title(c.lesson_key),
                "lesson_url": url(c.lesson_key),
                "module_key": str(c.module_key),
                "module": title(c.module_key),
                "completed_at": _when(c.completed_at),
            }
            for c in completions
        ],
        "knowledge_check_attempts": [
            {
                "lesson_key": str(a.lesson_key),
                "lesson": title(a.lesson_key),
                "lesson_url": url(a.lesson_key),
                "submitted_at": _when(a.submitted_at),
                "score": a.score,
                "passed": a.passed,
                "answers": a.answers,
            }
            for a in attempts
        ],
        "reflections": [
            {
                "lesson_key": str(r.lesson_key),
                "lesson": title(r.lesson_key),
                "lesson_url": url(r.lesson_key),
                "prompt": r.prompt,
                "text": r.text,
                "updated_at": _when(r.updated_at),
            }
            for r in reflections
        ],
        "certificates": [
            {
                "module_key": str(c.module_key),
                "module": title(c.module_key) or c.module_title,
                "module_url": url(c.module_key),
                "code": c.code,
                "issued_at": _when(c.issued_at),
                "cpd_minutes": c.cpd_minutes,
                "valid": c.is_valid,
            }
            for c in certificates
        ],
        "xapi_statements": [
            {
                "statement": row.statement,
                "delivery": row.status,
                "sent_at": _when(row.sent_at),
            }
            for row in XapiStatement.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }


@transaction.atomic
def erase(user):
    """Remove the user's learning data, keeping anonymous counts and verifiable certificates."""
    XapiStatement.objects.filter(user=user).delete()
    XapiActor.objects.filter(user=user).delete()
    Attempt.objects.filter(user=user).delete()
    Reflection.objects.filter(user=user).delete()
    LessonCompletion.objects.filter(user=user).delete()
    Enrolment.objects.filter(user=user).update(user=None, last_lesson_key=None)
    Certificate.objects.filter(user=user).update(
        user=None, holder_name="", holder_account_closed=True
    )
