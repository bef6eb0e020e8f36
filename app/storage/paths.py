"""Names of files in the counter home that start-up looks at before anything heavy is imported.

The GUI decides whether to show the sign-in window first (a database exists) or the first-run wizard
(none yet) before SQLAlchemy loads, so these names live here and not in ``app.storage.db``.
"""

from __future__ import annotations

DB_FILE = "counter.sqlite3"
"""The encrypted database inside the counter home."""
