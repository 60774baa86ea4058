"""Forms people fill in about themselves."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.models import Organisation, Region

from .models import MemberProfile


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form with the name to show on certificates."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        help_text=_("As you would like it on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["display_name", "email", "password1", "password2"]


class ProfileForm(forms.ModelForm):
    """A person's own details: their name and what they do."""

    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)

    class Meta:
        model = MemberProfile
        fields = ["display_name", "role", "organisation", "region", "job_title"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        self.fields["region"].queryset = Region.objects.filter(locale__language_code="en")
        self.order_fields(
            [
                "first_name",
                "last_name",
                "display_name",
                "role",
                "organisation",
                "region",
                "job_title",
            ]
        )
