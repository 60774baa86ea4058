from django.db import migrations, models


def from_membership_requests(apps, schema_editor):
    """People who asked to join in Gaelic get their emails in Gaelic from now on."""
    MemberProfile = apps.get_model("accounts", "MemberProfile")
    MembershipRequest = apps.get_model("accounts", "MembershipRequest")
    latest = {}
    for user_id, language in MembershipRequest.objects.order_by("created_at").values_list(
        "user_id", "language"
    ):
        latest[user_id] = language
    for user_id, language in latest.items():
        if language and language != "en":
            MemberProfile.objects.filter(user_id=user_id).update(language=language)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_members_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="memberprofile",
            name="language",
            field=models.CharField(
                choices=[("en", "English"), ("gd", "Scottish Gaelic")],
                default="en",
                help_text="The language of the emails the portal sends you.",
                max_length=10,
                verbose_name="language for emails",
            ),
        ),
        migrations.RunPython(from_membership_requests, migrations.RunPython.noop),
    ]
