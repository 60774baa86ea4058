"""Forms people fill in about themselves."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portal.core.models import Organisation, Region, Theme

from .models import MemberProfile, MembershipRequest


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
        fields = ["display_name", "role", "organisation", "region", "job_title", "language"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        self.fields["region"].queryset = Region.objects.filter(locale__language_code="en")
        _names_in_language(self.fields["region"], Region)
        # Left out (an older form, a script): the language stays as it was.
        self.fields["language"].required = False
        self.order_fields(
            [
                "first_name",
                "last_name",
                "display_name",
                "role",
                "organisation",
                "region",
                "job_title",
                "language",
            ]
        )

    def clean_language(self):
        return self.cleaned_data.get("language") or self.instance.language


def _names_in_language(field, model):
    """Show each term (stored as the English one) by its name in the visitor's language."""
    names = {term.slug: term.name for term in _localized(model)}
    field.label_from_instance = lambda term: names.get(term.slug, term.name)


def _english_regions():
    return Region.objects.filter(locale__language_code="en").order_by("name")


def _english_themes():
    return Theme.objects.filter(locale__language_code="en").order_by("name")


class MembershipRequestForm(forms.ModelForm):
    """What a person tells staff when they ask to join the network."""

    class Meta:
        model = MembershipRequest
        fields = ["role", "organisation", "region", "reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 5, "maxlength": 1000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].help_text = _("What you do.")
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        self.fields["organisation"].help_text = _("Who employs you, if they are listed.")
        self.fields["region"].queryset = _english_regions()
        _names_in_language(self.fields["region"], Region)
        self.fields["region"].help_text = _("The NHS board area you mainly work in.")
        self.fields["region"].required = True

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if len(reason) < 10:
            raise forms.ValidationError(_("Please tell us a little more (a sentence or two)."))
        return reason


class DirectoryProfileForm(forms.ModelForm):
    """A member's entry in the directory, and which contact details it shows."""

    class Meta:
        model = MemberProfile
        fields = [
            "in_directory",
            "display_name",
            "job_title",
            "directory_about",
            "directory_themes",
            "show_email",
            "contact_phone",
            "show_phone",
        ]
        widgets = {
            "directory_themes": forms.CheckboxSelectMultiple,
            "directory_about": forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["directory_themes"].queryset = _english_themes()
        _names_in_language(self.fields["directory_themes"], Theme)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("show_phone") and not cleaned.get("contact_phone"):
            self.add_error("contact_phone", _("Add a phone number, or untick showing it."))
        return cleaned


class DirectorySearchForm(forms.Form):
    """Find members by name, region or theme."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    region = forms.ChoiceField(label=_("Region"), required=False)
    theme = forms.ChoiceField(label=_("Theme of interest"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        self.fields["region"].choices = any_choice + [
            (region.slug, region.name) for region in _localized(Region)
        ]
        self.fields["theme"].choices = any_choice + [
            (theme.slug, theme.name) for theme in _localized(Theme)
        ]


def _localized(model):
    """Taxonomy terms in the current language (English where no translation exists)."""
    language = translation.get_language() or "en"
    terms = {term.slug: term for term in model.objects.filter(locale__language_code="en")}
    if language != "en":
        for term in model.objects.filter(locale__language_code=language):
            terms[term.slug] = term
    return sorted(terms.values(), key=lambda term: term.name)


class DecisionForm(forms.Form):
    """Staff's approve or decline, with an optional note to the person."""

    decision = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("decline", _("Decline"))], widget=forms.HiddenInput
    )
    note = forms.CharField(
        label=_("Note to the person (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Included in the email that tells them the decision."),
    )


class EraseAccountForm(forms.Form):
    """Erasing an account needs the password again, and a clear yes."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that this cannot be undone."),
        required=True,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password
