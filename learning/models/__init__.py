"""The learning app's models: the page types and the learner's progress."""

from ..credentials.models import IssuedCredential
from ..xapi.models import XapiActor, XapiStatement
from .pages import (
    LearningIndexPage,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    PathwayModule,
    PathwayPage,
)
from .progress import Attempt, Certificate, Enrolment, LessonCompletion, Reflection

__all__ = [
    "Attempt",
    "Certificate",
    "Enrolment",
    "IssuedCredential",
    "LearningIndexPage",
    "LessonCompletion",
    "LessonPage",
    "ModuleCompetency",
    "ModulePage",
    "PathwayModule",
    "PathwayPage",
    "Reflection",
    "XapiActor",
    "XapiStatement",
]
