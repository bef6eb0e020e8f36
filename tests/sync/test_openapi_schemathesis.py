"""Property-based tests of the central service from its own ``/openapi.json`` (schemathesis).

Every operation gets generated requests, valid and invalid; no answer may be a server error, and every
answer must be one the document declares, with the declared content type, headers and body schema.
(``from_asgi``: ``schemathesis.pytest.from_fixture`` breaks under pytest 9.2, docs/ARCHITECTURE.md, Pitfalls.)
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sync.server.app import create_app
from sync.server.central import Central

# The app must exist when the module is collected (schemathesis parametrises at import): its database
# lives in a folder of its own, removed at exit.
_DIR = Path(tempfile.mkdtemp(prefix="psc-schemathesis-"))
atexit.register(shutil.rmtree, _DIR, True)
_CENTRAL = Central.from_url(f"sqlite:///{_DIR / 'central.sqlite3'}")
_TOKEN = _CENTRAL.add_station("101")
APP = create_app(_CENTRAL)

schema = schemathesis.openapi.from_asgi("/openapi.json", APP)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_answer_is_declared_and_none_is_a_server_error(case: schemathesis.Case) -> None:
    """Generated requests with the station's token: the answers stay inside the published schema."""
    case.call_and_validate(headers={"Authorization": f"Bearer {_TOKEN}"}, checks=CHECKS)
