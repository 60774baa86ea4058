from django.db import migrations, models

from portal.search.models import facet_keys
from portal.search.ranking import RANKED_FIELDS, stems_column, stored_stems


def fill(apps, schema_editor):
    """Stems and facet keys for the documents already indexed (new ones get them when
    written by portal.search.stores.DatabaseStore.write)."""
    IndexedDocument = apps.get_model("portal_search", "IndexedDocument")
    DocumentFacet = apps.get_model("portal_search", "DocumentFacet")
    pairs = {}
    for document_id, kind, value in DocumentFacet.objects.values_list(
        "document_id", "kind", "value"
    ):
        pairs.setdefault(document_id, set()).add((kind, value))
    columns = [stems_column(name) for name in RANKED_FIELDS] + ["facet_keys"]
    changed = []
    for document in IndexedDocument.objects.only("pk", *RANKED_FIELDS).iterator():
        for name in RANKED_FIELDS:
            setattr(document, stems_column(name), stored_stems(getattr(document, name)))
        document.facet_keys = facet_keys(pairs.get(document.pk, ()))
        changed.append(document)
    IndexedDocument.objects.bulk_update(changed, columns, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0002_document_taxonomy"),
    ]

    operations = [
        migrations.AddField(
            model_name="indexeddocument",
            name="facet_keys",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="indexeddocument",
            name="summary_stems",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="indexeddocument",
            name="taxonomy_stems",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="indexeddocument",
            name="title_stems",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
