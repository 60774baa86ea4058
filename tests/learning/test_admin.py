"""Editors build modules and lessons in the Wagtail admin; lesson blocks render."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from learning.blocks import QuestionBlock
from portal.accounts.models import MemberProfile
from tests.factories.accounts import UserFactory, programme_manager
from tests.factories.core import OrganisationFactory
from tests.factories.learning import LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_editor_forms_for_every_learning_page_type(admin_client, index, module, lessons):
    for model in ("modulepage", "pathwaypage"):
        response = admin_client.get(f"/admin/pages/add/learning/{model}/{index.pk}/")
        assert response.status_code == 200
    assert admin_client.get(f"/admin/pages/add/learning/lessonpage/{module.pk}/").status_code == 200
    for page in (index, module, lessons[2]):
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_question_block_needs_the_right_number_of_correct_answers():
    from wagtail.blocks import StructBlockValidationError

    block = QuestionBlock()
    value = block.to_python(
        {
            "kind": "single",
            "question": "Q?",
            "options": [
                {"text": "A", "correct": True, "feedback": "a"},
                {"text": "B", "correct": True, "feedback": "b"},
            ],
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    value["kind"] = "multiple"
    assert block.clean(value)


def test_callout_and_resource_blocks_render(client, module):
    document = get_document_model().objects.create(title="Referral checklist")
    document.file.save("checklist.pdf", ContentFile(b"%PDF-1.4 test"))
    lesson = LessonPageFactory(
        parent=module,
        body=[
            ("callout", {"kind": "warning", "title": "Safeguarding", "text": "<p>Act.</p>"}),
            ("resource", {"document": document, "title": "", "description": "Use it."}),
        ],
    )
    html = client.get(lesson.url).content.decode()
    assert "Safeguarding" in html and "Take care" in html
    assert "Referral checklist" in html and document.url in html and "Use it." in html


def test_manager_view_pages_its_learners(client, module):
    organisation = OrganisationFactory()
    manager = programme_manager(organisation)
    for i in range(51):
        person = UserFactory()
        MemberProfile.objects.filter(user=person).update(
            organisation=organisation, display_name=f"Learner {i:02d}"
        )
    client.force_login(manager)
    first = client.get("/my-learning/team/").content.decode()
    assert "Learner 00" in first and "Learner 49" in first and "Learner 50" not in first
    assert "Page 1 of 2" in first
    second = client.get("/my-learning/team/", {"page": 2}).content.decode()
    assert "Learner 50" in second and "Learner 00" not in second
    assert client.get("/my-learning/team/", {"page": "nonsense"}).status_code == 200
