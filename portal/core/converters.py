"""Strict path converters for ids and codes (registered on import).

Django's ``int`` converter takes any run of digits, so ``/…/99999999999999999999/``
reached the database and overflowed SQLite's 64-bit integers (a server error). These
converters match only what can be stored, so anything else is a plain 404:

- ``id``: a database id, 1 to 18 digits (always inside a 64-bit integer).
- ``code``: a public code such as a certificate's, ASCII letters, digits, ``-`` and
  ``_``, at most 64 characters (no NUL bytes or other characters PostgreSQL refuses).
"""

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class CodeConverter:
    regex = "[A-Za-z0-9_-]{1,64}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(IdConverter, "id")
register_converter(CodeConverter, "code")
