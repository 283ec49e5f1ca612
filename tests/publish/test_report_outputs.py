"""The site's files are written whole (issue 15, items 9 and 13): an executed
notebook appears only when papermill is done with it."""

from __future__ import annotations

import errno

import nbformat
import papermill
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from kit.publish.report import ReportError, run_notebook


@pytest.fixture
def notebook(tmp_path):
    cell = new_code_cell('articles = "data/articles"', metadata={"tags": ["parameters"]})
    path = tmp_path / "01.ipynb"
    nbformat.write(new_notebook(cells=[cell, new_code_cell("x = 1")]), path)
    return path


def half_then(error):
    def execute(source, out, **kwargs):
        assert out.endswith(".ipynb") and out != source  # a temporary name papermill accepts
        with open(out, "w", encoding="utf-8") as f:
            f.write('{"cells": [')
        raise error

    return execute


def test_a_kernel_that_dies_leaves_no_notebook(notebook, tmp_path, monkeypatch):
    monkeypatch.setattr(papermill, "execute_notebook", half_then(RuntimeError("kernel died")))
    out = tmp_path / "site" / "notebooks" / "01.ipynb"
    with pytest.raises(ReportError, match="could not be executed: RuntimeError: kernel died"):
        run_notebook(notebook, "articles", out)
    assert list(out.parent.iterdir()) == []


def test_a_kernel_that_exits_before_it_answers_is_started_again(notebook, tmp_path, monkeypatch,
                                                                 capsys):
    starts = []

    def execute(source, out, **kwargs):
        starts.append(kwargs["kernel_manager_class"])
        if len(starts) == 1:  # as nbclient reports a kernel whose port was taken
            raise RuntimeError("Kernel died before replying to kernel_info")
        nbformat.write(nbformat.read(source, as_version=4), out)

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    out = tmp_path / "site" / "01.ipynb"
    assert run_notebook(notebook, "articles", out) == out
    assert len(starts) == 2
    assert nbformat.read(out, as_version=4).cells[1].source == "x = 1"
    assert "the kernel for 01.ipynb exited before it answered (start 1 of 3)" in capsys.readouterr().err


def test_a_kernel_that_never_starts_is_named_after_the_last_try(notebook, tmp_path, monkeypatch):
    from kit.publish.report import KERNEL_STARTS

    calls = []

    def execute(source, out, **kwargs):
        calls.append(out)
        raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    out = tmp_path / "site" / "01.ipynb"
    with pytest.raises(ReportError, match="could not be executed: RuntimeError: Kernel died before"):
        run_notebook(notebook, "articles", out)
    assert len(calls) == KERNEL_STARTS == 3
    assert list(out.parent.iterdir()) == []


def test_a_kernel_that_dies_in_a_cell_is_not_run_again(notebook, tmp_path, monkeypatch):
    calls = []

    def execute(source, out, **kwargs):
        calls.append(out)
        raise RuntimeError("Kernel died")  # after its start: cells may have had effects

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    with pytest.raises(ReportError, match="could not be executed"):
        run_notebook(notebook, "articles", tmp_path / "site" / "01.ipynb")
    assert len(calls) == 1


def test_a_full_disk_names_the_notebook_it_could_not_write(notebook, tmp_path, monkeypatch):
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(papermill, "execute_notebook", half_then(full))
    out = tmp_path / "site" / "01.ipynb"
    with pytest.raises(ReportError, match="No space left on device"):
        run_notebook(notebook, "articles", out)
    assert list(out.parent.iterdir()) == []


def test_a_finished_notebook_replaces_the_old_one(notebook, tmp_path, monkeypatch):
    def execute(source, out, **kwargs):
        nbformat.write(nbformat.read(source, as_version=4), out)

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    out = tmp_path / "site" / "01.ipynb"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    assert run_notebook(notebook, "articles", out) == out
    assert nbformat.read(out, as_version=4).cells[1].source == "x = 1"
    assert [p.name for p in out.parent.iterdir()] == ["01.ipynb"]


def test_an_unwritable_site_folder_is_named_before_any_work(tmp_path, monkeypatch):
    from pathlib import Path

    from kit.publish.report import _site_folder

    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(OSError, match=r"cannot write '.*site/notebooks': Permission denied.*--out"):
        _site_folder(tmp_path / "site", tmp_path / "notebooks")


def test_the_notebook_names_its_own_path_not_the_temporary_one(notebook, tmp_path, monkeypatch):
    def execute(source, out, **kwargs):
        nb = nbformat.read(source, as_version=4)
        nb.metadata["papermill"] = {"output_path": out}
        nbformat.write(nb, out)

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    out = run_notebook(notebook, "articles", tmp_path / "01.ipynb")
    assert nbformat.read(out, as_version=4).metadata.papermill.output_path == str(out)
