"""``manage.py import_scorm PATH --module SLUG``: add a SCORM package to a module as a lesson."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from learning.models import ModulePage
from learning.scorm.forms import max_upload_bytes
from learning.scorm.package import PackageError
from learning.scorm.services import add_lesson


class Command(BaseCommand):
    help = (
        "Check a SCORM 1.2 or 2004 zip and add it as a new SCORM lesson at the end of a "
        "module (published unless --draft). A broken package changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The SCORM zip file.")
        parser.add_argument("--module", required=True, help="The module's slug.")
        parser.add_argument("--locale", default="en", help="The module's language (default: en).")
        parser.add_argument(
            "--title", default="", help="The lesson's title (default: the package's)."
        )
        parser.add_argument("--draft", action="store_true", help="Add the lesson unpublished.")

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        limit = max_upload_bytes()
        if path.stat().st_size > limit:
            raise CommandError(
                f"{path} is larger than the upload limit of {limit // (1024 * 1024)} MB."
            )
        modules = ModulePage.objects.filter(
            slug=options["module"], locale__language_code=options["locale"]
        )
        if not modules.exists():
            raise CommandError(
                f"No module with the slug {options['module']!r} ({options['locale']})."
            )
        if modules.count() > 1:
            raise CommandError(f"More than one module has the slug {options['module']!r}.")
        module = modules.get()
        try:
            with path.open("rb") as handle:
                lesson = add_lesson(
                    module,
                    handle,
                    filename=path.name,
                    title=options["title"],
                    publish=not options["draft"],
                )
        except PackageError as error:
            raise CommandError(f"{path.name} was not imported: {error}") from None
        package = lesson.package
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {lesson.title!r} ({package.get_version_display()}, "
                f"{len(package.files)} files) to {module.title!r} at {lesson.url_path}"
            )
        )
