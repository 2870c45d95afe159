"""Wall-clock time for provenance, reproducible on demand.

Set ``SOURCE_DATE_EPOCH`` (seconds since 1970, the reproducible-builds convention) to
freeze every timestamp kg writes, so that two builds give identical graphs.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone


def now_iso() -> str:
    """Current UTC time as ``YYYY-MM-DDThh:mm:ssZ`` (or ``SOURCE_DATE_EPOCH`` if set).

    >>> import os; os.environ["SOURCE_DATE_EPOCH"] = "0"; now_iso()
    '1970-01-01T00:00:00Z'
    >>> del os.environ["SOURCE_DATE_EPOCH"]
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch and epoch.isdigit()
              else datetime.now(timezone.utc))
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
