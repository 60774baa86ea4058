"""Certificates in the Wagtail admin: find one, see it, revoke it (*Reports → Certificates*).

Read-only apart from the bulk action *Revoke*, which needs the *Can change certificate*
permission (Editors and Moderators) and calls :func:`learning.services.revoke_certificate`.
A revoked certificate's public page says it is no longer valid, and its Open Badges
credential shows as revoked through the status list.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.permissions import ReadOnlyPermissionPolicy

from .models import Certificate

register_permission_policy(Certificate, ReadOnlyPermissionPolicy(Certificate))


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    add_to_admin_menu = False
    inspect_view_enabled = True
    list_display = ["module_title", "holder_name", "code", "issued_at", "revoked_at"]
    list_filter = {"revoked_at": ["isnull"], "issued_at": ["gte", "lte"]}
    search_fields = ["code", "holder_name", "module_title"]
    ordering = ["-issued_at", "-pk"]
    inspect_view_fields = [
        "module_title",
        "holder_name",
        "holder_account_closed",
        "code",
        "issued_at",
        "cpd_minutes",
        "revoked_at",
    ]


class RevokeCertificatesBulkAction(SnippetBulkAction):
    """Withdraw the chosen certificates (asks to confirm first)."""

    display_name = _("Revoke")
    action_type = "revoke"
    aria_label = _("Revoke the selected certificates")
    template_name = "learning/admin/confirm_revoke.html"
    action_priority = 10
    classes = {"serious"}
    models = [Certificate]

    def check_perm(self, obj):
        return self.request.user.has_perm("learning.change_certificate")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        from .services import revoke_certificate

        count = 0
        for certificate in objects:
            if certificate.revoked_at is None:
                revoke_certificate(certificate)
                count += 1
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d certificate is revoked.",
            "%(count)d certificates are revoked.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
