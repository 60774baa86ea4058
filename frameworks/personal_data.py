"""Personal data held by the frameworks app: self-assessments, ratings, notes and evidence.

``export(user)`` returns it as JSON-safe data; ``erase(user)`` deletes it. No staff report
counts these rows, so erasure leaves every anonymous count unchanged.
"""

from .models import Evidence, Rating, SelfAssessment
from .selectors import name_evidence

MODELS = [SelfAssessment, Evidence]  # Rating belongs to SelfAssessment (deleted with it)


def export(user):
    assessments = (
        SelfAssessment.objects.filter(user=user)
        .select_related("framework")
        .prefetch_related("ratings__competency")
        .order_by("started_at")
    )
    return {
        "self_assessments": [
            {
                "framework": assessment.framework.name,
                "framework_version": assessment.framework.version,
                "started_at": assessment.started_at.isoformat(),
                "updated_at": assessment.updated_at.isoformat(),
                "completed_at": assessment.completed_at.isoformat()
                if assessment.completed_at
                else None,
                "ratings": [
                    {
                        "competency": rating.competency.code,
                        "competency_title": rating.competency.title,
                        "competency_identity": str(rating.competency.identity),
                        "level": rating.level or "not yet",
                        "note": rating.note,
                    }
                    for rating in sorted(
                        assessment.ratings.all(), key=lambda r: r.competency.sort_order
                    )
                ],
            }
            for assessment in assessments
        ],
        "competency_evidence": [
            {
                "competency_identity": str(item.identity),
                "level": item.level,
                "source_key": item.source_key,
                "source": item.title,
                "source_url": item.url,
                "achieved_on": item.achieved_on.isoformat(),
            }
            for item in name_evidence(Evidence.objects.filter(user=user).order_by("achieved_on"))
        ],
    }


def erase(user):
    Rating.objects.filter(assessment__user=user).delete()
    SelfAssessment.objects.filter(user=user).delete()
    Evidence.objects.filter(user=user).delete()
