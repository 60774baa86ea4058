"""The "Members" group, and network staff's permission to decide membership requests."""

from django.db import migrations

MEMBERS = "Members"
STAFF_GROUPS = ["Moderators", "Editors"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    Group.objects.get_or_create(name=MEMBERS)
    content_type, _ = ContentType.objects.get_or_create(
        app_label="accounts", model="membershiprequest"
    )
    decide, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="change_membershiprequest",
        defaults={"name": "Can change membership request"},
    )
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(decide)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=MEMBERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_membership"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
