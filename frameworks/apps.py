from django.apps import AppConfig


class FrameworksConfig(AppConfig):
    """The competency framework, practice levels and self-assessment."""

    name = "frameworks"
    verbose_name = "Competency framework"
    demo_content = "frameworks.demo.load"
    personal_data = "frameworks.personal_data"
