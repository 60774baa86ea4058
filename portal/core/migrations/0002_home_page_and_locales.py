"""Replace Wagtail's welcome page with the portal's HomePage and add the Gaelic locale."""

import uuid

from django.db import migrations


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("core.HomePage")

    english, _ = Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="gd")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    if HomePage.objects.filter(depth=2).exists():
        return

    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="core")
    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=english,
        translation_key=uuid.uuid4(),
        live=True,
        hero_heading="Scottish Community Link Worker Network",
    )
    Page.objects.filter(depth=1).update(numchild=1)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page_id = home.id
        site.site_name = "Scottish Community Link Worker Network"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Scottish Community Link Worker Network",
        )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
