"""The issuer's signing key (RS256) and the public keys it publishes as JWKs.

* ``CREDENTIALS_SIGNING_KEY``: the current RSA private key, PEM (``\\n`` escapes allowed,
  so it fits in one environment variable). ``manage.py generate_credentials_key`` makes one.
* ``CREDENTIALS_RETIRED_PUBLIC_KEYS``: the public keys (PEM, one after another) of keys
  used before, so credentials signed with them stay verifiable after a rotation.
* ``CREDENTIALS_EPHEMERAL_KEY`` (development and tests only): with no key configured, make
  one (kept in ``CREDENTIALS_DEV_KEY_FILE`` when set, so restarts keep it). Production
  never does this; a system check refuses to start without a key.

Each key is named by its RFC 7638 thumbprint; a JWT's ``kid`` is the URL at which its
public JWK is published. Published JWKs never carry private parts.
"""

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PEM_BLOCK = re.compile(r"-----BEGIN [A-Z ]+-----.+?-----END [A-Z ]+-----", re.DOTALL)
_lock = threading.Lock()
_ephemeral = {}


class NoSigningKey(ImproperlyConfigured):
    """No signing key is configured, so no credential can be signed."""


@dataclass(frozen=True)
class PublicKey:
    kid: str
    jwk: dict


@dataclass(frozen=True)
class SigningKey:
    private_key: rsa.RSAPrivateKey
    public: PublicKey


def generate_private_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def private_pem(private_key):
    return private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def public_pem(public_key):
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def _b64(number):
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def public_jwk(public_key):
    """The public key as a JWK (kty, n, e, kid, alg, use): never any private parts."""
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise ImproperlyConfigured("Credential keys must be RSA keys (RS256).")
    numbers = public_key.public_numbers()
    core = {"e": _b64(numbers.e), "kty": "RSA", "n": _b64(numbers.n)}
    thumbprint = hashlib.sha256(
        json.dumps(core, separators=(",", ":"), sort_keys=True).encode()
    ).digest()
    kid = base64.urlsafe_b64encode(thumbprint).rstrip(b"=").decode()
    return PublicKey(kid=kid, jwk={**core, "kid": kid, "alg": "RS256", "use": "sig"})


def _pem_text(value):
    return value.replace("\\n", "\n").strip()


def _load_private(text):
    try:
        key = serialization.load_pem_private_key(_pem_text(text).encode(), password=None)
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            "CREDENTIALS_SIGNING_KEY is not a PEM private key without a passphrase."
        ) from error
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < 2048:
        raise ImproperlyConfigured(
            "CREDENTIALS_SIGNING_KEY must be an RSA key of 2048 bits or more."
        )
    return key


def _ephemeral_key():
    with _lock:
        if "key" not in _ephemeral:
            path = getattr(settings, "CREDENTIALS_DEV_KEY_FILE", "")
            if path and Path(path).exists():
                _ephemeral["key"] = _load_private(Path(path).read_text())
            else:
                key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
                if path:
                    Path(path).write_text(private_pem(key))
                    Path(path).chmod(0o600)
                _ephemeral["key"] = key
        return _ephemeral["key"]


def signing_key():
    """The current signing key. Raises NoSigningKey when none is configured (production)."""
    configured = getattr(settings, "CREDENTIALS_SIGNING_KEY", "")
    if configured:
        private_key = _load_private(configured)
    elif getattr(settings, "CREDENTIALS_EPHEMERAL_KEY", False):
        private_key = _ephemeral_key()
    else:
        raise NoSigningKey("Set CREDENTIALS_SIGNING_KEY to issue Open Badges credentials.")
    return SigningKey(private_key, public_jwk(private_key.public_key()))


def retired_keys():
    """The retired public keys, still published so old credentials verify."""
    text = _pem_text(getattr(settings, "CREDENTIALS_RETIRED_PUBLIC_KEYS", "") or "")
    keys = []
    for block in PEM_BLOCK.findall(text):
        try:
            loaded = serialization.load_pem_public_key(block.encode())
        except ValueError as error:
            raise ImproperlyConfigured(
                "CREDENTIALS_RETIRED_PUBLIC_KEYS holds something that is not a PEM public key."
            ) from error
        keys.append(public_jwk(loaded))
    return keys


def published_keys():
    """Every public key verifiers may need: the current one first, then retired ones."""
    keys = []
    try:
        keys.append(signing_key().public)
    except NoSigningKey:
        pass
    for key in retired_keys():
        if key.kid not in {k.kid for k in keys}:
            keys.append(key)
    return keys
