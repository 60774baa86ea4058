"""The W3C Bitstring Status List (v1.0) that says which credentials are revoked.

Each credential has a random, unused position in a list of ``LIST_SIZE`` bits (131,072,
the minimum the specification sets, so that a position says nothing about who holds it).
A set bit means revoked. The list is published, gzip-compressed and base64url-encoded
with the multibase ``u`` prefix, as a ``BitstringStatusListCredential``.
"""

import base64
import gzip
import secrets

from django.db import IntegrityError, transaction

from .models import IssuedCredential

LIST_SIZE = 131_072
#: Start a new list when this many positions of the current one are taken.
LIST_FILL = LIST_SIZE // 2


def encode(revoked_positions, size=LIST_SIZE):
    """The ``encodedList`` for a list with these positions set."""
    bits = bytearray(size // 8)
    for position in revoked_positions:
        if 0 <= position < size:
            bits[position // 8] |= 0x80 >> (position % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode()


def decode(encoded_list):
    """The positions set in an ``encodedList`` (for tests and checks)."""
    text = encoded_list[1:] if encoded_list.startswith("u") else encoded_list
    raw = gzip.decompress(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    return {
        index * 8 + bit
        for index, byte in enumerate(raw)
        if byte
        for bit in range(8)
        if byte & (0x80 >> bit)
    }


def revoked_positions(list_number):
    return set(
        IssuedCredential.objects.filter(
            status_list=list_number, certificate__revoked_at__isnull=False
        ).values_list("status_index", flat=True)
    )


def credential_for(certificate):
    """The certificate's IssuedCredential, made with a random free position if need be."""
    existing = IssuedCredential.objects.filter(certificate=certificate).first()
    if existing is not None:
        return existing
    list_number = 1 + IssuedCredential.objects.count() // LIST_FILL
    for _try in range(20):
        try:
            with transaction.atomic():
                return IssuedCredential.objects.create(
                    certificate=certificate,
                    status_list=list_number,
                    status_index=secrets.randbelow(LIST_SIZE),
                )
        except IntegrityError:
            existing = IssuedCredential.objects.filter(certificate=certificate).first()
            if existing is not None:
                return existing
    raise RuntimeError("No free position in the credential status list.")
