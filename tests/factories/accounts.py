"""Factories for people."""

import factory
from allauth.account.models import EmailAddress

from portal.accounts.models import MemberProfile, User

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
