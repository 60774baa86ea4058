"""Storing SCORM packages: a checked zip unpacked into Django's default storage.

Used by the lesson's admin form and by :mod:`.services`; it imports no page or form.
"""

import zipfile
from decimal import Decimal
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

from .models.records import ScormPackage
from .package import PackageError, check_members, inspect_package, iter_members, open_zip


def import_package(fileobj, filename=""):
    """Check and unpack a SCORM zip; returns the new ScormPackage or raises PackageError."""
    info = inspect_package(fileobj)
    fileobj.seek(0)
    launch = info.launch
    package = ScormPackage(
        title=info.title or Path(filename).stem or _("SCORM package"),
        version=info.version,
        launch=launch.href + _parameters(launch),
        manifest=info.as_json(),
        files=info.files,
        mastery_score=Decimal(launch.mastery_score) if launch.mastery_score else None,
        scaled_passing_score=(
            Decimal(launch.scaled_passing_score) if launch.scaled_passing_score else None
        ),
        completion_threshold=(
            Decimal(launch.completion_threshold) if launch.completion_threshold else None
        ),
        original_filename=Path(filename).name[:255],
    )
    saved = []
    try:
        with open_zip(fileobj) as archive:
            members = check_members(archive)
            for name, chunks in iter_members(archive, members):
                content = b"".join(chunks)
                package.size_bytes += len(content)
                stored = default_storage.save(package.storage_prefix + name, ContentFile(content))
                saved.append(stored)
                if stored != package.storage_prefix + name:
                    raise PackageError(_("The package could not be stored; please try again."))
        package.save()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
        _delete(saved)
        raise PackageError(_("The zip archive is damaged or uses an unsupported format.")) from None
    except BaseException:
        _delete(saved)
        raise
    return package


def _delete(names):
    for name in names:
        default_storage.delete(name)


def _parameters(item):
    """An item's launch parameters (``?a=b`` or ``#x``), joined to its href as SCORM says."""
    parameters = item.parameters.strip()
    if not parameters:
        return ""
    if parameters[0] in "?#":
        if parameters[0] == "?" and "?" in item.href:
            return "&" + parameters[1:]
        return parameters
    return ("&" if "?" in item.href else "?") + parameters


def delete_package_files(package):
    for name in package.files:
        default_storage.delete(package.storage_prefix + name)
