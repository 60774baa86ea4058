"""The demo content files under ``demo/``: each one loads, is used, and lines up with English."""

import pytest
import yaml
from django.core.management import call_command

from portal.core import demo_tools

ROOT = demo_tools.content_root()
DOCS = {"README.md"}


def _files(language=None):
    base = ROOT / language if language else ROOT
    return sorted(
        str(path.relative_to(ROOT))
        for path in base.rglob("*")
        if path.is_file() and path.name not in DOCS
    )


def _strings(value):
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def test_there_are_content_files_in_both_languages():
    assert len(_files("en")) > 50
    assert len(_files("gd")) > 10
    assert set(_files()) == set(_files("en")) | set(_files("gd"))


@pytest.mark.parametrize("path", _files())
def test_every_content_file_is_valid_yaml(path):
    assert path.endswith(".yaml"), "demo content files are YAML"
    data = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data


@pytest.mark.parametrize("path", _files("gd"))
def test_every_gaelic_string_has_an_english_partner(path):
    """A Gaelic file mirrors its English file: a misplaced string would silently stay English."""
    relative = path.removeprefix("gd/")
    assert (ROOT / "en" / relative).is_file(), f"{path} has no English file"
    gaelic = demo_tools.content(relative, "gd")
    pairs = demo_tools.paired_strings(demo_tools.content(relative), gaelic)
    unpaired = [s for s in _strings(gaelic) if s not in pairs.values()]
    assert not unpaired, f"{path}: no English string in the same place for {unpaired[:3]}"


@pytest.mark.django_db
def test_loading_the_demo_reads_every_content_file():
    """No orphans: every file under demo/ is read by some loader."""
    call_command("load_demo_content", verbosity=0)
    assert set(_files()) - demo_tools.files_read == set()
