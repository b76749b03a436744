"""Files: JSONL with file:line errors, JSON, and atomic writes (temp + rename) for every output.

An interrupted write leaves the previous good file or folder in place, never a half one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tasks.lib.errors import DataError


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """Yield (line number, parsed JSON) for each non-blank line; DataError on bad JSON/UTF-8."""
    path = Path(path)
    if not path.is_file():
        raise DataError(path, None, "file", "file not found")
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                raise DataError(
                    path, lineno, "utf8", f"invalid UTF-8 at byte {err.start}"
                ) from None
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as err:
                raise DataError(
                    path, lineno, "json", f"not valid JSON ({err.msg} at column {err.colno})"
                ) from None
            except RecursionError:  # nesting deeper than Python's recursion limit
                raise DataError(path, lineno, "json", "JSON nested too deeply") from None
            except ValueError:  # e.g. an integer over Python's 4300-digit conversion limit
                reason = "not valid JSON (a number too long)"
                raise DataError(path, lineno, "json", reason) from None
            yield lineno, obj


def read_records(path: str | Path) -> list[dict]:
    """Read a JSONL file already written by a stage (trusted shape)."""
    return [obj for _, obj in iter_jsonl(path)]


def _dump_jsonl(records: Iterable[dict], fh) -> None:
    for rec in records:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_jsonl(path: str | Path, records: Iterable[dict]) -> None:
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        _dump_jsonl(records, fh)


def write_json(path: str | Path, obj: Any) -> None:
    with atomic_file(path) as tmp:
        Path(tmp).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def read_json(path: str | Path) -> Any:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """Yield a temp path beside `path`; on success rename it over `path`, on error delete it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get normal permissions
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_dir(path: str | Path) -> Iterator[Path]:
    """Build a whole output folder in a temp sibling and swap it in only if the block succeeds.

    An interrupted or failed stage leaves the previous good folder untouched (or no folder).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes 0700
    old = path.with_name(f".{path.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        os.replace(path, old)
    os.replace(tmp, path)
    shutil.rmtree(old, ignore_errors=True)


def file_md5(path: str | Path) -> str:
    """md5 of a file's bytes: the same hash DVC records for a file output."""
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
