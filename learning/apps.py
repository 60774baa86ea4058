from django.apps import AppConfig


class LearningConfig(AppConfig):
    """Modules, lessons, knowledge checks, progress, certificates and reports."""

    name = "learning"
    verbose_name = "Learning"
