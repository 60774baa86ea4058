"""Form fields that refuse impossible ids before they reach the database.

Django's model choice fields pass what was posted straight to a query. On SQLite a
number past 64 bits raises ``OverflowError`` (a server error) instead of "not one of the
choices". These fields check that each value is an id the database can hold (1 to 18
ASCII digits, as ``portal.core.converters``) and otherwise give the usual "Select a
valid choice" message. Use them (``Meta.field_classes``) for every id a form takes.
"""

import re

from django import forms
from django.core.exceptions import ValidationError

ID = re.compile(r"[0-9]{1,18}")


def parse_id(value):
    """``value`` as a database id, or None when it cannot be one (e.g. "²", "1e3", 10**20)."""
    text = str(value).strip() if value is not None else ""
    return int(text) if ID.fullmatch(text) else None


class StrictModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and parse_id(value) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class StrictModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for pk in value:
            if parse_id(pk) is None:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)
