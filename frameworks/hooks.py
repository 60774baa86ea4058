"""Hooks through which other apps join the framework.

``frameworks_competency_learning``
    Supplies the learning that develops competencies. Register a function with
    ``@hooks.register("frameworks_competency_learning")`` taking ``(identities, user)``:

    * ``identities``: a list of competency identities (UUID strings, see
      :attr:`frameworks.models.Competency.identity`), the same in every framework version;
    * ``user``: the person looking (possibly anonymous).

    It returns a list of dicts, one per piece of learning and competency it develops::

        {"identity": "<uuid>", "level": "skilled", "title": "Money advice basics",
         "url": "/learning/money-advice/", "completed": False}

    ``level`` is a :class:`portal.core.levels.PracticeLevel` value: the level to which the
    learning develops the competency. ``completed`` says whether ``user`` has completed it
    (always False for anonymous visitors). The framework page lists every item beside its
    competency; the gaps view recommends items that are not completed and develop the
    competency above the learner's rating and no higher than their target. With no
    function registered, both simply show no learning.

    The function is called once per page with all identities at once, so it should run a
    fixed number of queries.

Recording evidence goes the other way, as a plain call:
:func:`frameworks.services.record_evidence`.
"""

COMPETENCY_LEARNING_HOOK = "frameworks_competency_learning"
