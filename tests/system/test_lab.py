"""The committed notebooks open in JupyterLab and their charts draw, offline.

Starts ``jupyter lab`` from this Python's environment on 127.0.0.1 with a
fresh token and private config/data/runtime folders (the environment's lab
extensions, Vega among them, stay available), opens every notebook under
``notebooks/`` in Debian's headless Chromium and checks that each Vega-Lite
output became a Vega view with drawn marks. No cell is executed: Lab renders
the committed outputs, and the notebook stays unmodified once its charts have
drawn and its kernel has started: each chart output carries kit's PNG (Lab's
Vega renderer adds its own to an output without one, issue 14 item 7) and the
notebook names its kernel as Lab does. Lab runs with this project's settings
(``.venv/share/jupyter/lab/settings/overrides.json``, from ``make install``):
no autosave, no prompt to fetch Jupyter news, no check for updates. The
notebooks are copies in a temporary folder all the same. In a 1280 x 800 window
the timeline of 03 and the network of 02 draw whole (plot, axis labels, legends)
inside their cell's output, and neither the output nor the notebook scrolls sideways.

Every request the page makes is recorded; anything off loopback fails the
test (and is aborted, so nothing leaves).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from playwright.sync_api import Browser, Page
from system.pages import Visit

from kit.publish.render import VEGALITE_MIMETYPE

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
JUPYTER = Path(sys.executable).with_name("jupyter")
VEGA_MIMETYPES = {"application/vnd.vega.v5+json", "application/vnd.vegalite.v3+json",
                  "application/vnd.vegalite.v4+json", VEGALITE_MIMETYPE}
LOOPBACK = re.compile(r"^((https?|wss?)://(127\.0\.0\.1|localhost)(:\d+)?/|(data|blob|about):)")
SERVER_START_S = 60
PAGE_S = 45
# The settings this project's Lab must have (Makefile, $(STAMP): overrides.json),
# by plugin; the private user-settings folder stays empty so that they show.
PROJECT_SETTINGS = {
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}
NEWS_PROMPT = "official Jupyter news"

# In the page: the open notebook, its Vega views and what each drew. A view's
# marks are the items of its scenegraph's data marks (role "mark"; axes,
# legends and titles have roles of their own) with a non-empty extent; its
# element (canvas, Lab's default, or svg) must have painted pixels / marks.
STATE_JS = r"""() => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.context || !panel.context.isReady || !panel.content) return null;
  const views = [];
  const walk = (w) => {
    if (w._result && w._result.view) views.push(w._result.view);
    for (const child of w.children()) walk(child);
  };
  walk(panel.content);
  const marks = (node) => {
    let n = 0;
    for (const item of node.items || []) {
      const b = item.bounds;
      if (node.role === 'mark' && node.marktype !== 'group' && b && (b.x2 > b.x1 || b.y2 > b.y1)) n++;
      for (const child of item.items || []) n += marks(child);
    }
    return n;
  };
  const painted = (el) => {
    if (!el) return 0;
    if (el.tagName.toLowerCase() === 'svg') return el.querySelectorAll('g.role-mark > *').length;
    if (!el.width || !el.height) return 0;
    const px = el.getContext('2d').getImageData(0, 0, el.width, el.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0 && px[i - 1] + px[i - 2] + px[i - 3] < 720) n++;
    return n;
  };
  const code = [...panel.content.widgets].filter(c => c.model.type === 'code');
  return {
    path: panel.context.path,
    news: document.body.innerText.includes('""" + NEWS_PROMPT + """'),
    cells: panel.content.widgets.length,
    trusted: code.map(c => c.model.trusted),
    embeds: document.querySelectorAll('.jp-NotebookPanel .vega-embed').length,
    views: views.map(v => ({
      marks: marks(v.scenegraph().root),
      painted: painted(v.container() && v.container().querySelector('canvas, svg')),
    })),
  };
}"""


# In the page, once the charts drew: whether the open notebook is modified, after
# its kernel has started and Lab has written what it knows of it (kernelspec,
# language_info) and drawn its PNGs.
DIRTY_JS = r"""async () => {
  const panel = window.jupyterapp.shell.currentWidget;
  await panel.sessionContext.ready;
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  if (kernel) { await kernel.spec; await kernel.info; }
  await new Promise(done => setTimeout(done, 1000));
  const meta = (key) => JSON.stringify(panel.context.model.getMetadata(key));
  const png = [...panel.content.widgets].filter(c => c.model.outputs).flatMap(
    c => [...Array(c.model.outputs.length).keys()].map(i => c.model.outputs.get(i).data))
    .filter(d => Object.keys(d).some(m => m.includes('vega')) && d['image/png']).length;
  return {dirty: panel.context.model.dirty, kernel: kernel ? kernel.name : null,
          kernelspec: meta('kernelspec'), charts_with_png: png};
}"""


# In the page: cell ``index`` of the open notebook scrolled into view, and where its one
# Vega view drew, in page pixels: its element (canvas or svg) and each part of its
# drawing (axes with their labels, legends, titles, data marks; a clipped mark only
# where its plot shows it), beside the output that holds it (the box inside its
# borders and scrollbars, and its scroll and client widths) and the notebook's
# scroller. ``null`` until the view has drawn marks.
CELL_CHART_JS = r"""async (index) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const cell = panel && panel.content && panel.content.widgets[index];
  if (!cell) return null;
  if (panel.content.scrollToItem) await panel.content.scrollToItem(index, 'start');
  else cell.node.scrollIntoView();
  const found = [];
  const walk = (w) => {
    if (w._result && w._result.view) found.push(w);
    for (const child of w.children()) walk(child);
  };
  walk(cell);
  if (found.length !== 1) return found.length ? {views: found.length} : null;
  const output = found[0].node, view = found[0]._result.view;
  const el = view.container() && view.container().querySelector('canvas, svg');
  const at = el && el.getBoundingClientRect();
  if (!at || !at.width || !at.height) return null;
  const [ox, oy] = view.origin();
  const parts = [];
  const visit = (mark, x, y, clip) => {
    for (const item of mark.items || []) {
      const b = item.bounds;
      if (!b || !(b.x2 >= b.x1 && b.y2 >= b.y1)) continue;
      let box = [x + b.x1, y + b.y1, x + b.x2, y + b.y2];
      if (mark.clip && clip) box = [Math.max(box[0], clip[0]), Math.max(box[1], clip[1]),
                                    Math.min(box[2], clip[2]), Math.min(box[3], clip[3])];
      if (box[2] < box[0] || box[3] < box[1]) continue;
      const page = [at.left + ox + box[0], at.top + oy + box[1],
                    at.left + ox + box[2], at.top + oy + box[3]];
      if (['axis', 'legend', 'title'].includes(mark.role)) {
        parts.push({role: mark.role, name: mark.name || '', box: page});
      } else if (mark.marktype === 'group') {
        const gx = x + (item.x || 0), gy = y + (item.y || 0);
        const area = [gx, gy, gx + (item.width || 0), gy + (item.height || 0)];
        for (const child of item.items || []) visit(child, gx, gy, area);
      } else if (mark.role === 'mark') {
        parts.push({role: 'mark', name: mark.name || '', box: page});
      }
    }
  };
  visit(view.scenegraph().root, 0, 0, null);
  if (!parts.some(p => p.role === 'mark')) return null;
  const r = output.getBoundingClientRect();
  const left = r.left + output.clientLeft, top = r.top + output.clientTop;
  const scroller = panel.content.node.querySelector('.jp-WindowedPanel-outer') || panel.content.node;
  return {
    element: [at.left, at.top, at.right, at.bottom],
    parts,
    output: [left, top, left + output.clientWidth, top + output.clientHeight],
    output_scroll: [output.scrollWidth, output.clientWidth],
    notebook_scroll: [scroller.scrollWidth, scroller.clientWidth],
  };
}"""


@dataclass
class Lab:
    """A running JupyterLab server."""

    url: str
    token: str
    root: Path
    log: Path

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]

    def api(self, method: str, path: str) -> object:
        request = urllib.request.Request(f"{self.url}/api/{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def setting(self, plugin: str, key: str) -> object:
        """What Lab's settings API gives ``plugin``'s ``key``: the user's value, else the
        default (the schema's, or overrides.json's where it sets one)."""
        request = urllib.request.Request(f"{self.url}/lab/api/settings/{plugin}",
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = json.loads(response.read())
        return body.get("settings", {}).get(key, body["schema"]["properties"][key].get("default"))

    def shut_kernels_down(self) -> None:
        """End the kernels Lab started for opened notebooks (none is needed)."""
        for session in self.api("GET", "sessions") or []:
            self.api("DELETE", f"sessions/{session['id']}")


def vega_outputs(notebook: Path) -> int:
    """Outputs of a notebook file that Lab draws with Vega."""
    nb = nbformat.read(notebook, as_version=4)
    return sum(1 for cell in nb.cells for out in cell.get("outputs", [])
               if VEGA_MIMETYPES & set(out.get("data", {})))


def private_env(base: Path) -> dict[str, str]:
    """This environment with Jupyter's and IPython's user folders moved under ``base``."""
    env = dict(os.environ)
    for var, name in [("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                      ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython"),
                      ("JUPYTERLAB_SETTINGS_DIR", "settings"),
                      ("JUPYTERLAB_WORKSPACES_DIR", "workspaces")]:
        (base / name).mkdir()
        env[var] = str(base / name)
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    env["KIT_CACHE_DIR"] = str(base / "kit-cache")
    return env


def wait_until_up(proc: subprocess.Popen, runtime: Path, token: str, log: Path) -> str:
    """Base URL of the server once ``/api/status`` answers; fail if it dies or hangs."""
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"jupyter lab exited with {proc.returncode}:\n{log.read_text()[-4000:]}")
        found = sorted(runtime.glob("jpserver-*.json"))
        if found:
            try:
                info = json.loads(found[0].read_text(encoding="utf-8"))
            except ValueError:  # being written
                info = {}
            if info.get("port"):
                url = f"http://127.0.0.1:{info['port']}"
                request = urllib.request.Request(f"{url}/api/status",
                                                 headers={"Authorization": f"token {token}"})
                try:
                    with urllib.request.urlopen(request, timeout=5) as response:
                        if response.status == 200:
                            return url
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
        time.sleep(0.2)
    pytest.fail(f"jupyter lab did not answer within {SERVER_START_S} s:\n{log.read_text()[-4000:]}")


def stop(proc: subprocess.Popen) -> None:
    """Terminate the server (it shuts its kernels down), kill it if it hangs."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    assert JUPYTER.is_file(), f"no jupyter next to {sys.executable}"
    base = tmp_path_factory.mktemp("lab")
    root = base / "notebooks"
    root.mkdir()
    for notebook in NOTEBOOKS:
        shutil.copy2(notebook, root / notebook.name)
    env = private_env(base)
    token = secrets.token_hex(24)
    cmd = [
        str(JUPYTER), "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", "--ServerApp.port=0", f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}", "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly", "--LabApp.expose_app_in_browser=True",
        *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
    ]
    log = base / "lab.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=root, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    try:
        url = wait_until_up(proc, base / "runtime", token, log)
        yield Lab(url, token, root, log)
    finally:
        stop(proc)


def open_notebook(browser: Browser, lab: Lab, name: str, views: int,
                  viewport: dict[str, int] | None = None) -> tuple[Visit, dict]:
    """Open a notebook in Lab in a fresh browser context (default window 1280 x 900);
    see :func:`wait_for_charts`."""
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900},
                                  service_workers="block")
    context.set_default_timeout(PAGE_S * 1000)
    context.route(lambda url: not LOOPBACK.match(url), lambda route: route.abort())
    page = context.new_page()
    seen = Visit(page, LOOPBACK)
    try:
        return seen, wait_for_charts(page, lab, name, views)
    except BaseException:
        context.close()
        raise


def wait_for_charts(page: Page, lab: Lab, name: str, views: int) -> dict:
    """Go to the notebook; wait until ``views`` Vega views drew marks (or time is up).

    Returns the last state seen (``{}`` if the notebook never opened); on a
    shortfall a screenshot is saved next to the server log.
    """
    deadline = time.monotonic() + PAGE_S
    page.goto(f"{lab.url}/lab/tree/{name}?token={lab.token}", wait_until="domcontentloaded")
    state: dict = {}
    while time.monotonic() < deadline:
        state = page.evaluate(STATE_JS) or {}
        drawn = [v for v in state.get("views", []) if v["marks"] > 0 and v["painted"] > 0]
        if state.get("path") == name and len(drawn) >= views:
            return state
        # A windowed notebook draws cells as they scroll into view: scroll on.
        page.evaluate("""() => { const o = document.querySelector(
            '.jp-NotebookPanel .jp-WindowedPanel-outer'); if (o) o.scrollBy(0, o.clientHeight); }""")
        page.wait_for_timeout(250)
    page.screenshot(path=str(lab.log.with_name(f"{Path(name).stem}.png")))
    return state


def test_there_are_notebooks_to_open():
    assert NOTEBOOKS, f"no committed notebooks in {REPO / 'notebooks'}"


@pytest.mark.browser
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.name for nb in NOTEBOOKS])
def test_notebook_charts_draw_in_lab_untrusted_and_offline(browser, lab, notebook):
    expected = vega_outputs(notebook)
    seen, state = open_notebook(browser, lab, notebook.name, expected)
    try:
        where = (f"{notebook.name} in JupyterLab after {PAGE_S} s (screenshot and server log "
                 f"in {lab.log.parent}); server log ends:\n{lab.log_tail()}")
        assert state.get("path") == notebook.name, f"notebook did not open: {state}; {where}"
        assert state["cells"] == len(nbformat.read(notebook, as_version=4).cells)
        drawn = [v for v in state["views"] if v["marks"] > 0 and v["painted"] > 0]
        assert len(drawn) >= expected, f"{len(drawn)} of {expected} charts drew: {state}; {where}"
        assert state["embeds"] >= expected
        assert not state["news"], f"Lab asks whether to fetch {NEWS_PROMPT}"
        opened = seen.page.evaluate(DIRTY_JS)
        assert opened["kernel"], f"no kernel started, so its metadata went unchecked: {opened}"
        assert not opened["dirty"], (
            f"Lab marks {notebook.name} modified once opened: {opened} (committed: "
            f"{nbformat.read(notebook, as_version=4).metadata.get('kernelspec')}); see "
            "test_committed_charts_carry_kits_png and test_committed_notebooks_name_their_kernel_as_lab_does")
        # Fresh notary secret in the private data folder: nothing is trusted, and
        # the Vega-Lite mimetype renders anyway (Lab registers it as safe).
        assert state["trusted"] and not any(state["trusted"]), state["trusted"]
        assert seen.remote_requests() == []
        assert any(url.startswith(f"{lab.url}/api/") for url in seen.requests)
        assert seen.errors == []
    finally:
        seen.page.context.close()
        lab.shut_kernels_down()
    assert (lab.root / notebook.name).read_bytes() == notebook.read_bytes(), "Lab saved the notebook"


# The charts a reader must see whole in a notebook, by the call that draws them.
WIDE_CHARTS = [("03_timeline.ipynb", "timeline_chart("), ("02_actor_network.ipynb", "network_chart(")]
LAB_WINDOW = {"width": 1280, "height": 800}  # an ordinary laptop window


def chart_cell(notebook: Path, call: str) -> int:
    """Index of the code cell of ``notebook`` that makes ``call`` and holds a Vega output."""
    cells = nbformat.read(notebook, as_version=4).cells
    found = [i for i, cell in enumerate(cells) if cell.cell_type == "code" and call in cell.source
             and any(VEGA_MIMETYPES & set(out.get("data", {})) for out in cell.get("outputs", []))]
    assert len(found) == 1, f"{notebook.name}: {len(found)} chart cells call {call}"
    return found[0]


def outside(box: list[float], frame: list[float], tolerance: float = 0.5) -> bool:
    return (box[0] < frame[0] - tolerance or box[1] < frame[1] - tolerance
            or box[2] > frame[2] + tolerance or box[3] > frame[3] + tolerance)


@pytest.mark.browser
@pytest.mark.parametrize(("name", "call"), WIDE_CHARTS, ids=[name for name, _ in WIDE_CHARTS])
def test_chart_fits_the_notebook_width_in_lab(browser, lab, name, call):
    """Issue 14 item 4: in Lab's default layout at an ordinary window size, the chart's
    whole drawing (plot, axis labels, legends, titles) lies inside its cell's output,
    which needs no horizontal scrollbar, and the notebook none either."""
    notebook = REPO / "notebooks" / name
    index = chart_cell(notebook, call)
    seen, _ = open_notebook(browser, lab, name, vega_outputs(notebook), viewport=LAB_WINDOW)
    try:
        deadline = time.monotonic() + PAGE_S
        drawing = seen.page.evaluate(CELL_CHART_JS, index)
        while not (drawing and "parts" in drawing) and time.monotonic() < deadline:
            seen.page.wait_for_timeout(250)
            drawing = seen.page.evaluate(CELL_CHART_JS, index)
        assert drawing and "parts" in drawing, f"{name}: cell {index}'s chart did not draw: {drawing}"
        where = (f"{name} cell {index} ({call}...) in Lab at {LAB_WINDOW['width']} x "
                 f"{LAB_WINDOW['height']}: output {drawing['output']}, drawing {drawing['element']}")
        out = [f"{p['role']} {p['name']} {p['box']}" for p in drawing["parts"]
               if outside(p["box"], drawing["output"])]
        assert not out, f"{where}; parts outside the output:\n" + "\n".join(out)
        assert not outside(drawing["element"], drawing["output"]), f"{where}: the drawing overflows"
        scroll, client = drawing["output_scroll"]
        assert scroll <= client, f"{where}: the output scrolls sideways ({scroll} > {client} px)"
        scroll, client = drawing["notebook_scroll"]
        assert scroll <= client, f"{where}: the notebook scrolls sideways ({scroll} > {client} px)"
    finally:
        seen.page.context.close()
        lab.shut_kernels_down()


@pytest.mark.browser
def test_project_lab_is_offline_and_never_autosaves(lab):
    got = {plugin: {key: lab.setting(plugin, key) for key in wanted}
           for plugin, wanted in PROJECT_SETTINGS.items()}
    assert got == PROJECT_SETTINGS, (
        "this project's Lab settings come from .venv/share/jupyter/lab/settings/overrides.json, "
        "which `make install` writes (Makefile, $(STAMP)); for a .venv made before they changed: "
        "touch pyproject.toml && make install")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.name for nb in NOTEBOOKS])
def test_committed_charts_carry_kits_png(notebook):
    """Lab's Vega renderer adds ``image/png`` to a chart output without one, which
    marks the notebook modified on opening; kit's renderer stores one itself."""
    nb = nbformat.read(notebook, as_version=4)
    charts = [out for cell in nb.cells for out in cell.get("outputs", [])
              if VEGA_MIMETYPES & set(out.get("data", {}))]
    kinds = [sorted(out["data"]) for out in charts]
    assert charts and all(k == sorted({VEGALITE_MIMETYPE, "image/png", "text/plain"}) for k in kinds), (
        f"{notebook.name} holds chart outputs of {kinds}, not kit's JSON, PNG and text "
        "(kit.publish.render); re-run it with `make notebooks` before committing")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.name for nb in NOTEBOOKS])
def test_committed_notebooks_name_their_kernel_as_lab_does(notebook):
    """Lab writes the kernelspec of the kernel it starts into the notebook's metadata:
    another display name there marks the notebook modified on opening."""
    spec = KernelSpecManager().get_kernel_spec("python3")
    expected = {"name": "python3", "display_name": spec.display_name, "language": spec.language}
    assert nbformat.read(notebook, as_version=4).metadata.get("kernelspec") == expected, (
        f"{notebook.name}: set metadata.kernelspec to {expected} (re-executing keeps what is there)")
