"""Factories for people."""

import factory
from allauth.account.models import EmailAddress

from portal.accounts.models import MemberProfile, MembershipRequest, ProgrammeManager, User

PASSWORD = "a-long-test-password-1"


class UserFactory(factory.django.DjangoModelFactory):
    """A user with a verified email address and a profile; password is ``PASSWORD``."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()

    @factory.post_generation
    def profile(self, create, extracted, **kwargs):
        if create:
            MemberProfile.objects.get_or_create(
                user=self,
                defaults={"display_name": f"{self.first_name} {self.last_name}", **kwargs},
            )


class MembershipRequestFactory(factory.django.DjangoModelFactory):
    """A pending request to join the network."""

    class Meta:
        model = MembershipRequest

    user = factory.SubFactory(UserFactory)
    role = MemberProfile.Role.CLW
    reason = "I work as a link worker in a GP practice and would like to join."


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def give_mfa(user, secret=TOTP_SECRET):
    """Give the person an authenticator app (TOTP with ``secret``) unless they have one."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, secret)
    return user


def record_mfa(client, user):
    """Record in ``client``'s session that it passed the person's authenticator app.

    Does what allauth's MFA stage does when a code is accepted (``post_authentication``
    writes the ``mfa`` entry of the session's authentication records), for tests that
    open a session with ``client.force_login`` instead of typing a code.
    """
    from allauth.mfa.base.internal.flows import post_authentication
    from allauth.mfa.models import Authenticator
    from django.http import HttpRequest

    request = HttpRequest()
    request.session = client.session
    request.user = user
    post_authentication(request, Authenticator.objects.get(user=user, type="totp"))
    request.session.save()


def staff_user(*, totp=True, **kwargs):
    """A network staff member (Editors and Moderators) with, by default, an authenticator app."""
    from django.contrib.auth.models import Group

    user = UserFactory(**kwargs)
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    if totp:
        give_mfa(user)
    return user


def member_user(**kwargs):
    """An approved member of the network."""
    from portal.accounts.services import members_group

    user = UserFactory(**kwargs)
    user.groups.add(members_group())
    return user


def programme_manager(organisation, **kwargs):
    """A person whom staff made programme manager for ``organisation``."""
    user = UserFactory(**kwargs)
    ProgrammeManager.objects.create(user=user, organisation=organisation)
    return user
