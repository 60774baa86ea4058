"""Reading SCORM packages: the manifest, and every kind of package that is refused."""

import io
import zipfile

import pytest

from learning.scorm.package import PackageError, inspect_package
from tests.factories.scorm import (
    MANIFEST_12,
    build_package,
    symlink_entry,
    zip_with,
)


def inspect(data):
    return inspect_package(io.BytesIO(data))


def refused(data):
    with pytest.raises(PackageError) as error:
        inspect(data)
    return str(error.value)


def test_scorm_12_manifest_gives_title_launch_and_mastery_score():
    info = inspect(build_package("1.2", title="Referral basics", mastery=80))
    assert info.version == "1.2"
    assert info.title == "Referral basics"
    assert info.launch.href == "index.html"
    assert info.launch.scorm_type == "sco"
    assert info.launch.mastery_score == "80"
    assert info.items[0].title == "Referral basics: the activity"
    assert info.files == ["imsmanifest.xml", "index.html", "sco.js"]


def test_scorm_2004_manifest_gives_the_scaled_passing_score():
    info = inspect(build_package("2004", mastery="0.8"))
    assert info.version == "2004"
    assert info.launch.scaled_passing_score == "0.8"
    assert info.launch.mastery_score == ""


def test_launch_in_a_folder_with_xml_base_and_parameters():
    manifest = MANIFEST_12.format(title="T", launch="index.html?start=1", mastery="").replace(
        "<resources>", '<resources xml:base="content/">'
    )
    data = zip_with(
        [
            ("imsmanifest.xml", manifest.encode()),
            ("content/index.html", b"<html></html>"),
        ]
    )
    info = inspect(data)
    assert info.launch.href == "content/index.html?start=1"


def test_a_zip_without_a_manifest_is_refused():
    assert "imsmanifest.xml" in refused(build_package(omit={"imsmanifest.xml"}))


def test_a_missing_launch_file_is_refused():
    message = refused(build_package(launch="start.html"))
    assert "start.html" in message and "not in the package" in message


def test_not_a_zip_is_refused():
    assert "not a zip" in refused(b"this is a text file")


def test_invalid_xml_is_refused():
    assert "not valid XML" in refused(build_package(manifest="<manifest><unclosed>"))


def test_xml_entities_are_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><manifest>&b;</manifest>'
    )
    assert "entities" in refused(build_package(manifest=bomb))


def test_a_manifest_that_is_not_scorm_is_refused():
    manifest = (
        '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><organizations/></manifest>'
    )
    assert "SCORM 1.2 or SCORM 2004" in refused(build_package(manifest=manifest))


def test_a_launch_on_another_website_is_refused():
    assert "another website" in refused(build_package(launch="https://example.com/x.html"))


def test_path_traversal_is_refused():
    data = build_package(extra={"../../etc/evil.html": b"x"})
    assert "points outside" in refused(data)


def test_a_windows_style_traversal_is_refused():
    data = build_package(extra={"content\\..\\..\\evil.html": b"x"})
    assert "points outside" in refused(data)


def test_absolute_paths_are_refused():
    assert "absolute path" in refused(build_package(extra={"/etc/passwd": b"x"}))
    assert "absolute path" in refused(build_package(extra={"C:/evil.html": b"x"}))


def test_symbolic_links_are_refused():
    entries = [
        (
            "imsmanifest.xml",
            MANIFEST_12.format(title="T", launch="index.html", mastery="").encode(),
        ),
        ("index.html", b"<html></html>"),
        symlink_entry("secrets.txt", "/etc/passwd"),
    ]
    assert "symbolic link" in refused(zip_with(entries))


def test_a_zip_bomb_is_refused_by_its_compression_ratio():
    data = build_package(extra={"padding.bin": b"\0" * (20 * 1024 * 1024)})
    assert "zip bomb" in refused(data)


def test_too_many_files_are_refused(settings):
    settings.SCORM_MAX_FILES = 5
    data = build_package(extra={f"img/{n}.png": b"x" for n in range(5)})
    assert "more than 5 files" in refused(data)


def test_too_large_when_unpacked_is_refused(settings):
    settings.SCORM_MAX_UNPACKED_BYTES = 1024 * 1024
    settings.SCORM_MAX_COMPRESSION_RATIO = 10_000
    data = build_package(extra={"video.bin": b"\0" * (2 * 1024 * 1024)})
    assert "more than 1 MB" in refused(data)


def test_a_zip_that_lies_about_its_sizes_is_stopped_while_reading():
    from learning.scorm.package import _read_limited

    data = build_package(extra={"big.bin": b"a" * 5000})
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo("big.bin")
    info.file_size = 100  # the header claims less than the entry holds
    with pytest.raises((PackageError, zipfile.BadZipFile)):
        b"".join(_read_limited(archive, info))
