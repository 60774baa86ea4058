"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys
from pathlib import Path

from learning.credentials.keys import generate_private_key, private_pem

ROOT = Path(__file__).resolve().parent.parent


def _check(env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _check({"ALLOWED_HOSTS": "clw.scot"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment for production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _check({"SECRET_KEY": "x" * 60})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set in the environment for production" in result.stderr


def test_production_starts_with_its_secrets():
    signing_key = private_pem(generate_private_key()).replace("\n", "\\n")
    result = _check(
        {
            "SECRET_KEY": "s3cr3t-" * 10,
            "ALLOWED_HOSTS": "clw.scot",
            "CREDENTIALS_SIGNING_KEY": signing_key,
        }
    )
    assert result.returncode == 0, result.stderr
