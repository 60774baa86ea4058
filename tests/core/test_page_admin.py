"""The page admin: moderation actions confirm what happened; sections open in the explorer."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from tests.factories.accounts import UserFactory
from tests.factories.core import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(db):
    user = UserFactory(is_staff=False)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator_client(client):
    moderator = UserFactory(is_staff=False)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    return client


def in_moderation(home_page, author, **fields):
    page = StandardPageFactory(parent=home_page, title="Referral routes", live=False, **fields)
    page.save_revision(user=author)
    home_page.get_workflow().start(page, author)
    page.refresh_from_db()
    return page


def act(client, page, action, **data):
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": "", **data})


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_approving_a_page_says_it_was_approved_and_published(moderator_client, home_page, author):
    page = in_moderation(home_page, author)
    response = act(moderator_client, page, "approve")
    assert response.status_code == 302
    assert messages_of(response) == ["'Referral routes' approved and published."]
    page.refresh_from_db()
    assert page.live


def test_approving_a_scheduled_page_says_when_it_goes_live(moderator_client, home_page, author):
    page = StandardPageFactory(parent=home_page, title="Referral routes", live=False)
    page.save_revision(user=author, approved_go_live_at=None)
    page.go_live_at = timezone.now() + datetime.timedelta(days=3)
    page.save_revision(user=author)
    home_page.get_workflow().start(page, author)
    page.refresh_from_db()
    response = act(moderator_client, page, "approve")
    assert messages_of(response) == [
        "'Referral routes' approved. It will be published at its scheduled time."
    ]
    page.refresh_from_db()
    assert not page.live and page.scheduled_revision is not None


def test_requesting_changes_says_the_page_goes_back(moderator_client, home_page, author):
    page = in_moderation(home_page, author)
    response = act(moderator_client, page, "reject", comment="Add the phone number.")
    assert messages_of(response) == [
        "Changes requested on 'Referral routes'. It goes back to its author."
    ]
    page.refresh_from_db()
    assert not page.live


def test_the_dashboard_modal_gets_the_message_after_its_redirect(
    moderator_client, home_page, author
):
    page = in_moderation(home_page, author)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = moderator_client.post(
        url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.json()["step"] == "success"
    dashboard = moderator_client.get(response.json()["redirect"], follow=True)
    assert "&#x27;Referral routes&#x27; approved and published." in dashboard.content.decode()


def test_clicking_a_section_in_the_explorer_opens_its_children(admin_client, home_page):
    section = StandardPageFactory(parent=home_page, title="About us")
    leaf = StandardPageFactory(parent=section, title="Our team")
    html = admin_client.get(reverse("wagtailadmin_explore", args=(home_page.pk,))).content.decode()
    assert f'href="{reverse("wagtailadmin_explore", args=(section.pk,))}"' in html
    assert 'title="Show the pages in this section"' in html
    inside = admin_client.get(reverse("wagtailadmin_explore", args=(section.pk,))).content.decode()
    assert f'href="{reverse("wagtailadmin_pages:edit", args=(leaf.pk,))}"' in inside
    # the section itself is still one click from its edit form
    assert f'href="{reverse("wagtailadmin_pages:edit", args=(section.pk,))}"' in inside


def test_the_translate_form_ticks_gaelic_the_only_other_language(
    client, home_page, gaelic_home_page
):
    from portal.core.models import FooterText

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = StandardPageFactory(parent=home_page, title="Referral routes")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    form = client.get(url).context["form"]
    assert [locale.language_code for locale in form.initial["locales"]] == ["gd"]
    # Submitting it as shown makes the Gaelic page (no "This field is required").
    gaelic_id = form.initial["locales"][0].pk
    response = client.post(url, {"locales": [gaelic_id]})
    assert response.status_code == 302
    assert page.get_translation_or_none(gaelic_home_page.locale) is not None

    text = FooterText.objects.create(text="Run by the network.", locale=home_page.locale)
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["core", "footertext", text.pk]
    )
    form = client.get(url).context["form"]
    assert [locale.language_code for locale in form.initial["locales"]] == ["gd"]


def test_a_hostile_locale_id_is_refused_and_translates_nothing(client, home_page, gaelic_home_page):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = StandardPageFactory(parent=home_page, title="Referral routes")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    gaelic_id = str(gaelic_home_page.locale_id)
    response = client.post(url, {"locales": [gaelic_id, "99999999999999999999"]})
    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert page.get_translation_or_none(gaelic_home_page.locale) is None


def test_an_unknown_language_asked_for_is_ignored(client, home_page, gaelic_home_page):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = StandardPageFactory(parent=home_page, title="Referral routes")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.get(url, {"select_locale": "g\x00d"})
    assert response.status_code == 200
    assert [locale.language_code for locale in response.context["form"].initial["locales"]] == [
        "gd"
    ]
