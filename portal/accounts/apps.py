from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """People: the custom user model, member profiles and the allauth adapter."""

    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Accounts"
    demo_content = "portal.accounts.demo.load"
