from django.apps import AppConfig


class NetworkConfig(AppConfig):
    """Case studies, guidance, events, news, the resource library and organisations' pages."""

    name = "network"
    verbose_name = "Network"
    default_auto_field = "django.db.models.BigAutoField"
    demo_content = "network.demo.load"
    personal_data = "network.personal_data"
