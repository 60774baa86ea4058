"""After confirming their email address, a new person is offered to join the network and
to start the induction pathway."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from portal.accounts.models import User
from tests.factories.accounts import MembershipRequestFactory, UserFactory
from tests.factories.learning import LearningIndexPageFactory, PathwayPageFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-fresh-and-long-password-2"


@pytest.fixture
def induction(home_page):
    learning = LearningIndexPageFactory(parent=home_page)
    return PathwayPageFactory(parent=learning, title="New CLW induction", slug="induction")


def _sign_up(client, email="ailsa@example.org"):
    client.post(
        reverse("account_signup"),
        {
            "display_name": "Ailsa Grant",
            "email": email,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    return re.search(r"/accounts/confirm-email/[^/\s]+/", mail.outbox[-1].body).group(0)


def test_confirming_the_email_lands_on_the_welcome_page(client, induction):
    link = _sign_up(client)
    response = client.post(link, follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/profile/welcome/"
    assert client.session["_auth_user_id"] == str(User.objects.get(email="ailsa@example.org").pk)
    html = response.content.decode()
    assert 'href="/members/join/">Ask to join the network' in html
    assert f'href="{induction.url}">Start New CLW induction' in html
    # Nothing else from the home page's panels: two clear offers.
    assert "Next event" not in html and "Self-assessment</h3>" not in html


def test_a_link_opened_in_another_browser_signs_in_first_then_welcomes(client, induction):
    link = _sign_up(client)
    client.logout()
    other = client.__class__()
    response = other.post(link)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Faccounts%2Fprofile%2Fwelcome%2F"
    response = other.post(
        response["Location"], {"login": "ailsa@example.org", "password": NEW_PASSWORD}
    )
    assert response["Location"] == "/accounts/profile/welcome/"


def test_someone_who_already_asked_to_join_sees_where_it_stands(client, induction):
    person = UserFactory()
    MembershipRequestFactory(user=person)
    client.force_login(person)
    html = client.get("/accounts/profile/welcome/").content.decode()
    assert "You asked to join on" in html
    assert "Ask to join the network" not in html


def test_the_welcome_page_is_for_signed_in_people(client, induction):
    response = client.get("/accounts/profile/welcome/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
