"""The outbox in the Wagtail admin: *Reports → xAPI deliveries*.

A read-only snippet listing (staff with *Can view xAPI statement*), filterable by
delivery status, with an inspect view showing the statement as sent, and a bulk action
*Resend* for staff with *Can resend xAPI statements*.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.permissions import ReadOnlyPermissionPolicy

from .delivery import resend
from .models import XapiStatement

register_permission_policy(XapiStatement, ReadOnlyPermissionPolicy(XapiStatement))


class XapiStatementViewSet(SnippetViewSet):
    model = XapiStatement
    icon = "resubmit"
    menu_label = _("xAPI deliveries")
    menu_name = "xapi-deliveries"
    add_to_admin_menu = False
    inspect_view_enabled = True
    list_display = ["__str__", "verb_display", "status", "attempts", "last_error", "created_at"]
    list_filter = ["status"]
    search_fields = ["object_name", "object_id"]
    ordering = ["-created_at", "-pk"]
    inspect_view_fields = [
        "statement_id",
        "verb",
        "object_id",
        "object_name",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "statement",
    ]


class ResendStatementsBulkAction(SnippetBulkAction):
    """Put the chosen statements back in the queue and send them now."""

    display_name = _("Resend")
    action_type = "resend"
    aria_label = _("Resend the selected statements")
    template_name = "learning/admin/confirm_resend.html"
    action_priority = 10

    models = [XapiStatement]

    def check_perm(self, obj):
        return self.request.user.has_perm("learning.resend_xapistatement")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return resend(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d statement is queued to be sent again.",
            "%(count)d statements are queued to be sent again.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
