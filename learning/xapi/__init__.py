"""xAPI 1.0.3 statements out: building, the outbox and delivery to a learning record store.

Public interface for the rest of the portal:

* :mod:`learning.xapi.events` – one function per learning event, called by
  ``learning.services`` (lesson experienced/completed, knowledge check answered and
  passed/failed, module completed, certificate earned) and
  :func:`~learning.xapi.events.scorm_result` for SCORM packages.
* :func:`~learning.xapi.outbox.queue_statement` – queue any statement built with
  :mod:`learning.xapi.statements`.

Off unless ``XAPI_ENDPOINT`` is set. See README.md ("xAPI and Open Badges").
"""
