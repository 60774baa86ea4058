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
    fixed number of queries. Other kinds of resource (case studies, guidance) may use the
    same hook with ``"level": ""``: they are listed on the framework page but never
    recommended as closing a gap.

    To find the competency rows a module develops, use
    :func:`frameworks.selectors.current_competencies_by_code` (or store a foreign key to
    :class:`frameworks.models.Competency` and match on its ``identity``).

Recording evidence goes the other way, as a plain call:
:func:`frameworks.services.record_evidence`.
"""

COMPETENCY_LEARNING_HOOK = "frameworks_competency_learning"
