from django.apps import AppConfig


class LearningConfig(AppConfig):
    """Modules, lessons, knowledge checks, progress, certificates and reports."""

    name = "learning"
    verbose_name = "Learning"
    demo_content = "learning.demo.load"
    personal_data = "learning.personal_data"

    def ready(self):
        from .credentials import checks  # noqa: F401  (registers the signing-key check)
