"""Wagtail admin views for network staff: deciding membership requests."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors, services
from .forms import DecisionForm
from .models import MembershipRequest

PERMISSION = "accounts.change_membershiprequest"
RECENT_DECISIONS = 20


class StaffOnlyMixin:
    """Only staff who may decide membership requests."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class MembershipRequestsView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Pending requests (oldest first) with their reasons, and recent decisions."""

    template_name = "accounts/admin/membership_requests.html"
    page_title = gettext_lazy("Membership requests")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("membership_requests"), "label": self.page_title}
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pending"] = list(selectors.pending_requests())
        context["recent"] = (
            MembershipRequest.objects.exclude(status=MembershipRequest.Status.PENDING)
            .select_related("user", "user__profile", "decided_by", "decided_by__profile")
            .order_by("-decided_at")[:RECENT_DECISIONS]
        )
        context["form"] = DecisionForm()
        return context


class DecideView(StaffOnlyMixin, View):
    """Approve or decline one request (POST only); the person is emailed either way."""

    http_method_names = ["post"]

    def post(self, request, pk):
        membership_request = get_object_or_404(MembershipRequest, pk=pk)
        form = DecisionForm(request.POST)
        if not form.is_valid():
            messages.error(
                request, _("Choose approve or decline (a note can be up to 1000 characters).")
            )
            return redirect("membership_requests")
        decide = (
            services.approve_membership
            if form.cleaned_data["decision"] == "approve"
            else services.decline_membership
        )
        try:
            decided = decide(membership_request, by=request.user, note=form.cleaned_data["note"])
        except services.MembershipError as error:
            messages.error(request, str(error))
        else:
            name = decided.user.display_name
            if decided.status == MembershipRequest.Status.APPROVED:
                text = _("%(name)s is now a member and has been emailed.")
            else:
                text = _("%(name)s's request was declined and they have been emailed.")
            messages.success(request, text % {"name": name})
        return redirect("membership_requests")
