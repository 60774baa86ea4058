"""Hostile values in forms, query strings and URLs get a 4xx or the form again, never a 5xx.

The values the attack found (superscript and circled digits, numbers past 64 bits, NUL
bytes) are tried first; hypothesis then generates more for each parameter.
"""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.factories.accounts import member_user

pytestmark = pytest.mark.django_db

FOUND = ["²", "①", "99999999999999999999999", "abc\x00def", "-1", "1e3", " 1", "٣"]
HOSTILE = st.one_of(
    st.sampled_from(FOUND),
    st.text(max_size=40),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
)
CHECK = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# (method, url name or path, parameter) for every parameter of the forms this covers.
POSTS = [
    ("accounts:profile", "organisation"),
    ("accounts:profile", "region"),
    ("accounts:profile", "role"),
    ("members:join", "organisation"),
    ("members:join", "region"),
    ("members:directory_profile", "directory_themes"),
    ("learning:save_reflection", "lesson"),
    ("learning:save_reflection", "prompt"),
]
GETS = [
    ("members:directory", "region"),
    ("members:directory", "theme"),
    ("members:directory", "page"),
    ("learning:reflections", "page"),
]


@pytest.fixture
def member_client(client):
    client.force_login(member_user())
    return client


@pytest.mark.parametrize(("name", "parameter"), POSTS)
@CHECK
@given(value=HOSTILE)
@example(value="99999999999999999999")
def test_posted_values_never_cause_a_server_error(member_client, name, parameter, value):
    response = member_client.post(reverse(name), {parameter: value, "reason": "x" * 20})
    assert response.status_code < 500, (name, parameter, value)


@pytest.mark.parametrize(("name", "parameter"), GETS)
@CHECK
@given(value=HOSTILE)
def test_query_values_never_cause_a_server_error(member_client, name, parameter, value):
    response = member_client.get(reverse(name), {parameter: value})
    assert response.status_code < 500, (name, parameter, value)


@CHECK
@given(code=HOSTILE)
def test_certificate_codes_never_cause_a_server_error(client, code):
    from urllib.parse import quote

    for suffix in ("", "pdf/"):
        response = client.get(f"/certificates/{quote(code, safe='')}/{suffix}")
        assert response.status_code < 500, code


def test_the_reported_inputs_are_refused_plainly(member_client):
    for value in ("²", "①", "99999999999999999999999"):
        response = member_client.post(reverse("learning:save_reflection"), {"lesson": value})
        assert response.status_code == 404, value
    assert member_client.get("/certificates/abc%00def/").status_code == 404
    response = member_client.post(
        reverse("members:directory_profile"), {"directory_themes": "99999999999999999999"}
    )
    assert response.status_code == 200
    assert "is not a valid value" in response.content.decode()
    response = member_client.post(
        reverse("accounts:profile"), {"organisation": "99999999999999999999"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
