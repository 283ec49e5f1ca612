"""Importing kit's charts (every notebook does, in a fresh kernel) skips the IRI parsers
that jsonschema would build at import, and leaves Altair's validation working."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_kit_charts_and_publish_import_jsonschema_without_rfc3987_syntax():
    for module in ("kit.charts", "kit.publish.report"):
        done = _run(f"import sys, {module}\nsys.exit(4 if 'rfc3987_syntax' in sys.modules else 0)")
        assert done.returncode == 0, (module, done.stderr)


def test_altair_still_validates_specs_and_the_package_stays_importable():
    code = ("import kit.charts, altair as alt, pandas as pd\n"
            "try:\n"
            "    alt.Chart(pd.DataFrame({'a': [1]})).mark_bar(opacity='high').encode(x='a:Q').to_dict()\n"
            "except Exception as err:\n"
            "    print(type(err).__name__)\n"
            "import rfc3987_syntax\n")
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "SchemaValidationError"
