"""Open Badges 3.0 credentials: schema-valid, signed, aligned to the framework, revocable.

The credential is validated against 1EdTech's OB 3.0 JSON Schema, kept beside this file
(``ob_v3p0_achievementcredential_schema.json``, from 1EdTech/openbadges-specification,
``docs/schema/achievementcredential.json`` at commit c73e966, the automated build of
2024-07-30). Signatures are checked with jwcrypto against the key the issuer publishes;
the portal signs with PyJWT.
"""

import hashlib
import io
import json
from pathlib import Path

import jsonschema
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from jwcrypto import jwk
from jwcrypto import jwt as jose_jwt

from frameworks import services as framework_services
from learning.credentials import keys as credential_keys
from learning.credentials.status import LIST_SIZE, decode
from learning.models import ModuleCompetency
from tests.factories.accounts import UserFactory, staff_user
from tests.factories.frameworks import competencies_of, make_framework, make_framework_page
from tests.factories.learning import finish_lessons

pytestmark = pytest.mark.django_db

SCHEMA = json.loads(
    (Path(__file__).parent / "ob_v3p0_achievementcredential_schema.json").read_text()
)


@pytest.fixture
def framework(home_page):
    framework = make_framework(competencies=4, domains=2, name="CLW competency framework")
    make_framework_page(home_page)
    return framework


@pytest.fixture
def certificate(user, module, lessons, framework):
    competencies = competencies_of(framework)
    ModuleCompetency.objects.create(
        module=module, competency=competencies[0], level="skilled", sort_order=0
    )
    ModuleCompetency.objects.create(
        module=module, competency=competencies[3], level="informed", sort_order=1
    )
    return finish_lessons(user, lessons)


def validate(credential):
    jsonschema.Draft201909Validator(
        SCHEMA, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER
    ).validate(credential)


def published_key_set(client):
    """The issuer's keys as a verifier gets them: from the issuer profile's URL."""
    profile = client.get("/credentials/issuer").json()
    return jwk.JWKSet.from_json(json.dumps({"keys": profile["publicKey"]}))


def test_credential_passes_the_1edtech_schema_and_names_the_competencies(
    client, certificate, framework, user, module
):
    response = client.get(f"/certificates/{certificate.code}/credential.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    credential = response.json()
    validate(credential)
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["issuer"]["id"] == "http://testserver/credentials/issuer"
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["name"] == module.title
    assert achievement["description"] == module.summary
    assert achievement["criteria"]["narrative"]
    assert achievement["inLanguage"] == "en-GB"
    competencies = competencies_of(framework)
    assert [a["targetCode"] for a in achievement["alignment"]] == [
        str(competencies[0].identity),
        str(competencies[3].identity),
    ]
    first = achievement["alignment"][0]
    assert first["targetName"] == f"{competencies[0].code} {competencies[0].title}"
    assert first["targetUrl"] == f"http://testserver/framework/#{competencies[0].anchor}"
    assert first["targetFramework"] == "CLW competency framework, version 1"
    assert first["targetType"] == "ceasn:Competency"
    assert first["targetDescription"] == "Skilled 1.1"


def test_subject_is_opaque_and_email_only_salted_and_hashed(client, certificate, user):
    credential = client.get(f"/certificates/{certificate.code}/credential.json").json()
    subject = credential["credentialSubject"]
    assert subject["id"].startswith("urn:uuid:")
    body = json.dumps(credential)
    assert user.email not in body and user.email.lower() not in body
    identity = subject["identifier"][0]
    assert identity["type"] == "IdentityObject"
    assert identity["hashed"] is True
    assert identity["identityType"] == "emailAddress"
    expected = hashlib.sha256((user.email.lower() + identity["salt"]).encode()).hexdigest()
    assert identity["identityHash"] == f"sha256${expected}"
    # Served again, it is the same credential.
    again = client.get(f"/certificates/{certificate.code}/credential.json").json()
    assert again["id"] == credential["id"]
    assert again["credentialSubject"]["id"] == subject["id"]


def test_jwt_verifies_with_an_independent_library_against_the_published_key(client, certificate):
    response = client.get(f"/certificates/{certificate.code}/credential.jwt")
    assert response.status_code == 200
    token = response.content.decode()
    keyset = published_key_set(client)
    verified = jose_jwt.JWT(jwt=token, key=keyset, algs=["RS256"], expected_type="JWS")
    claims = json.loads(verified.claims)
    header = json.loads(verified.header)
    assert header["alg"] == "RS256"
    assert header["kid"].startswith("http://testserver/credentials/keys/")
    # The kid dereferences to the same public key.
    published = client.get(header["kid"].removeprefix("http://testserver")).json()
    assert set(published) == {"kty", "n", "e", "kid", "alg", "use"}
    assert published["kid"] == header["kid"]
    credential = claims["vc"]
    validate(credential)
    assert claims["iss"] == credential["issuer"]["id"]
    assert claims["jti"] == credential["id"]
    assert claims["sub"] == credential["credentialSubject"]["id"]
    assert claims["nbf"] == int(certificate.issued_at.timestamp())
    assert "exp" not in claims and "validUntil" not in credential  # certificates do not expire


def test_a_tampered_jwt_does_not_verify(client, certificate):
    token = client.get(f"/certificates/{certificate.code}/credential.jwt").content.decode()
    head, payload, signature = token.split(".")
    forged = (
        head + "." + payload[:-4] + ("AAAA" if payload[-4:] != "AAAA" else "BBBB") + "." + signature
    )
    with pytest.raises(Exception):  # noqa: B017 - jwcrypto raises its own signature errors
        jose_jwt.JWT(jwt=forged, key=published_key_set(client), algs=["RS256"])


def test_published_keys_never_carry_private_parts(client):
    for url in ["/credentials/issuer/jwks.json"]:
        for key in client.get(url).json()["keys"]:
            assert not {"d", "p", "q", "dp", "dq", "qi"} & set(key)
            assert key["kty"] == "RSA" and key["alg"] == "RS256"
    for key in client.get("/credentials/issuer").json()["publicKey"]:
        assert not {"d", "p", "q", "dp", "dq", "qi"} & set(key)


def test_rotation_keeps_old_credentials_verifiable(client, certificate, settings):
    old_private = credential_keys.generate_private_key()
    settings.CREDENTIALS_SIGNING_KEY = credential_keys.private_pem(old_private)
    old_token = client.get(f"/certificates/{certificate.code}/credential.jwt").content.decode()
    new_private = credential_keys.generate_private_key()
    settings.CREDENTIALS_SIGNING_KEY = credential_keys.private_pem(new_private).replace("\n", "\\n")
    settings.CREDENTIALS_RETIRED_PUBLIC_KEYS = credential_keys.public_pem(old_private.public_key())
    new_token = client.get(f"/certificates/{certificate.code}/credential.jwt").content.decode()
    keyset = published_key_set(client)
    assert len(keyset["keys"]) == 2
    for token in (old_token, new_token):
        verified = jose_jwt.JWT(jwt=token, key=keyset, algs=["RS256"])
        assert json.loads(verified.claims)["vc"]["id"]
    kids = {
        json.loads(jose_jwt.JWT(jwt=t, key=keyset).header)["kid"] for t in (old_token, new_token)
    }
    assert len(kids) == 2


def test_revocation_shows_in_the_status_list_and_on_the_public_page(client, certificate):
    credential = client.get(f"/certificates/{certificate.code}/credential.json").json()
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    position = int(status["statusListIndex"])
    url = status["statusListCredential"].removeprefix("http://testserver")

    def published_list():
        document = client.get(url).json()
        assert document["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
        subject = document["credentialSubject"]
        assert subject["type"] == "BitstringStatusList"
        assert subject["statusPurpose"] == "revocation"
        assert subject["encodedList"].startswith("u")
        return subject["encodedList"]

    encoded = published_list()
    import base64
    import gzip

    raw = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(raw) * 8 == LIST_SIZE >= 131_072
    assert position not in decode(encoded)

    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "Open Badges 3.0" in html
    assert f"/certificates/{certificate.code}/credential.jwt" in html

    # Staff revoke it in the admin.
    admin = staff_user()
    staff_client = client.__class__()
    staff_client.force_login(admin)
    listing = staff_client.get(f"/admin/snippets/learning/certificate/?q={certificate.code}")
    assert listing.status_code == 200
    bulk = f"/admin/bulk/learning/certificate/revoke/?next=/admin/&id={certificate.pk}"
    assert staff_client.get(bulk).status_code == 200
    assert staff_client.post(bulk).status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None

    assert decode(published_list()) == {position}
    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "This certificate is no longer valid." in html
    assert "This credential has been revoked" in html
    # The signed status list verifies too.
    token = client.get(url + ".jwt").content.decode()
    claims = json.loads(jose_jwt.JWT(jwt=token, key=published_key_set(client)).claims)
    assert decode(claims["vc"]["credentialSubject"]["encodedList"]) == {position}


def test_only_staff_with_permission_can_revoke(client, certificate, user):
    bulk = f"/admin/bulk/learning/certificate/revoke/?next=/admin/&id={certificate.pk}"
    client.force_login(user)  # the holder: no admin access
    client.post(bulk)
    # Staff who may use the admin but not change certificates cannot revoke either.
    viewer = UserFactory()
    viewer.groups.add(Group.objects.get_or_create(name="Certificate viewers")[0])
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_certificate"),
    )
    client.force_login(viewer)
    assert client.get("/admin/snippets/learning/certificate/").status_code == 200
    client.post(bulk)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_alignment_follows_the_current_framework_version(client, certificate, framework):
    new = framework_services.create_new_version(framework)
    framework_services.publish(new)
    credential = client.get(f"/certificates/{certificate.code}/credential.json").json()
    alignment = credential["credentialSubject"]["achievement"]["alignment"]
    assert alignment[0]["targetFramework"] == "CLW competency framework, version 2"
    assert alignment[0]["targetCode"] == str(competencies_of(framework)[0].identity)


def test_gaelic_credential_is_in_gaelic(client, certificate, module, gaelic):
    gd_module = module.copy_for_translation(gaelic, copy_parents=True)
    gd_module.title = "Còmhraidhean math"
    gd_module.summary = "Mar a bhruidhneas tu ri daoine."
    gd_module.save_revision().publish()
    credential = client.get(f"/gd/certificates/{certificate.code}/credential.json").json()
    validate(credential)
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["name"] == "Còmhraidhean math"
    assert achievement["description"] == "Mar a bhruidhneas tu ri daoine."
    assert achievement["inLanguage"] == "gd"
    assert credential["issuer"]["id"] == "http://testserver/credentials/issuer"


def test_closed_account_keeps_a_verifiable_credential_without_identity(client, certificate, user):
    from learning.personal_data import erase

    erase(user)
    credential = client.get(f"/certificates/{certificate.code}/credential.json").json()
    validate(credential)
    assert "identifier" not in credential["credentialSubject"]


def test_production_without_a_key_refuses_to_sign(client, certificate, settings):
    settings.CREDENTIALS_SIGNING_KEY = ""
    settings.CREDENTIALS_EPHEMERAL_KEY = False
    response = client.get(f"/certificates/{certificate.code}/credential.jwt")
    assert response.status_code == 503
    from learning.credentials.checks import signing_key_configured

    assert [e.id for e in signing_key_configured(None)] == ["learning.E001"]


def test_generate_key_command_makes_a_usable_key(settings):
    out = io.StringIO()
    call_command("generate_credentials_key", "--one-line", stdout=out)
    lines = out.getvalue().splitlines()
    settings.CREDENTIALS_SIGNING_KEY = lines[1]
    key = credential_keys.signing_key()
    assert key.private_key.key_size >= 3072
    assert f"# Key id (JWK thumbprint): {key.public.kid}" in lines


def test_unknown_code_is_404(client):
    assert client.get("/certificates/nope/credential.json").status_code == 404
    assert client.get("/certificates/nope/credential.jwt").status_code == 404
