"""Reflections: saved by a plain post or fetch(), readable only by their author."""

import pytest

from learning.models import Reflection
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

SAVE_URL = "/my-learning/reflections/save/"


def prompt_id(lesson):
    return next(block.id for block in lesson.body if block.block_type == "reflection")


def save(client, lesson, text, **headers):
    return client.post(
        SAVE_URL, {"lesson": lesson.pk, "prompt": prompt_id(lesson), "text": text}, **headers
    )


def test_plain_post_saves_and_returns_to_the_lesson(client, user, lessons):
    client.force_login(user)
    response = save(client, lessons[0], "I noticed how much listening matters.")
    assert response.status_code == 302
    assert response.url == f"{lessons[0].url}#reflection-{prompt_id(lessons[0])}"
    reflection = Reflection.objects.get(user=user)
    assert reflection.text == "I noticed how much listening matters."
    assert reflection.prompt == "What did you notice?"
    html = client.get(lessons[0].url).content.decode()
    assert "I noticed how much listening matters." in html


def test_saving_again_updates_the_same_reflection(client, user, lessons):
    client.force_login(user)
    save(client, lessons[0], "First thoughts")
    save(client, lessons[0], "Second thoughts")
    assert Reflection.objects.get(user=user).text == "Second thoughts"


def test_fetch_gets_json(client, user, lessons):
    client.force_login(user)
    response = save(client, lessons[0], "Via fetch", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["saved"] is True
    assert Reflection.objects.get(user=user).text == "Via fetch"


@pytest.mark.parametrize(
    "case", ["unknown prompt", "too long", "unknown lesson", "malformed lesson"]
)
def test_bad_input_saves_nothing(client, user, lessons, case):
    client.force_login(user)
    data = {"lesson": lessons[0].pk, "prompt": prompt_id(lessons[0]), "text": "Notes"}
    if case == "unknown prompt":
        data["prompt"] = "not-a-prompt"
    elif case == "too long":
        data["text"] = "x" * 10_001
    elif case == "unknown lesson":
        data["lesson"] = "999999"
    else:
        data["lesson"] = "abc"
    response = client.post(SAVE_URL, data, HTTP_ACCEPT="application/json")
    assert response.status_code in (400, 404)
    if case not in ("unknown lesson", "malformed lesson"):
        assert response.json()["saved"] is False
    assert not Reflection.objects.exists()


def test_anonymous_cannot_save(client, lessons):
    response = save(client, lessons[0], "Notes")
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not Reflection.objects.exists()


def test_nobody_else_can_read_a_reflection_not_even_staff(client, user, lessons):
    client.force_login(user)
    save(client, lessons[0], "Very private thoughts")
    reflection = Reflection.objects.get(user=user)
    url = f"/my-learning/reflections/{reflection.pk}/"
    assert client.get(url).status_code == 200

    other = UserFactory()
    staff = UserFactory(is_staff=True, is_superuser=True)
    for person in (other, staff):
        client.force_login(person)
        assert client.get(url).status_code == 404
        assert client.post(url, {"text": "overwritten"}).status_code == 404
        assert client.post(url, {"action": "delete"}).status_code == 404
        assert "Very private thoughts" not in client.get(lessons[0].url).content.decode()
        assert (
            "Very private thoughts" not in client.get("/my-learning/reflections/").content.decode()
        )
        assert "Very private thoughts" not in client.get("/admin/").content.decode()
    client.logout()
    assert client.get(url).status_code == 404
    assert Reflection.objects.get(pk=reflection.pk).text == "Very private thoughts"


def test_author_edits_and_deletes(client, user, lessons):
    client.force_login(user)
    save(client, lessons[0], "Draft")
    reflection = Reflection.objects.get(user=user)
    url = f"/my-learning/reflections/{reflection.pk}/"
    client.post(url, {"text": "Edited"})
    assert Reflection.objects.get(pk=reflection.pk).text == "Edited"
    response = client.post(url, {"text": "   "})
    assert response.status_code == 200 and Reflection.objects.get(pk=reflection.pk).text == "Edited"
    client.post(url, {"action": "delete"})
    assert not Reflection.objects.exists()
