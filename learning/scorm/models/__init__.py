"""SCORM packages, the lesson page that plays one, and each learner's CMI data.

- :class:`ScormPackage` is one uploaded zip: what its manifest says and where its
  unpacked files are kept in Django's default storage (``scorm/<uuid>/...``).
- :class:`ScormLessonPage` is a :class:`~learning.models.LessonPage` (so module
  progress, completion and certificates count it like any lesson) that plays a package.
- :class:`ScormAttempt` holds a learner's CMI data for one attempt at a SCORM lesson,
  keyed, like all progress, by the lesson's ``translation_key``;
  :class:`ScormSession` is one launch of it (one browser tab), which remembers the last
  commit it applied, so a repeated commit changes nothing and two tabs both count.
"""

from .pages import ScormLessonPage
from .records import ScormAttempt, ScormPackage, ScormSession

__all__ = ["ScormAttempt", "ScormLessonPage", "ScormPackage", "ScormSession"]
