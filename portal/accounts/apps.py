from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """People: users, member profiles, membership, MFA for staff and personal data."""

    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Accounts"
    demo_content = "portal.accounts.demo.load"
    personal_data = "portal.accounts.personal_data"

    def ready(self):
        from . import checks  # noqa: F401 (registers the deploy checks)
