"""A certificate as an Open Badges 3.0 ``OpenBadgeCredential`` and as a signed VC-JWT.

The credential follows the W3C Verifiable Credentials 2.0 data model and 1EdTech's
OB 3.0 JSON Schema (``tests/learning/ob_v3p0_achievementcredential_schema.json``):

* ``issuer``: the network's ``Profile`` at ``<site>/credentials/issuer``.
* ``credentialSubject``: an opaque ``urn:uuid:`` per award, the ``Achievement`` (name,
  description and criteria in the credential's language) aligned to each competency the
  module develops in the current framework version, and an ``IdentityObject`` holding the
  learner's email lower-cased, salted and hashed (``sha256$…``) – never in clear.
* ``credentialStatus``: the credential's bit in the revocation status list.
* As a VC-JWT (RS256): the credential in the ``vc`` claim, with ``iss``, ``jti``, ``sub``
  and ``nbf`` (and ``exp`` if the credential had ``validUntil``; certificates do not
  expire) mapped from it, and ``kid`` the URL of the signing key's JWK.
"""

import hashlib
from datetime import UTC

import jwt
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from frameworks import selectors as framework_selectors

from ..competencies import developed_levels, framework_page_path
from ..models import ModulePage
from .keys import signing_key
from .status import credential_for

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
LANGUAGE_TAGS = {"en": "en-GB", "gd": "gd"}
NETWORK = "Scottish Community Link Worker Network"


def site():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(path):
    return path if path.startswith("http") else site() + path


def stable_url(name, *args):
    """A public URL without a language prefix, so it is the same in every language."""
    with translation.override(settings.LANGUAGE_CODE):
        return site() + reverse(name, args=args)


def issuer_id():
    return stable_url("learning:credential_issuer")


def status_list_url(number):
    return stable_url("learning:credential_status", number)


def key_url(kid):
    return stable_url("learning:credential_key", kid)


def published_jwk(key):
    """A public key as published: its ``kid`` is the URL where it can be fetched, the same
    value each JWT signed with it carries in its header."""
    return {**key.jwk, "kid": key_url(key.kid)}


def issuer_profile(*, full=False):
    """The network's issuer ``Profile``; ``full`` adds the public keys (for its own URL)."""
    from .keys import published_keys

    profile = {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": _(NETWORK),
        "url": site() + "/",
    }
    if full:
        profile = {
            "@context": [VC_CONTEXT, OB_CONTEXT],
            **profile,
            "description": _(
                "The Scottish Community Link Worker Network issues these credentials to "
                "community link workers who complete its learning modules."
            ),
            "publicKey": [published_jwk(key) for key in published_keys()],
        }
    return profile


def language_tag():
    code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return LANGUAGE_TAGS.get(code, code)


def _module_in_language(module_key):
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    pages = list(
        ModulePage.objects.live().filter(translation_key=module_key).select_related("locale")
    )
    for page in pages:
        if page.locale.language_code == language:
            return page
    for page in pages:
        if page.locale.language_code == settings.LANGUAGE_CODE:
            return page
    return pages[0] if pages else None


def alignments(module):
    """One ``Alignment`` per competency the module develops, in the current framework."""
    if module is None:
        return []
    levels = developed_levels(module)
    framework = framework_selectors.current_framework()
    if not levels or framework is None:
        return []
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    structure = framework_selectors.load_structure(framework, language)
    framework_path = framework_page_path(language)
    framework_name = _("%(name)s, version %(version)s") % {
        "name": structure.display.name,
        "version": framework.version,
    }
    items = []
    for competency in structure.competencies:
        level = levels.get(str(competency.identity))
        if level is None:
            continue
        shown = competency.display
        item = {
            "type": ["Alignment"],
            "targetName": f"{shown.code} {shown.title}",
            "targetUrl": absolute(f"{framework_path}#{competency.anchor}")
            if framework_path
            else site() + "/",
            "targetFramework": framework_name,
            "targetCode": str(competency.identity),
            "targetType": "ceasn:Competency",
        }
        descriptor = strip_tags(shown.descriptor(level) or shown.description or "").strip()
        if descriptor:
            item["targetDescription"] = descriptor
        items.append(item)
    return items


def identity_hash(email, salt):
    """OB's salted identity hash of an email address (lower-cased first)."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def _when(value):
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def credential(certificate):
    """The certificate as an ``OpenBadgeCredential`` in the active language (a dict)."""
    issued = credential_for(certificate)
    module = _module_in_language(certificate.module_key)
    title = module.title if module else certificate.module_title
    description = (module.summary if module else "") or _(
        "A learning module of the Scottish Community Link Worker Network."
    )
    achievement = {
        "id": f"urn:uuid:{certificate.module_key}",
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": title,
        "description": description,
        "criteria": {
            "narrative": _(
                "Completed every required lesson of the module “%(module)s” on the CLW "
                "Network portal, including passing its knowledge checks."
            )
            % {"module": title},
        },
        "inLanguage": language_tag(),
        "creator": issuer_profile(),
    }
    if module is not None and module.url:
        achievement["criteria"]["id"] = absolute(module.url)
    aligned = alignments(module)
    if aligned:
        achievement["alignment"] = aligned
    subject = {
        "id": f"urn:uuid:{issued.subject_id}",
        "type": ["AchievementSubject"],
        "achievement": achievement,
    }
    user = certificate.user
    if user is not None and user.email and not certificate.holder_account_closed:
        subject["identifier"] = [
            {
                "type": "IdentityObject",
                "identityHash": identity_hash(user.email, issued.salt),
                "identityType": "emailAddress",
                "hashed": True,
                "salt": issued.salt,
            }
        ]
    status_url = status_list_url(issued.status_list)
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": f"urn:uuid:{issued.credential_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "description": _("Certificate of completion: %(module)s") % {"module": title},
        "issuer": issuer_profile(),
        "validFrom": _when(certificate.issued_at),
        "awardedDate": _when(certificate.issued_at),
        "credentialSubject": subject,
        "credentialStatus": {
            "id": f"{status_url}#{issued.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(issued.status_index),
            "statusListCredential": status_url,
        },
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }


def sign(payload_credential, *, subject=None):
    """A VC-JWT (RS256) carrying ``payload_credential`` in its ``vc`` claim."""
    from datetime import datetime

    key = signing_key()
    valid_from = datetime.fromisoformat(payload_credential["validFrom"].replace("Z", "+00:00"))
    claims = {
        "iss": payload_credential["issuer"]["id"]
        if isinstance(payload_credential["issuer"], dict)
        else payload_credential["issuer"],
        "jti": payload_credential["id"],
        "sub": subject or payload_credential["credentialSubject"]["id"],
        "nbf": int(valid_from.timestamp()),
        "iat": int(valid_from.timestamp()),
        "vc": payload_credential,
    }
    if payload_credential.get("validUntil"):
        valid_until = datetime.fromisoformat(
            payload_credential["validUntil"].replace("Z", "+00:00")
        )
        claims["exp"] = int(valid_until.timestamp())
    return jwt.encode(
        claims,
        key.private_key,
        algorithm="RS256",
        headers={"kid": key_url(key.public.kid), "typ": "JWT"},
    )


def status_list_credential(number, revoked):
    """The ``BitstringStatusListCredential`` for list ``number`` with ``revoked`` positions set."""
    from django.utils import timezone

    from .status import encode

    url = status_list_url(number)
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": _when(timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode(revoked),
        },
    }
