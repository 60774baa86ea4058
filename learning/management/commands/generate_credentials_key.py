"""Make a new RSA signing key for Open Badges credentials (RS256)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from learning.credentials.keys import generate_private_key, private_pem, public_jwk, public_pem


class Command(BaseCommand):
    help = (
        "Generate an RSA key for signing Open Badges credentials. Prints the private key "
        "(for CREDENTIALS_SIGNING_KEY) or writes it to --out, and prints the public key "
        "(to add to CREDENTIALS_RETIRED_PUBLIC_KEYS when you later rotate it out)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--out", help="Write the private key to this file (mode 600).")
        parser.add_argument(
            "--one-line",
            action="store_true",
            help="Print the private key on one line with \\n escapes, for .env files.",
        )

    def handle(self, *args, out=None, one_line=False, **options):
        key = generate_private_key()
        pem = private_pem(key)
        kid = public_jwk(key.public_key()).kid
        if out:
            path = Path(out)
            path.write_text(pem)
            path.chmod(0o600)
            self.stderr.write(f"Private key written to {path} (keep it secret).")
        else:
            self.stdout.write("# CREDENTIALS_SIGNING_KEY (keep it secret):")
            self.stdout.write(pem.strip().replace("\n", "\\n") if one_line else pem.strip())
        self.stdout.write(f"# Key id (JWK thumbprint): {kid}")
        self.stdout.write(
            "# Public key (publish it in CREDENTIALS_RETIRED_PUBLIC_KEYS after rotation):"
        )
        self.stdout.write(public_pem(key.public_key()).strip())
