"""Settings → Search index: staff with the permission see drift and can rebuild."""

import pytest
from django.contrib.auth.models import Permission

from portal.search.models import IndexedDocument
from tests.factories.accounts import UserFactory
from tests.factories.core import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = UserFactory()
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="rebuild_search_index"),
    )
    client.force_login(user)
    return user


def test_staff_see_drift_and_rebuild(client, staff, home_page):
    StandardPageFactory(parent=home_page, title="Not yet in search")
    html = client.get("/admin/search-index/").content.decode()
    assert "Live pages missing from search" in html
    assert "<td>2</td>" in html  # the home page and the new page
    response = client.post("/admin/search-index/", follow=True)
    assert "The search index is being rebuilt." in response.content.decode()
    assert IndexedDocument.objects.count() == 2


def test_editors_without_the_permission_cannot(client, home_page):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/search-index/").status_code in (302, 403)
    assert client.post("/admin/search-index/").status_code in (302, 403)
    assert IndexedDocument.objects.count() == 0
