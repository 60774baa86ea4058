"""Views for a person's own account, their membership, the member directory and their data."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.core import i18n
from portal.core.listings import home_panels
from portal.core.models import Region, Theme

from . import selectors, services
from .data_rights import erase_account, export_personal_data
from .forms import (
    DirectoryProfileForm,
    DirectorySearchForm,
    EraseAccountForm,
    MembershipRequestForm,
    ProfileForm,
)
from .language import home_url

DIRECTORY_PAGE_SIZE = 30


@login_required
def profile(request):
    """Show and edit the signed-in person's profile."""
    instance = services.ensure_profile(request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=instance, user=request.user)
        if form.is_valid():
            data = dict(form.cleaned_data)
            services.update_profile(
                request.user,
                first_name=data.pop("first_name"),
                last_name=data.pop("last_name"),
                **data,
            )
            messages.success(request, _("Your profile has been saved."))
            return redirect("accounts:profile")
        messages.error(request, _("Please correct the errors below."))
    else:
        form = ProfileForm(instance=instance, user=request.user)
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def welcome(request):
    """After a person confirms their email address: ways to join the network and to start
    the induction pathway (the home page's membership and learning panels)."""
    panels = home_panels(request, only={"membership", "learning"})
    return render(request, "accounts/welcome.html", {"panels": panels})


@login_required
def export_data(request):
    """Download everything the portal holds about the signed-in person, as JSON."""
    data = export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True, cls=DjangoJSONEncoder),
        content_type="application/json; charset=utf-8",
    )
    filename = f"clw-network-my-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def erase(request):
    """Erase the account after the person re-enters their password."""
    if request.method == "POST":
        form = EraseAccountForm(request.POST, user=request.user)
        if form.is_valid():
            erase_account(request.user)
            logout(request)
            messages.success(
                request, _("Your account and the personal data it held have been erased.")
            )
            return redirect(home_url())
    else:
        form = EraseAccountForm(user=request.user)
    return render(request, "accounts/erase.html", {"form": form})


def restricted(request):
    """Where Wagtail sends people from member-only pages and documents they cannot open."""
    next_url = request.GET.get("next", "")
    if not request.user.is_authenticated:
        return redirect_to_login(next_url or request.get_full_path())
    context = {
        "next": next_url,
        "is_member": selectors.is_member(request.user),
        "membership_request": selectors.latest_request(request.user),
    }
    return render(request, "accounts/restricted.html", context, status=403)


@login_required
def join(request):
    """Ask to join the network, see where a request stands, withdraw it or leave."""
    user = request.user
    is_member = selectors.is_member(user)
    latest = selectors.latest_request(user)
    pending = latest if latest and latest.status == latest.Status.PENDING else None
    form = None
    if not is_member and pending is None:
        profile = services.ensure_profile(user)
        initial = {"role": profile.role, "organisation": profile.organisation}
        if profile.region and profile.region.locale.language_code == "en":
            initial["region"] = profile.region
        if request.method == "POST":
            form = MembershipRequestForm(request.POST)
            if form.is_valid():
                try:
                    services.apply_for_membership(
                        user,
                        language=translation.get_language(),
                        **form.cleaned_data,
                    )
                except services.MembershipError as error:
                    messages.error(request, str(error))
                else:
                    messages.success(
                        request,
                        _("Thank you. Network staff will look at your request and email you."),
                    )
                return redirect("members:join")
            messages.error(request, _("Please correct the errors below."))
        else:
            form = MembershipRequestForm(initial=initial)
    context = {"form": form, "is_member": is_member, "pending": pending, "latest": latest}
    return render(request, "accounts/membership.html", context)


@login_required
@require_POST
def withdraw(request):
    if services.withdraw_membership_request(request.user):
        messages.success(request, _("Your request to join has been withdrawn."))
    return redirect("members:join")


@login_required
@require_POST
def leave(request):
    if selectors.is_member(request.user):
        services.leave_network(request.user)
        messages.success(
            request, _("You have left the network. You can ask to join again at any time.")
        )
    return redirect("members:join")


def _members_only(request):
    """None when the person may see the directory, else the response to give them."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not selectors.can_see_directory(request.user):
        return restricted(request)
    return None


def directory(request):
    """The member directory: opted-in members, searchable by name, region and theme."""
    refused = _members_only(request)
    if refused is not None:
        return refused
    form = DirectorySearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    profiles = selectors.directory(
        query=filters.get("q", ""), region=filters.get("region"), theme=filters.get("theme")
    )
    page = Paginator(profiles, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    region_names = i18n.taxonomy_names(Region)
    theme_names = i18n.taxonomy_names(Theme)
    for profile in page.object_list:
        profile.region_name = region_names.get(profile.region.slug) if profile.region else ""
        profile.theme_names = [
            theme_names.get(theme.slug, theme.name) for theme in profile.directory_themes.all()
        ]
    own_profile = services.ensure_profile(request.user)
    query_string = request.GET.copy()
    query_string.pop("page", None)
    context = {
        "form": form,
        "page_obj": page,
        "profiles": page.object_list,
        "searched": bool(filters and any(filters.values())),
        "own_profile": own_profile,
        "query_string": query_string.urlencode(),
    }
    return render(request, "accounts/directory.html", context)


def directory_profile(request):
    """A member's own directory entry: whether they are listed and what it shows."""
    refused = _members_only(request)
    if refused is not None:
        return refused
    instance = services.ensure_profile(request.user)
    if request.method == "POST":
        form = DirectoryProfileForm(request.POST, instance=instance)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your directory entry has been saved."))
            return redirect("members:directory")
        messages.error(request, _("Please correct the errors below."))
    else:
        form = DirectoryProfileForm(instance=instance)
    return render(request, "accounts/directory_profile.html", {"form": form})
