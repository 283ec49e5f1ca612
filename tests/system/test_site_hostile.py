"""The researcher's loop on a folder with a hostile article and bad files among good ones.

`build_site` must annotate the good articles, list each bad file with its
reason on the index page, and publish pages that draw offline and run no
script that came from an article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_browser import assert_page_is_sound, visit

from kit.publish.report import build_site

pytestmark = [pytest.mark.browser, pytest.mark.model]

REPO = Path(__file__).resolve().parents[2]
IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "</script><script>window.__pwned=2</script>"

GOOD = """---
title: {title}
published: 2024-01-{day}
source: Test Wire
---
Mexico's Secretary of Foreign Affairs Alicia Bárcena met Secretary of State Antony Blinken
in Washington on Friday. A senior U.S. official said the talks would continue next week.
Officials from the United States and Mexico discussed migration, border crossings and aid
to Guatemala. "We expect more meetings," Blinken said on Thursday. {extra}
"""

HOSTILE = f"""---
title: 'Talks {IMG} {SCRIPT}'
published: 2024-01-20
source: Hostile Wire
url: 'javascript:window.__pwned=3'
---
Ana {IMG} Ruiz met Antony Blinken in Washington on Friday. "{SCRIPT} we agreed," Ruiz said.
Mexico and the United States will meet again next week, a senior U.S. official said.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    articles = tmp_path_factory.mktemp("articles")
    (articles / "good_1.md").write_text(GOOD.format(title="Talks begin", day=18, extra=""), encoding="utf-8")
    (articles / "good_2.md").write_text(GOOD.format(title="Talks go on", day=19, extra="Mexico agreed."), encoding="utf-8")
    (articles / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (articles / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (articles / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path_factory.mktemp("site") / "site"
    return build_site(articles, out, notebooks_dir=REPO / "notebooks", progress=False)


def test_index_lists_the_bad_files_with_their_reasons_and_every_article(browser, site):
    seen = visit(browser, site)
    text = seen.page.inner_text("body")
    assert "binary.txt" in text and "empty.txt" in text
    assert "skipped" in text and "duplicate" not in text
    assert "Articles\t3" in text and "Hostile Wire" in text
    assert "binary file" in text and "empty file" in text
    seen.page.context.close()


def test_every_page_draws_offline_and_runs_no_article_script(browser, site):
    pages = sorted(site.parent.glob("*.html"))
    assert len(pages) == 1 + len(list((REPO / "notebooks").glob("*.ipynb")))
    shown_as_text = 0
    for page in pages:
        seen = visit(browser, page)
        assert_page_is_sound(seen)
        assert seen.page.evaluate("window.__pwned") is None, page.name
        assert seen.page.locator('img[src="x"]').count() == 0, page.name
        assert seen.page.locator('a[href^="javascript:"]').count() == 0, page.name
        shown_as_text += IMG in seen.page.inner_text("body")
        seen.page.context.close()
    assert shown_as_text >= 2  # the payload is visible as text, not swallowed
