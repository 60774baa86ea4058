"""Personal data held by the network app: who uploaded which library document.

Documents are the network's content, not the uploader's, so erasure keeps them and
only forgets who uploaded them.
"""

from .models import ResourceDocument

MODELS = [ResourceDocument]


def export(user) -> dict:
    return {
        "documents_uploaded": [
            {"title": document.title, "uploaded_at": document.created_at.isoformat()}
            for document in ResourceDocument.objects.filter(uploaded_by_user=user).order_by(
                "created_at"
            )
        ]
    }


def erase(user) -> None:
    ResourceDocument.objects.filter(uploaded_by_user=user).update(uploaded_by_user=None)
