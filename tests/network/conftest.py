"""Fixtures for the network's tests: section pages under the home page and taxonomy."""

import pytest

from tests.factories.core import AudienceFactory, OrganisationFactory, RegionFactory, ThemeFactory
from tests.factories.network import (
    CaseStudyIndexPageFactory,
    EventIndexPageFactory,
    GuidanceIndexPageFactory,
    NewsIndexPageFactory,
    ResourceIndexPageFactory,
)


@pytest.fixture
def themes(db):
    return {
        slug: ThemeFactory(slug=slug, name=name)
        for slug, name in [
            ("housing", "Housing"),
            ("money-welfare", "Money and welfare rights"),
            ("mental-health", "Mental health and wellbeing"),
        ]
    }


@pytest.fixture
def regions(db):
    return {
        slug: RegionFactory(slug=slug, name=name)
        for slug, name in [("tayside", "NHS Tayside"), ("lothian", "NHS Lothian")]
    }


@pytest.fixture
def audiences(db):
    return {
        slug: AudienceFactory(slug=slug, name=name)
        for slug, name in [("gp-practice", "GP practice teams"), ("clw", "Community link workers")]
    }


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Dundee HSCP", slug="dundee-hscp", kind="hscp")


@pytest.fixture
def case_study_index(home_page):
    return CaseStudyIndexPageFactory(parent=home_page)


@pytest.fixture
def guidance_index(home_page):
    return GuidanceIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def resource_index(home_page):
    return ResourceIndexPageFactory(parent=home_page)


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def with_authenticator(user):
    """Give a staff user an authenticator app: the admin requires MFA of everyone using it."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.fixture
def superuser(db):
    from tests.factories.accounts import UserFactory

    return with_authenticator(UserFactory(is_superuser=True, is_staff=True))


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
