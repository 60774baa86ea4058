import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.factories.accounts import UserFactory
from tests.factories.core import StandardPageFactory


@pytest.fixture
def members(db):
    group, _created = Group.objects.get_or_create(name="Members")
    return group


@pytest.fixture
def member(members):
    user = UserFactory()
    user.groups.add(members)
    return user


@pytest.fixture
def non_member(db):
    return UserFactory()


def restrict(page, kind, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=password
    )
    if groups:
        restriction.groups.set(groups)
    return restriction


@pytest.fixture
def publish():
    """Create and publish a StandardPage under a parent."""

    def make(parent, title, summary="", **fields):
        page = StandardPageFactory(parent=parent, title=title, summary=summary, **fields)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make
