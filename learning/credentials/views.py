"""Public URLs of the Open Badges credentials: anyone may fetch them, as verifiers must.

* ``/certificates/<code>/credential.json`` – the ``OpenBadgeCredential`` (JSON-LD).
* ``/certificates/<code>/credential.jwt`` – the same, signed as a VC-JWT (RS256).
* ``/credentials/issuer`` – the network's issuer ``Profile`` with its public keys;
  ``/credentials/issuer/jwks.json`` the keys as a JWK set; ``/credentials/keys/<kid>``
  one key (each JWT's ``kid``).
* ``/credentials/status/<n>`` – revocation status list ``n`` (``.jwt``: signed).
"""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from ..models import Certificate
from . import build
from .keys import NoSigningKey, published_keys
from .status import revoked_positions


def _json(data, *, content_type="application/json", max_age=300, filename=None):
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type=content_type
    )
    return _public(response, max_age=max_age, filename=filename)


def _public(response, *, max_age=300, filename=None):
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={max_age}"
    response["X-Robots-Tag"] = "noindex"
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _unavailable():
    response = HttpResponse(
        _("Signed credentials cannot be issued at the moment. Please try again later."),
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = "3600"
    return response


def _download_name(request, certificate, extension):
    if request.GET.get("download"):
        return f"certificate-{certificate.code}-credential.{extension}"
    return None


def credential_json(request, code):
    certificate = get_object_or_404(Certificate, code=code)
    return _json(
        build.credential(certificate),
        content_type="application/ld+json",
        max_age=60,
        filename=_download_name(request, certificate, "json"),
    )


def credential_jwt(request, code):
    certificate = get_object_or_404(Certificate, code=code)
    try:
        token = build.sign(build.credential(certificate))
    except NoSigningKey:
        return _unavailable()
    response = HttpResponse(token, content_type="application/jwt")
    return _public(response, max_age=60, filename=_download_name(request, certificate, "jwt"))


def issuer(request):
    return _json(build.issuer_profile(full=True), content_type="application/ld+json")


def jwks(request):
    return _json({"keys": [build.published_jwk(key) for key in published_keys()]})


def key(request, kid):
    for published in published_keys():
        if published.kid == kid:
            return _json(
                build.published_jwk(published), content_type="application/jwk+json", max_age=3600
            )
    raise Http404


def status_list(request, number):
    return _json(build.status_list_credential(number, revoked_positions(number)), max_age=300)


def status_list_jwt(request, number):
    document = build.status_list_credential(number, revoked_positions(number))
    try:
        token = build.sign(document, subject=document["credentialSubject"]["id"])
    except NoSigningKey:
        return _unavailable()
    return _public(HttpResponse(token, content_type="application/jwt"), max_age=300)
