from django.apps import AppConfig


class LearningConfig(AppConfig):
    """Modules, lessons, knowledge checks, progress, certificates and reports."""

    name = "learning"
    verbose_name = "Learning"
    demo_content = "learning.demo.load"
    personal_data = "learning.personal_data"

    def ready(self):
        from portal.core import content_cache

        from .credentials import checks  # noqa: F401  (registers the signing-key check)
        from .models import ModuleCompetency, PathwayModule

        # What a module develops and a pathway holds are shown from portal.core.content_cache.
        content_cache.watch(ModuleCompetency, PathwayModule)
