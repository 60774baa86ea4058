"""The Wagtail admin for network staff: membership requests in the menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core import converters  # noqa: F401 (registers "id")
from portal.core.listings import HOME_PANELS_HOOK, HomePanel

from . import admin_views, selectors
from .models import MembershipRequest, ProgrammeManager


@hooks.register("register_admin_urls")
def register_membership_urls():
    return [
        path(
            "membership-requests/",
            admin_views.MembershipRequestsView.as_view(),
            name="membership_requests",
        ),
        path(
            "membership-requests/<id:pk>/decide/",
            admin_views.DecideView.as_view(),
            name="membership_request_decide",
        ),
    ]


class MembershipRequestsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_membership_menu_item():
    return MembershipRequestsMenuItem(
        _("Membership requests"),
        reverse("membership_requests"),
        icon_name="group",
        order=250,
    )


class PendingRequestsPanel(Component):
    """A dashboard panel telling staff how many membership requests are waiting."""

    name = "membership_requests"
    order = 50
    template_name = "accounts/admin/pending_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "count": MembershipRequest.objects.filter(
                status=MembershipRequest.Status.PENDING
            ).count(),
            "url": reverse("membership_requests"),
        }


@hooks.register("construct_homepage_panels")
def add_pending_requests_panel(request, panels):
    if request.user.has_perm(admin_views.PERMISSION):
        panels.append(PendingRequestsPanel())


class ProgrammeManagerViewSet(SnippetViewSet):
    """Who may follow an organisation's learners: decided by staff, never self-declared."""

    model = ProgrammeManager
    icon = "group"
    menu_label = _("Programme managers")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["user", "organisation", "granted_at"]
    search_fields = None
    ordering = ["organisation__name", "user__email"]
    panels = [FieldPanel("user"), FieldPanel("organisation")]


register_snippet(ProgrammeManagerViewSet)


@hooks.register(HOME_PANELS_HOOK)
def membership_panel(request):
    """Home page: whether the person is a member, their request's state, or a way to join."""
    user = request.user
    member = selectors.is_member_memo(user)
    latest = None if member else selectors.latest_request(user)
    return HomePanel(
        "membership",
        "accounts/includes/home_membership.html",
        order=40,
        context={"is_member": member, "latest": latest},
    )
