"""The network app's models, re-exported from one module per kind of content."""

from .case_studies import (
    CaseStudyIndexPage,
    CaseStudyKind,
    CaseStudyPage,
    CaseStudyPageForm,
    CaseStudySetting,
    ClwModel,
)
from .events import EventIndexPage, EventPage
from .guidance import GuidanceIndexPage, GuidancePage
from .news import NewsIndexPage, NewsPage
from .resources import ResourceDocument, ResourceIndexPage

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyKind",
    "CaseStudyPage",
    "CaseStudyPageForm",
    "CaseStudySetting",
    "ClwModel",
    "EventIndexPage",
    "EventPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "NewsIndexPage",
    "NewsPage",
    "ResourceDocument",
    "ResourceIndexPage",
]
