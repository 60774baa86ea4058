"""Whole-database snapshots of a test database, taken and restored in well under a second.

The browser journeys need the demo content, which takes most of a minute to load. They
load it once per test session (per xdist worker) and take a snapshot; each journey then
starts from a copy of that snapshot, and the database goes back to the migrations' state
afterwards, so the next test (whatever it is) finds the database as ``migrate`` left it.

- SQLite (the in-memory test database): SQLite's online backup API copies every page
  of the database, full-text index tables included, into another in-memory database and
  back.
- PostgreSQL: a snapshot is a database created with the test database as its template
  (``test_<name>_<snapshot>``); restoring drops the test database and creates it again
  from the snapshot. ``.ci/run`` drops every ``test_<name>_*`` database at the end.
"""

import sqlite3

from django.db import connections


class DatabaseSnapshots:
    def __init__(self, alias="default"):
        self.connection = connections[alias]
        vendor = self.connection.vendor
        if vendor not in {"sqlite", "postgresql"}:
            raise NotImplementedError(f"No database snapshots for {vendor}")
        self.names = set()
        self._sqlite = {}

    def take(self, name):
        if self.connection.vendor == "sqlite":
            self.connection.ensure_connection()
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            self.connection.connection.backup(copy)
            self._sqlite[name] = copy
        else:
            database = self._pg_database()
            snapshot = self._pg_snapshot(name)
            self._pg_execute(
                f"DROP DATABASE IF EXISTS {snapshot}",
                self._pg_disconnect_others(database),
                f"CREATE DATABASE {snapshot} TEMPLATE {self._quote(database)}",
            )
        self.names.add(name)

    def restore(self, name):
        if name not in self.names:
            raise KeyError(f"No database snapshot called {name!r}")
        if self.connection.vendor == "sqlite":
            self.connection.ensure_connection()
            self._sqlite[name].backup(self.connection.connection)
        else:
            database = self._quote(self._pg_database())
            self._pg_execute(
                f"DROP DATABASE {database} WITH (FORCE)",
                f"CREATE DATABASE {database} TEMPLATE {self._pg_snapshot(name)}",
            )

    def drop(self):
        for name in sorted(self.names):
            if self.connection.vendor == "sqlite":
                self._sqlite.pop(name).close()
            else:
                self._pg_execute(f"DROP DATABASE IF EXISTS {self._pg_snapshot(name)} WITH (FORCE)")
        self.names.clear()

    # PostgreSQL: CREATE DATABASE ... TEMPLATE needs nobody connected to the template.

    def _pg_database(self):
        return self.connection.settings_dict["NAME"]

    def _pg_snapshot(self, name):
        return self._quote(f"{self._pg_database()}_{name}")

    def _quote(self, name):
        return self.connection.ops.quote_name(name)

    def _pg_disconnect_others(self, database):
        literal = database.replace("'", "''")
        return (
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{literal}' AND pid <> pg_backend_pid()"
        )

    def _pg_execute(self, *statements):
        self.connection.close()
        with self.connection._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
