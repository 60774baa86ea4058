from django.apps import AppConfig


class FrameworksConfig(AppConfig):
    """The competency framework, practice levels and self-assessment."""

    name = "frameworks"
    verbose_name = "Competency framework"
    demo_content = "frameworks.demo.load"
    personal_data = "frameworks.personal_data"

    def ready(self):
        from portal.core import content_cache

        from .models import Competency, CompetencyFramework, Domain, FrameworkLevel

        # The framework's text is shown from portal.core.content_cache (module pages).
        content_cache.watch(CompetencyFramework, FrameworkLevel, Domain, Competency)
