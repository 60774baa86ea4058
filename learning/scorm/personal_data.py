"""The SCORM app's part of a person's data export and account erasure: their CMI data."""

from .models import ScormAttempt

MODELS = [ScormAttempt]


def _when(value):
    return value.isoformat() if value else None


def export(user):
    """Every SCORM attempt of the user, with the CMI data the packages stored."""
    return {
        "scorm_attempts": [
            {
                "lesson_key": str(a.lesson_key),
                "number": a.number,
                "version": a.version,
                "completion_status": a.completion_status,
                "success_status": a.success_status,
                "score_raw": str(a.score_raw) if a.score_raw is not None else None,
                "score_scaled": str(a.score_scaled) if a.score_scaled is not None else None,
                "total_seconds": str(a.total_seconds),
                "started_at": _when(a.started_at),
                "completed_at": _when(a.completed_at),
                "data": a.data,
            }
            for a in ScormAttempt.objects.filter(user=user).order_by("started_at", "pk")
        ]
    }


def erase(user):
    """CMI data is personal and counted nowhere: delete it (sessions go with it)."""
    ScormAttempt.objects.filter(user=user).delete()
