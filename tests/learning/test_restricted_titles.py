"""A member-only module's title shows only to those who may open it."""

import pytest
from wagtail.models import PageViewRestriction

from portal.accounts.services import members_group
from tests.factories.accounts import UserFactory, member_user
from tests.factories.learning import build_module

pytestmark = pytest.mark.django_db

SECRET = "Confidential caseload review"


@pytest.fixture
def modules(index):
    restricted, _lessons = build_module(index, title=SECRET, slug="caseload-review", lessons=1)
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([members_group()])
    follow_on, lessons = build_module(index, title="Next steps", slug="next-steps", lessons=1)
    follow_on.prerequisites.set([restricted])
    follow_on.save_revision().publish()
    return {"restricted": restricted, "follow_on": follow_on, "lesson": lessons[0]}


@pytest.mark.parametrize("who", ["anonymous", "registered"])
def test_others_see_a_module_for_members(client, index, modules, who):
    if who == "registered":
        client.force_login(UserFactory())
    pages = [index.url, modules["follow_on"].url, modules["lesson"].url]
    for url in pages:
        html = client.get(url).content.decode()
        assert SECRET not in html, url
        assert modules["restricted"].url not in html, url
    module_page = client.get(modules["follow_on"].url).content.decode()
    assert "a module for members" in module_page
    catalogue = client.get(index.url).content.decode()
    assert "a module for members" in catalogue
    if who == "registered":  # the locked-lesson notice
        assert "a module for members" in client.get(modules["lesson"].url).content.decode()


def test_members_see_its_title_and_link(client, index, modules):
    client.force_login(member_user())
    module_page = client.get(modules["follow_on"].url).content.decode()
    assert SECRET in module_page and modules["restricted"].url in module_page
    assert SECRET in client.get(modules["lesson"].url).content.decode()
    assert "a module for members" not in client.get(index.url).content.decode()
