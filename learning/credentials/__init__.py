"""Open Badges 3.0 credentials for certificates: building, signing keys and the status list.

* :mod:`.build` – a certificate as an ``OpenBadgeCredential`` (W3C VC 2.0 data model),
  aligned to the competencies of the current framework version, and as a VC-JWT.
* :mod:`.keys` – the RS256 signing key from the environment, retired public keys, JWKs.
* :mod:`.status` – the W3C Bitstring Status List that says which credentials are revoked.
* :mod:`.views` – the public URLs (credential, issuer profile, keys, status list).

See README.md ("Open Badges 3.0 credentials").
"""
