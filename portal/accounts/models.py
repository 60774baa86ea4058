"""People: a user signs in with an email address; a profile holds who they are at work."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    """Creates users keyed by email address, with no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email)
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account; their email address is their login."""

    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def display_name(self):
        """The name the portal shows: the profile's display name, else full name, else email."""
        profile = getattr(self, "profile", None)
        if profile is not None and profile.display_name:
            return profile.display_name
        return self.get_full_name() or self.email


class MemberProfile(models.Model):
    """What a person tells the network about their work."""

    class Role(models.TextChoices):
        CLW = "clw", _("Community link worker")
        PROGRAMME_MANAGER = "programme-manager", _("Programme manager")
        GP_PRACTICE = "gp-practice", _("GP practice staff")
        NETWORK_STAFF = "network-staff", _("Network staff")
        OTHER = "other", _("Other")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(
        _("display name"),
        max_length=100,
        blank=True,
        help_text=_("The name shown on certificates and, if you join, in the member directory."),
    )
    role = models.CharField(
        _("role"),
        max_length=30,
        choices=Role.choices,
        default=Role.CLW,
        help_text=_("What you do."),
    )
    organisation = models.ForeignKey(
        "core.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_profiles",
        verbose_name=_("organisation"),
        help_text=_("Who employs you. Programme managers see completions for their organisation."),
    )
    region = models.ForeignKey(
        "core.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The NHS board area you mainly work in."),
    )
    job_title = models.CharField(
        _("job title"), max_length=150, blank=True, help_text=_("Your job title, if you like.")
    )
    language = models.CharField(
        _("language for emails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the emails the portal sends you."),
    )

    # The member directory: nothing is listed unless the member opts in, and contact
    # details only where they chose to show them.
    in_directory = models.BooleanField(
        _("list me in the member directory"),
        default=False,
        help_text=_(
            "Other approved members can then find your name, role, organisation, region "
            "and themes of interest."
        ),
    )
    directory_themes = models.ManyToManyField(
        "core.Theme",
        blank=True,
        related_name="+",
        verbose_name=_("themes of interest"),
        help_text=_("What you would be glad to talk to other members about."),
    )
    directory_about = models.TextField(
        _("about you"),
        max_length=500,
        blank=True,
        help_text=_("A sentence or two for other members (up to 500 characters)."),
    )
    show_email = models.BooleanField(
        _("show my email address to members"),
        default=False,
        help_text=_("Only approved members who are signed in can see it."),
    )
    contact_phone = models.CharField(
        _("work phone"),
        max_length=40,
        blank=True,
        help_text=_("A work phone number, if you want members to be able to call you."),
    )
    show_phone = models.BooleanField(
        _("show my work phone to members"),
        default=False,
        help_text=_("Only approved members who are signed in can see it."),
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return self.display_name or self.user.email


MEMBERS_GROUP = "Members"


class MembershipRequest(models.Model):
    """A registered person's request to join the network, and staff's decision on it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="membership_requests", verbose_name=_("person")
    )
    role = models.CharField(
        _("role"),
        max_length=30,
        choices=MemberProfile.Role.choices,
        help_text=_("What the person does."),
    )
    organisation = models.ForeignKey(
        "core.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("Who employs them."),
    )
    region = models.ForeignKey(
        "core.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The NHS board area they mainly work in."),
    )
    reason = models.TextField(
        _("why you would like to join"),
        max_length=1000,
        help_text=_("A few sentences about your work and why you would like to join."),
    )
    language = models.CharField(
        max_length=10, default="en", help_text=_("The language the person applied in.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(
        User,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
        help_text=_("The member of staff who approved or declined the request."),
    )
    decision_note = models.TextField(
        _("note to the person"),
        blank=True,
        max_length=1000,
        help_text=_("Included in the email telling them the decision."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("membership request")
        verbose_name_plural = _("membership requests")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status="pending"),
                name="one_pending_membership_request_per_user",
            )
        ]

    def __str__(self):
        return f"{self.user.display_name} ({self.get_status_display()})"
