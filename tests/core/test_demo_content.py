"""``manage.py load_demo_content`` builds the demo site and is idempotent."""

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision

from portal.accounts.models import User

pytestmark = pytest.mark.django_db


def _counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "admin"}
    }


def test_demo_content_twice_changes_nothing(demo_content):
    first = _counts()  # after one run (demo_content: see tests/conftest.py)
    call_command("load_demo_content", verbosity=0)
    assert _counts() == first
    assert first[Revision._meta.label] == Revision.objects.count()


def test_demo_content_builds_the_site(demo_content, client):
    for email in ("learner@demo.clw.scot", "manager@demo.clw.scot", "editor@demo.clw.scot"):
        user = User.objects.get(email=email)
        assert user.check_password("clw-demo-2026")
        assert EmailAddress.objects.get(user=user).verified
    editor = User.objects.get(email="editor@demo.clw.scot")
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not editor.is_superuser
    assert Page.objects.filter(slug__in=["about", "accessibility", "privacy"]).live().count() >= 3
    assert client.get("/").status_code == 200
    gd = client.get("/gd/")
    assert gd.status_code == 200
    assert "Tha an lìonra a&#x27; ceangal nan luchd-obrach ceangail" in gd.content.decode()  # hero


def test_demo_password_can_be_set(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-password")
    call_command("load_demo_content", verbosity=0)
    assert User.objects.get(email="learner@demo.clw.scot").check_password("another-demo-password")
