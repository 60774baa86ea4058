"""Certificates (public check, PDF), My learning, the learning record and the manager view."""

import csv
import io
import json

import pytest
from django.utils import timezone

from learning import services
from learning.models import Certificate, Enrolment
from learning.personal_data import erase, export
from portal.accounts.models import MemberProfile
from tests.factories.accounts import UserFactory, programme_manager
from tests.factories.core import OrganisationFactory
from tests.factories.learning import build_module, finish_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(user, lessons):
    user.profile.display_name = "Mòrag Nic a' Phearsain"
    user.profile.save()
    return finish_lessons(user, lessons)


def test_public_page_shows_holder_module_date_and_validity_only(client, certificate, user):
    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "This certificate is valid." in html
    assert "Mòrag Nic a&#x27; Phearsain" in html or "Mòrag Nic a' Phearsain" in html
    assert "Good conversations" in html
    assert timezone.localtime(certificate.issued_at).strftime("%B %Y") in html
    assert user.email not in html
    assert "/pdf/" not in html  # the PDF link is for the holder
    assert "Download the certificate (PDF)" not in html
    # The Open Badges credential is offered to anyone checking, and explained.
    assert f"/certificates/{certificate.code}/credential.jwt" in html
    assert "Open Badges 3.0" in html


def test_unknown_code_is_404(client, certificate):
    assert client.get("/certificates/not-a-real-code/").status_code == 404


def test_revoked_certificate_says_it_is_not_valid(client, certificate):
    services.revoke_certificate(certificate)
    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "This certificate is no longer valid." in html


def test_holder_downloads_a_pdf_with_an_embedded_unicode_font(client, certificate, user):
    client.force_login(user)
    response = client.get(f"/certificates/{certificate.code}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = response.content
    assert content.startswith(b"%PDF")
    assert b"Roboto" in content  # the TrueType font is embedded


def test_others_cannot_download_the_pdf(client, certificate):
    client.force_login(UserFactory())
    assert client.get(f"/certificates/{certificate.code}/pdf/").status_code == 404
    client.logout()
    assert client.get(f"/certificates/{certificate.code}/pdf/").status_code == 302


def test_my_learning_needs_sign_in(client):
    response = client.get("/my-learning/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_my_learning_shows_progress_certificates_and_cpd(
    client, user, index, certificate, home_page
):
    second, second_lessons = build_module(index, title="Asset mapping")
    services.complete_lesson(user, second_lessons[0])
    client.force_login(user)
    html = client.get("/my-learning/").content.decode()
    assert "Asset mapping" in html and "33% complete" in html
    assert "Good conversations" in html
    assert f"/certificates/{certificate.code}/" in html
    assert "Continue where you left off" in html
    assert ">1<" in html  # one CPD hour (60 minutes)


def test_learning_record_csv_and_json(client, user, certificate):
    client.force_login(user)
    response = client.get("/my-learning/record.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    assert "no-store" in client.get("/my-learning/record.json")["Cache-Control"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [
        {
            "module": "Good conversations",
            "module_key": str(certificate.module_key),
            "module_url": "http://testserver/learning/good-conversations/",
            "status": "completed",
            "enrolled_on": rows[0]["enrolled_on"],
            "completed_on": timezone.now().date().isoformat(),
            "cpd_minutes": "60",
            "certificate_code": certificate.code,
            "certificate_url": f"http://testserver/certificates/{certificate.code}/",
        }
    ]
    data = json.loads(client.get("/my-learning/record.json").content)
    assert data["learner"] == "Mòrag Nic a' Phearsain"
    assert data["total_cpd_minutes"] == 60
    assert data["modules"][0]["certificate_code"] == certificate.code


def test_records_belong_to_the_person_asking(client, certificate):
    client.force_login(UserFactory())
    data = json.loads(client.get("/my-learning/record.json").content)
    assert data["modules"] == []


def _with_profile(role, organisation):
    person = UserFactory()
    MemberProfile.objects.filter(user=person).update(role=role, organisation=organisation)
    person.refresh_from_db()
    return person


def test_manager_sees_completion_of_their_organisation_only(client, user, lessons, certificate):
    alliance = OrganisationFactory(name="The ALLIANCE")
    elsewhere = OrganisationFactory(name="Elsewhere")
    MemberProfile.objects.filter(user=user).update(organisation=alliance)
    stranger = _with_profile("clw", elsewhere)
    MemberProfile.objects.filter(user=stranger).update(display_name="Stranger Danger")
    manager = programme_manager(alliance)
    services.save_reflection(
        user,
        lessons[0],
        next(b.id for b in lessons[0].body if b.block_type == "reflection"),
        "Secret note",
    )
    client.force_login(manager)
    html = client.get("/my-learning/team/").content.decode()
    assert "Mòrag Nic a" in html and "Completed" in html
    assert "Stranger Danger" not in html
    assert "Secret note" not in html


def test_team_view_is_for_programme_managers_only(client):
    """Only staff's grant counts: a profile saying "programme manager" opens nothing."""
    alliance = OrganisationFactory()
    for person in (
        _with_profile("clw", alliance),
        _with_profile("programme-manager", None),
        _with_profile("programme-manager", alliance),
    ):
        client.force_login(person)
        assert client.get("/my-learning/team/").status_code == 404


def test_export_and_erasure(client, user, lessons, certificate):
    data = export(user)
    json.dumps(data)
    assert data["certificates"][0]["code"] == certificate.code
    assert data["knowledge_check_attempts"]
    erase(user)
    certificate.refresh_from_db()
    assert (
        certificate.user is None
        and certificate.holder_name == ""
        and certificate.holder_account_closed
    )
    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "closed their account" in html and "Mòrag" not in html
    enrolment = Enrolment.objects.get(module_key=certificate.module_key)
    assert enrolment.user is None and enrolment.completed_at is not None
    assert export(user)["enrolments"] == []
    # Deleting the account afterwards keeps the certificate too.
    user.delete()
    assert Certificate.objects.filter(code=certificate.code).exists()


def test_personal_data_contract_names_every_model_with_a_user(settings):
    from django.apps import apps

    from learning import personal_data

    config = apps.get_app_config("learning")
    assert config.personal_data == "learning.personal_data"
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    with_user = {
        model
        for model in config.get_models()
        if any(getattr(f, "related_model", None) is user_model for f in model._meta.local_fields)
    }
    assert with_user == set(personal_data.MODELS)


def test_learning_record_csv_cells_never_start_a_formula(client, user, certificate):
    from learning.models import ModulePage

    module = ModulePage.objects.get(translation_key=certificate.module_key)
    module.title = '=HYPERLINK("http://evil.example","x")'
    module.save_revision().publish()
    client.force_login(user)
    response = client.get("/my-learning/record.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0]["module"] == '\'=HYPERLINK("http://evil.example","x")'
