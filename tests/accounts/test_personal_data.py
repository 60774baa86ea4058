"""People's data: the export holds everything, erasure leaves nothing, no model is forgotten."""

import json
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse

from portal.accounts import data_rights
from portal.accounts.models import MemberProfile, MembershipRequest, User
from tests.factories.accounts import (
    PASSWORD,
    TOTP_SECRET,
    MembershipRequestFactory,
    member_user,
    staff_user,
)
from tests.factories.core import ThemeFactory

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR).resolve()


def _user_foreign_keys():
    """(model, field) for every foreign key / one-to-one to the user, on the model defining it."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                field.is_relation
                and field.concrete
                and field.model is model
                and field.related_model is user_model
                and (field.many_to_one or field.one_to_one)
            ):
                yield model, field


def _is_project_or_allauth(model):
    config = model._meta.app_config
    if config.name.startswith("allauth"):
        return True
    path = Path(config.path).resolve()
    return BASE_DIR in path.parents and ".venv" not in path.parts


def test_every_model_holding_personal_data_is_exported_and_erased():
    """Fails when a model with a foreign key to the user is covered by no personal_data.MODELS."""
    covered = data_rights.covered_models()
    missing = sorted(
        f"{model._meta.label}.{field.name}"
        for model, field in _user_foreign_keys()
        if _is_project_or_allauth(model) and model not in covered
    )
    assert not missing, (
        "These models hold personal data but no app's personal_data.MODELS lists them "
        f"(add them, with export and erase): {missing}"
    )


def test_third_party_models_are_all_accounted_for():
    """Wagtail's and Django's user foreign keys are listed, with why erasure is safe."""
    third_party = {
        model._meta.label
        for model, _field in _user_foreign_keys()
        if not _is_project_or_allauth(model)
    }
    listed = set(data_rights.THIRD_PARTY_MODELS)
    assert third_party == listed, (
        "Update THIRD_PARTY_MODELS in portal/accounts/data_rights.py (say why erasure is "
        f"safe for each): not listed {sorted(third_party - listed)}, "
        f"no longer installed {sorted(listed - third_party)}"
    )
    for model, field in _user_foreign_keys():
        if not _is_project_or_allauth(model):
            # Deleting the user must never be blocked.
            assert field.remote_field.on_delete not in (models.PROTECT, models.RESTRICT)


def test_every_provider_follows_the_contract():
    found = data_rights.providers()
    assert "accounts" in {label for label, _module in found}
    for label, module in found:
        assert module.MODELS, label
        assert callable(module.export) and callable(module.erase), label


@pytest.fixture
def rich_member():
    """A member with a directory entry, a decided request, a second email and MFA."""
    member = member_user(email="rich@example.org")
    member.profile.in_directory = True
    member.profile.directory_about = "I like housing questions."
    member.profile.contact_phone = "0141 555 0000"
    member.profile.save()
    member.profile.directory_themes.set([ThemeFactory(slug="housing")])
    MembershipRequestFactory(user=member, status="approved", reason="Please may I join?")
    member.emailaddress_set.create(email="rich.other@example.org", verified=False)
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(member, TOTP_SECRET)
    RecoveryCodes.activate(member)
    return member


def test_the_export_holds_everything_and_no_secrets(client, rich_member):
    client.force_login(rich_member)
    response = client.get(reverse("accounts:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    data = json.loads(text)
    accounts = data["apps"]["accounts"]
    assert accounts["account"]["email"] == "rich@example.org"
    assert accounts["account"]["is_member"] is True
    assert accounts["profile"]["directory"]["about"] == "I like housing questions."
    assert accounts["profile"]["directory"]["themes"] == ["housing"]
    assert accounts["membership_requests"][0]["reason"] == "Please may I join?"
    assert {a["email"] for a in accounts["email_addresses"]} == {
        "rich@example.org",
        "rich.other@example.org",
    }
    assert {a["type"] for a in accounts["two_factor_authentication"]} == {
        "totp",
        "recovery_codes",
    }
    # No secret, seed or recovery code leaves the portal.
    assert TOTP_SECRET not in text
    for authenticator in Authenticator.objects.filter(user=rich_member):
        for value in authenticator.data.values():
            if isinstance(value, str) and len(value) > 8:
                assert value not in text
    for code in RecoveryCodes.activate(rich_member).get_unused_codes():
        assert code not in text
    # Every provider's section is there.
    assert set(data["apps"]) == {label for label, _module in data_rights.providers()}


def test_export_needs_signing_in(client):
    response = client.get(reverse("accounts:export"))
    assert response.status_code == 302


def test_erasure_needs_the_password(client, rich_member):
    client.force_login(rich_member)
    response = client.post(reverse("accounts:erase"), {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()
    assert User.objects.filter(pk=rich_member.pk).exists()
    response = client.post(reverse("accounts:erase"), {"password": PASSWORD})
    assert User.objects.filter(pk=rich_member.pk).exists()  # the confirmation box is needed


def test_erasure_leaves_nothing_behind(client, rich_member):
    staff = staff_user()
    decided_by_staff = MembershipRequestFactory(status="approved", decided_by=staff)
    user_id = rich_member.pk
    client.force_login(rich_member)
    response = client.post(
        reverse("accounts:erase"), {"password": PASSWORD, "confirm": "on"}, follow=True
    )
    assert "Your account and the personal data it held have been erased." in (
        response.content.decode()
    )
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(pk=user_id).exists()
    for model, field in _user_foreign_keys():
        assert not model._base_manager.filter(**{field.attname: user_id}).exists(), (
            f"{model._meta.label}.{field.name} still points at the erased user"
        )
    assert not MemberProfile.objects.filter(user_id=user_id).exists()

    # A member of staff erasing their account keeps others' decisions, without their name.
    data_rights.erase_account(staff)
    decided_by_staff.refresh_from_db()
    assert decided_by_staff.status == MembershipRequest.Status.APPROVED
    assert decided_by_staff.decided_by is None


def test_erasure_runs_every_provider_before_deleting_the_user(monkeypatch, rich_member):
    calls = []
    for label, module in data_rights.providers():
        original = module.erase

        def spy(user, _label=label, _original=original):
            assert User.objects.filter(pk=user.pk).exists()
            calls.append(_label)
            _original(user)

        monkeypatch.setattr(module, "erase", spy)
    data_rights.erase_account(rich_member)
    assert sorted(calls) == sorted(label for label, _m in data_rights.providers())
    assert calls[-1] == "accounts"
