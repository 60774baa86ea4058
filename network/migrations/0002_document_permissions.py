"""Give the Editors and Moderators groups the resource library's document permissions.

Wagtail grants these on its own document model; with WAGTAILDOCS_DOCUMENT_MODEL set
to network.ResourceDocument the same permissions are needed on it (site-wide and on
the root collection), or editors could not upload, edit or choose documents.
"""

from django.db import migrations

CODENAMES = {
    "add_resourcedocument": "Can add document",
    "change_resourcedocument": "Can change document",
    "delete_resourcedocument": "Can delete document",
    "choose_document": "Can choose document",
}
GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="network", model="resourcedocument"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in CODENAMES.items()
    ]
    root = Collection.objects.filter(depth=1).first()
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)
        if root is not None:
            for permission in permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
