"""Views for a person's own account pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from . import services
from .forms import ProfileForm


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
