"""Importing kit's charts (every notebook does, in a fresh kernel) skips the IRI parsers
that jsonschema would build at import, and leaves Altair's validation working.

One fresh interpreter answers both (each start imports Altair and pandas anew)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

FRESH_KERNEL = """
import json, sys
import kit.charts, kit.publish.report
found = {"rfc3987_syntax after import": "rfc3987_syntax" in sys.modules}
import altair as alt, pandas as pd
try:
    alt.Chart(pd.DataFrame({"a": [1]})).mark_bar(opacity="high").encode(x="a:Q").to_dict()
    found["invalid spec"] = "accepted"
except Exception as err:
    found["invalid spec"] = type(err).__name__
import rfc3987_syntax
found["rfc3987_syntax importable"] = True
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def fresh() -> dict:
    done = subprocess.run([sys.executable, "-c", FRESH_KERNEL], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_kit_charts_and_publish_import_jsonschema_without_rfc3987_syntax(fresh):
    assert fresh["rfc3987_syntax after import"] is False


def test_altair_still_validates_specs_and_the_package_stays_importable(fresh):
    assert fresh["invalid spec"] == "SchemaValidationError"
    assert fresh["rfc3987_syntax importable"] is True
