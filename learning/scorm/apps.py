from django.apps import AppConfig


class ScormConfig(AppConfig):
    """SCORM 1.2 and 2004 packages as lessons: import, safe storage, the player and CMI data."""

    name = "learning.scorm"
    label = "scorm"
    verbose_name = "SCORM"
    personal_data = "learning.scorm.personal_data"
