from django.apps import AppConfig


class NetworkConfig(AppConfig):
    """Case studies, guidance, events, news, resources and the member directory."""

    name = "network"
    verbose_name = "Network"
