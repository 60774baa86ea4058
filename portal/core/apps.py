from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Home page, standard pages, the shared block library, taxonomy and site settings."""

    name = "portal.core"
    label = "core"
    verbose_name = "Core"
    demo_content = "portal.core.demo.load"
