"""Reading a SCORM package safely: the zip's entries, then its ``imsmanifest.xml``.

Nothing here touches the database or storage. :func:`inspect_package` either returns a
:class:`PackageInfo` describing a package that is safe to unpack, or raises
:class:`PackageError` with a message an editor can act on.

The zip is checked before anything is unpacked:

- no entry may climb out of the package (``..``), start at the root (``/``, ``C:``)
  or be a symbolic link; encrypted entries are refused;
- limits on the number of files, the total unpacked size and the compression ratio
  (``SCORM_MAX_FILES``, ``SCORM_MAX_UNPACKED_BYTES``, ``SCORM_MAX_COMPRESSION_RATIO``)
  stop zip bombs; :func:`iter_members` counts the bytes actually read as well, so a zip
  whose headers understate its sizes is stopped too.

The manifest is parsed with ``defusedxml`` (no entity expansion, no external DTDs).
"""

import posixpath
import stat
import zipfile
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException, ElementTree
from django.conf import settings
from django.utils.translation import gettext as _

SCORM_12 = "1.2"
SCORM_2004 = "2004"
MANIFEST = "imsmanifest.xml"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3"
CHUNK = 64 * 1024


class PackageError(Exception):
    """The upload is not a SCORM package the portal can use; the message says why."""


def limits():
    """The operator's limits (settings), with safe defaults."""
    return {
        "max_files": getattr(settings, "SCORM_MAX_FILES", 5000),
        "max_bytes": getattr(settings, "SCORM_MAX_UNPACKED_BYTES", 500 * 1024 * 1024),
        "max_ratio": getattr(settings, "SCORM_MAX_COMPRESSION_RATIO", 100),
    }


@dataclass
class Item:
    """An item of the organisation: a title and, for a launchable one, what it launches."""

    identifier: str
    title: str
    href: str = ""
    scorm_type: str = ""
    parameters: str = ""
    mastery_score: str = ""  # SCORM 1.2 adlcp:masteryscore, 0-100
    scaled_passing_score: str = ""  # SCORM 2004 imsss:minNormalizedMeasure, -1..1
    completion_threshold: str = ""  # SCORM 2004 adlcp:completionThreshold, 0..1
    data_from_lms: str = ""
    children: list = field(default_factory=list)


@dataclass
class PackageInfo:
    """What the manifest says, in the shape the portal keeps (see ``ScormPackage``)."""

    version: str
    title: str
    organisation: str
    items: list
    launch: Item
    files: list

    def as_json(self):
        return {
            "version": self.version,
            "title": self.title,
            "organisation": self.organisation,
            "items": [asdict(item) for item in self.items],
            "launch": asdict(self.launch),
        }


def safe_name(name):
    """The entry's path inside the package, or raise PackageError if it could escape."""
    if "\x00" in name:
        raise PackageError(_("The package contains a file with an invalid name."))
    cleaned = name.replace("\\", "/")
    if cleaned.startswith("/") or (len(cleaned) > 1 and cleaned[1] == ":"):
        raise PackageError(
            _("The package contains a file with an absolute path (%(name)s).") % {"name": name}
        )
    parts = [part for part in cleaned.split("/") if part not in ("", ".")]
    if any(part == ".." for part in parts):
        raise PackageError(
            _("The package contains a file that points outside it (%(name)s).") % {"name": name}
        )
    return "/".join(parts)


def _is_symlink(info):
    return stat.S_ISLNK(info.external_attr >> 16)


def check_members(archive):
    """Every file entry of the zip as (safe name, ZipInfo), after the safety checks."""
    limit = limits()
    members = []
    seen = set()
    total = 0
    compressed = 0
    for info in archive.infolist():
        name = safe_name(info.filename)
        if _is_symlink(info):
            raise PackageError(
                _("The package contains a symbolic link (%(name)s), which is not allowed.")
                % {"name": info.filename}
            )
        if info.is_dir() or not name:
            continue
        if info.flag_bits & 0x1:
            raise PackageError(_("The package contains encrypted files."))
        if name.lower() in seen:
            raise PackageError(_("The package contains the file %(name)s twice.") % {"name": name})
        seen.add(name.lower())
        members.append((name, info))
        if len(members) > limit["max_files"]:
            raise PackageError(
                _("The package has more than %(max)s files.") % {"max": limit["max_files"]}
            )
        total += info.file_size
        compressed += info.compress_size
        if total > limit["max_bytes"]:
            raise PackageError(
                _("The package unpacks to more than %(max)s MB.")
                % {"max": limit["max_bytes"] // (1024 * 1024)}
            )
        if info.file_size > 1024 * 1024 and info.file_size > limit["max_ratio"] * max(
            info.compress_size, 1
        ):
            raise PackageError(
                _("The package is compressed suspiciously well (%(name)s); it may be a zip bomb.")
                % {"name": name}
            )
    if total > 1024 * 1024 and total > limit["max_ratio"] * max(compressed, 1):
        raise PackageError(_("The package is compressed suspiciously well; it may be a zip bomb."))
    return members


def iter_members(archive, members):
    """Yield (name, chunks) for each member, stopping if any unpacks beyond its stated size."""
    for name, info in members:
        yield name, _read_limited(archive, info)


def _read_limited(archive, info):
    read = 0
    with archive.open(info) as source:
        while chunk := source.read(CHUNK):
            read += len(chunk)
            if read > info.file_size:
                raise PackageError(_("The package's files are larger than the zip says."))
            yield chunk


def read_member(archive, info):
    return b"".join(_read_limited(archive, info))


def open_zip(fileobj):
    try:
        return zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise PackageError(_("The file is not a zip archive.")) from None


def inspect_package(fileobj):
    """Check the zip and read its manifest. Returns PackageInfo or raises PackageError."""
    with open_zip(fileobj) as archive:
        try:
            members = check_members(archive)
            by_name = dict(members)
            if MANIFEST not in by_name:
                raise PackageError(
                    _("The package has no imsmanifest.xml at its top level; is it a SCORM zip?")
                )
            manifest = read_member(archive, by_name[MANIFEST])
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
            raise PackageError(
                _("The zip archive is damaged or uses an unsupported format.")
            ) from None
    info = parse_manifest(manifest, set(by_name))
    info.files = sorted(by_name)
    return info


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name):
    return [child for child in element if _local(child.tag) == name]


def _child(element, name):
    found = _children(element, name)
    return found[0] if found else None


def _text(element, name):
    child = _child(element, name) if element is not None else None
    return (child.text or "").strip() if child is not None else ""


def _attr(element, name):
    """An attribute by local name, whatever its namespace (adlcp:scormtype, scormType...)."""
    for key, value in element.attrib.items():
        if _local(key).lower() == name.lower():
            return value.strip()
    return ""


def _version(root):
    schema = _text(_child(root, "metadata"), "schemaversion").lower()
    if schema == "1.2":
        return SCORM_12
    if "2004" in schema or schema == "cam 1.3":
        return SCORM_2004
    text = ElementTree.tostring(root, encoding="unicode")
    if ADLCP_2004 in text:
        return SCORM_2004
    if ADLCP_12 in text:
        return SCORM_12
    raise PackageError(_("The manifest does not say it is SCORM 1.2 or SCORM 2004."))


def _decimal(value, low, high, message):
    if not value:
        return ""
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise PackageError(message) from None
    if not number.is_finite() or not low <= number <= high:
        raise PackageError(message)
    return str(number)


def _join(*parts):
    path = ""
    for part in parts:
        if part:
            path = posixpath.join(path, part) if path and not path.endswith("/") else path + part
    return path


def _resource_href(resources, resource, root_base):
    href = _attr(resource, "href")
    if not href:
        return ""
    base = _join(root_base, resources.get(XML_BASE, ""), resource.get(XML_BASE, ""))
    return _join(base, href)


def _launch_path(href):
    """The file part of a launch href (without query or fragment), made safe."""
    path = href.split("#", 1)[0].split("?", 1)[0]
    if "://" in href or href.startswith("//"):
        raise PackageError(
            _("The package launches a page on another website, which is not allowed.")
        )
    try:
        return safe_name(path)
    except PackageError:
        raise PackageError(
            _("The manifest's launch file %(href)s points outside the package.") % {"href": href}
        ) from None


def parse_manifest(data, names):
    """Parse ``imsmanifest.xml`` (bytes); ``names`` are the files in the package."""
    try:
        root = ElementTree.fromstring(data, forbid_dtd=False)
    except ElementTree.ParseError as error:
        raise PackageError(
            _("The package's imsmanifest.xml is not valid XML (%(error)s).") % {"error": error}
        ) from None
    except DefusedXmlException:  # entities and external references are refused
        raise PackageError(
            _("The package's imsmanifest.xml uses XML entities, which are not allowed.")
        ) from None
    if _local(root.tag) != "manifest":
        raise PackageError(_("The package's imsmanifest.xml has no manifest element."))
    version = _version(root)

    resources_el = _child(root, "resources")
    resources = {}
    if resources_el is not None:
        for resource in _children(resources_el, "resource"):
            identifier = _attr(resource, "identifier")
            if identifier:
                resources[identifier] = (
                    _resource_href(resources_el, resource, root.get(XML_BASE, "")),
                    _attr(resource, "scormtype").lower(),
                )

    organisations = _child(root, "organizations")
    candidates = _children(organisations, "organization") if organisations is not None else []
    if not candidates:
        raise PackageError(_("The manifest has no organisation of learning content."))
    default = organisations.get("default", "")
    organisation = next((o for o in candidates if o.get("identifier") == default), candidates[0])

    mastery_message = _("The manifest's mastery score is not a number in the allowed range.")

    def item_of(element):
        ref = _attr(element, "identifierref")
        href, scorm_type = resources.get(ref, ("", "")) if ref else ("", "")
        if ref and ref not in resources:
            raise PackageError(
                _("An item of the manifest refers to a resource that does not exist (%(ref)s).")
                % {"ref": ref}
            )
        sequencing = _child(element, "sequencing")
        scaled = ""
        if sequencing is not None:
            objectives = _child(sequencing, "objectives")
            primary = _child(objectives, "primaryObjective") if objectives is not None else None
            if primary is not None and primary.get("satisfiedByMeasure", "").lower() == "true":
                scaled = _decimal(
                    _text(primary, "minNormalizedMeasure") or "1", -1, 1, mastery_message
                )
        threshold_el = _child(element, "completionThreshold")
        threshold = ""
        if threshold_el is not None:
            raw = threshold_el.get("minProgressMeasure") or (threshold_el.text or "").strip()
            if threshold_el.get("completedByMeasure", "true").lower() == "true" and raw:
                threshold = _decimal(raw, 0, 1, mastery_message)
        item = Item(
            identifier=_attr(element, "identifier"),
            title=_text(element, "title"),
            href=href,
            scorm_type=scorm_type,
            parameters=_attr(element, "parameters"),
            mastery_score=_decimal(_text(element, "masteryscore"), 0, 100, mastery_message),
            scaled_passing_score=scaled,
            completion_threshold=threshold,
            data_from_lms=_text(element, "datafromlms") or _text(element, "dataFromLMS"),
        )
        item.children = [item_of(child) for child in _children(element, "item")]
        return item

    items = [item_of(child) for child in _children(organisation, "item")]

    def flatten(entries):
        for entry in entries:
            yield entry
            yield from flatten(entry.children)

    launch = next((item for item in flatten(items) if item.href), None)
    if launch is None:
        raise PackageError(_("The manifest has no item that launches any content."))
    path = _launch_path(launch.href)
    if path not in names:
        raise PackageError(
            _("The manifest's launch file %(href)s is not in the package.") % {"href": path}
        )
    launch.href = path + launch.href[len(launch.href.split("#", 1)[0].split("?", 1)[0]) :]
    title = _text(organisation, "title") or launch.title
    return PackageInfo(
        version=version,
        title=title[:255],
        organisation=organisation.get("identifier", ""),
        items=items,
        launch=launch,
        files=[],
    )
