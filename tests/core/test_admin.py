"""Network staff can edit the core content in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from portal.core.models import NavigationSettings, StandardPage, Theme
from tests.factories.accounts import UserFactory
from tests.factories.core import StandardPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = UserFactory(is_staff=False)
    editor.groups.add(Group.objects.get(name="Editors"), Group.objects.get(name="Moderators"))
    client.force_login(editor)
    return client


def test_editor_opens_the_page_editor_for_core_pages(editor_client, home_page):
    page = StandardPageFactory(parent=home_page)
    for target in (home_page, page):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
        assert response.status_code == 200
    add = reverse("wagtailadmin_pages:add", args=["core", "standardpage", home_page.pk])
    assert editor_client.get(add).status_code == 200


def test_editor_creates_a_standard_page_with_blocks(editor_client, home_page):
    add = reverse("wagtailadmin_pages:add", args=["core", "standardpage", home_page.pk])
    data = {
        "title": "Referral routes",
        "slug": "referral-routes",
        "summary": "How people reach a link worker.",
        "body-count": "1",
        "body-0-type": "text",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-value": '{"blocks":[{"key":"a","text":"Anyone can refer.","type":"unstyled",'
        '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
    }
    response = editor_client.post(add, data)
    assert response.status_code == 302, response.content[:2000]
    page = StandardPage.objects.get(slug="referral-routes")
    assert "Anyone can refer." in str(page.body[0].value)


def test_taxonomy_snippets_and_settings_are_in_the_admin(editor_client, admin_client, home_page):
    theme = ThemeFactory(name="Housing", slug="housing")
    response = admin_client.get(reverse("wagtailsnippets_core_theme:list"))
    assert response.status_code == 200
    assert b"Housing" in response.content
    assert (
        admin_client.get(reverse("wagtailsnippets_core_theme:edit", args=[theme.pk])).status_code
        == 200
    )
    url = reverse("wagtailsettings:edit", args=["core", "navigationsettings"])
    assert admin_client.get(url, follow=True).status_code == 200
    assert NavigationSettings._meta.verbose_name == "navigation"
    assert Theme.objects.filter(slug="housing").exists()


def test_superuser_can_add_a_user_by_email(admin_client):
    response = admin_client.get(reverse("wagtailusers_users:add"))
    assert response.status_code == 200
    assert b'name="email"' in response.content
