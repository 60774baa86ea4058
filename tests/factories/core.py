"""Factories for core pages and taxonomy."""

import factory
import wagtail_factories
from wagtail.models import Locale

from portal.core.models import Audience, Organisation, Region, StandardPage, Theme


def english():
    return Locale.objects.get(language_code="en")


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    locale = factory.LazyFunction(english)


class ThemeFactory(TermFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")


class RegionFactory(TermFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug", "locale")


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug", "locale")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    summary = "A page for the tests."
    body = wagtail_factories.StreamFieldFactory({})
