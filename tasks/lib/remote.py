"""The DVC remote: a registered version's data is pushed there BEFORE the version is registered,
and any clone of the project can get it back from there by version number.

    push_version(project, lock_snapshot(root), tags)   # register: {"dvc.remote": url, ...} tags
    restore_version(project, client, model, "3")       # ftpipe checkout 3 / rollback --restore

Which remote: `register.dvc_remote` (a URL or path, or the name of a remote in .dvc/config); null:
the default remote of .dvc/config (`dvc remote add -d NAME URL`); neither: a local folder in the
user's data directory (`default_remote_dir`). Credentials stay where DVC reads them
(.dvc/config.local via `dvc remote modify --local`, or the environment): the URL recorded on a
version carries none.

What is pushed: every stage output that the version's dvc.lock snapshot lists (the snapshot that is
also logged to MLflow as `lineage/dvc.lock`), and the snapshot itself, as a DVC object whose md5 is
tagged on the version (`dvc.lock_md5`): a store whose MLflow artifacts are out of reach still
restores from its tags and the remote.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import yaml

from tasks.lib.errors import PipelineError
from tasks.lib.io import atomic_file, file_md5
from tasks.lib.project import Project

SNAPSHOT_ARTIFACT = "lineage/dvc.lock"
SPLITS = ("train", "val", "test")
_RUNTIME_NAME = "ftpipe"  # the remote's name in DVC when it is not one of .dvc/config's


@dataclass(frozen=True)
class Remote:
    name: str  # the DVC remote name push/pull use
    url: str  # shown and tagged: no credentials
    config: dict = field(default_factory=dict)  # Repo(config=...) for a remote not in .dvc/config


def default_remote_dir(task_name: str) -> Path:
    """Where data goes when no remote is configured: the user's data directory, one folder per
    task. Not inside the project (deleting or re-cloning it would take the only other copy with
    it), not under ~/.cache (cache cleaners delete that), and not beside the project (a clone
    elsewhere would not find it): every clone of the project on this machine finds this one with
    no setup. Another machine needs a shared remote: `register.dvc_remote: s3://...`."""
    import platformdirs  # a DVC dependency: ~/.local/share ($XDG_DATA_HOME) on Linux

    return Path(platformdirs.user_data_dir("ftpipe")) / "dvc-remote" / task_name


def public_url(url: str) -> str:
    """`url` without a password (ssh://user:pw@host/path -> ssh://user@host/path)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def resolve_remote(project: Project) -> Remote:
    """The remote this project pushes to and pulls from (see the module docstring)."""
    from dvc.config import Config

    wanted = project.params.register.dvc_remote
    config = Config(dvc_dir=str(project.root / ".dvc"))  # repo, local, global and system levels
    remotes = config["remote"]
    if wanted is None:
        default = config["core"].get("remote")
        if default:
            return Remote(default, public_url(remotes[default]["url"]))
        url = str(default_remote_dir(project.params.task.name))
    elif wanted in remotes:
        return Remote(wanted, public_url(remotes[wanted]["url"]))
    else:
        url = wanted if "://" in wanted else str((project.root / wanted).expanduser().resolve())
        # a remote of .dvc/config with this URL brings its options (endpointurl, credentials)
        for name, conf in remotes.items():
            if conf.get("url") == url:
                return Remote(name, public_url(url))
    return Remote(_RUNTIME_NAME, public_url(url), {"remote": {_RUNTIME_NAME: {"url": url}}})


@contextlib.contextmanager
def open_repo(root: Path, config: dict | None = None) -> Iterator:
    """A DVC Repo for `root` (with `config` merged in, e.g. a remote not in .dvc/config), with the
    cwd there: DVC resolves dvc.yaml paths against the cwd. The one way ftpipe opens DVC."""
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")
    from dvc.exceptions import NotDvcRepoError
    from dvc.repo import Repo

    _dvc_logs_to_current_streams()
    with contextlib.chdir(root):
        try:
            repo = Repo(str(root), config=config or None)
        except NotDvcRepoError:
            raise PipelineError(
                f"{root} is not a DVC project: run `make setup` (or `git init && dvc init`) there"
            ) from None
        with repo:
            yield repo


def _dvc_logs_to_current_streams() -> None:
    """`import dvc` binds its console handlers to sys.stdout/stderr as they were at import time,
    and its handler raises if that stream was closed since (a replaced stdout, pytest's capture).
    Re-point them at the current streams before each use."""
    for handler in logging.getLogger("dvc").handlers:
        if isinstance(handler, logging.StreamHandler):
            # not setStream(): it flushes the old stream, which may be the closed one
            handler.stream = sys.stderr if handler.level >= logging.WARNING else sys.stdout


def _reason(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


def md5_text(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------------
# register: push
# ---------------------------------------------------------------------------------------------


def lock_snapshot(root: Path) -> str | None:
    """dvc.lock as the version records it: register's own entry left out (it describes the
    previous run; this one is unfinished). None without a dvc.lock."""
    lock = root / "dvc.lock"
    if not lock.is_file():
        return None
    snapshot = yaml.safe_load(lock.read_text(encoding="utf-8")) or {}
    snapshot.get("stages", {}).pop("register", None)
    return yaml.safe_dump(snapshot, sort_keys=False)


def _stages_with_outs(snapshot: str) -> list[str]:
    stages = (yaml.safe_load(snapshot) or {}).get("stages", {})
    return [name for name, entry in stages.items() if entry.get("outs")]


def _split_mismatch(repo, project: Project, snapshot: str, tags: dict) -> str | None:
    """Why the snapshot does NOT describe the split files on disk (None when it does): a run with
    another params file, or `ftpipe stage register` after an unrecorded stage."""
    split = (yaml.safe_load(snapshot) or {}).get("stages", {}).get("split", {})
    outs = split.get("outs") or []
    if not outs or not str(outs[0].get("md5", "")).endswith(".dir"):
        return "dvc.lock has no split output"
    manifest = Path(repo.cache.local.oid_to_path(outs[0]["md5"]))
    if not manifest.is_file():
        return "the split recorded in dvc.lock is not in the DVC cache"
    entries = {e["relpath"]: e["md5"] for e in json.loads(manifest.read_text())}
    for name in SPLITS:
        want = tags.get(f"data.{name}_md5")
        if want and entries.get(f"{name}.jsonl") != want:
            return f"{project.split_path(name).relative_to(project.root)} differs from dvc.lock's"
    return None


def _push(repo, remote: Remote, stages: list[str], snapshot: str) -> str:
    """Push the stages' outputs and the snapshot (as a DVC object); returns the snapshot's md5."""
    from dvc.fs import LocalFileSystem
    from dvc_data.hashfile.hash_info import HashInfo

    md5 = md5_text(snapshot)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dvc.lock"
        path.write_text(snapshot, encoding="utf-8")
        repo.cache.local.add(str(path), LocalFileSystem(), md5)
    repo.push(targets=stages, remote=remote.name)
    result = repo.cloud.push([HashInfo("md5", md5)], remote=remote.name)
    if result.failed:
        raise OSError("the dvc.lock snapshot failed to upload")
    # DVC only warns about outputs missing from the cache (and skips their folder): check
    if missing := _not_on_remote(repo, remote, snapshot):
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        shown = ", ".join(missing[:5]) + more
        raise OSError(f"not in the DVC cache nor on the remote: {shown}; rerun those stages")
    return md5


def _not_on_remote(repo, remote: Remote, snapshot: str) -> list[str]:
    """The snapshot's outputs (and the files of its output folders) the remote lacks."""
    want: dict[str, str] = {}
    for entry in (yaml.safe_load(snapshot) or {}).get("stages", {}).values():
        for out in entry.get("outs") or []:
            md5 = out.get("md5")
            if not md5:
                continue
            want[md5] = out["path"]
            manifest = Path(repo.cache.local.oid_to_path(md5))
            if md5.endswith(".dir") and manifest.is_file():
                for item in json.loads(manifest.read_text()):
                    want[item["md5"]] = f"{out['path']}/{item['relpath']}"
    present = set(repo.cloud.get_remote_odb(remote.name, "push").oids_exist(list(want)))
    return sorted(path for oid, path in want.items() if oid not in present)


def push_version(project: Project, snapshot: str | None, tags: dict) -> dict[str, str]:
    """Push the data of the version about to be registered; the tags that record where.

    Nothing to push (not a DVC project, no dvc.lock, or a dvc.lock that does not describe the
    data on disk): a warning and no tags. A push that fails: a PipelineError naming the remote,
    raised before anything is registered."""
    from tasks.lib.runtime import get_logger

    log = get_logger()
    if snapshot is None or not (project.root / ".dvc").is_dir():
        log.warning(
            "register: no DVC project with a dvc.lock in %s: this version's data is NOT pushed "
            "to a DVC remote (run the pipeline with `ftpipe run` or `dvc repro`)",
            project.root,
        )
        return {}
    remote = resolve_remote(project)
    with open_repo(project.root, remote.config) as repo:
        if why := _split_mismatch(repo, project, snapshot, tags):
            log.warning("register: %s: this version's data is NOT pushed to %s", why, remote.url)
            return {}
        try:
            md5 = _push(repo, remote, _stages_with_outs(snapshot), snapshot)
        except Exception as err:  # any backend's failure (S3, SSH, disk): one line, no version
            raise PipelineError(
                f"cannot push this version's data to the DVC remote {remote.url} "
                f"({_reason(err)}): nothing registered; fix the remote (register.dvc_remote or "
                "`dvc remote add -d`) and rerun"
            ) from None
    log.info("register: data pushed to the DVC remote %s", remote.url)
    return {"dvc.remote": remote.url, "dvc.lock_md5": md5}


# ---------------------------------------------------------------------------------------------
# ftpipe checkout / rollback --restore: pull
# ---------------------------------------------------------------------------------------------


def _snapshot_from_mlflow(client, run_id: str) -> str | None:
    from mlflow.exceptions import MlflowException

    with tempfile.TemporaryDirectory() as tmp:
        try:
            path = client.download_artifacts(run_id, SNAPSHOT_ARTIFACT, tmp)
        except (MlflowException, OSError):
            return None
        return Path(path).read_text(encoding="utf-8")


def _snapshot_from_remote(project: Project, remote: Remote, md5: str) -> str | None:
    from dvc_data.hashfile.hash_info import HashInfo

    with open_repo(project.root, remote.config) as repo:
        try:
            repo.cloud.pull([HashInfo("md5", md5)], remote=remote.name)
        except Exception:  # unreachable or missing: the caller says what was tried
            return None
        path = Path(repo.cache.local.oid_to_path(md5))
        return path.read_text(encoding="utf-8") if path.is_file() else None


def version_snapshot(project: Project, client, mv, remote: Remote) -> str:
    """The version's dvc.lock snapshot: from its MLflow run, else from the DVC remote by its
    `dvc.lock_md5` tag; checked against that tag when there is one."""
    want = mv.tags.get("dvc.lock_md5")
    text = _snapshot_from_mlflow(client, mv.run_id)
    if (text is None or (want and md5_text(text) != want)) and want:
        text = _snapshot_from_remote(project, remote, want)
    if text is None:
        where = f"its MLflow run {mv.run_id}" + (f" or the DVC remote {remote.url}" if want else "")
        raise PipelineError(f"version {mv.version}: no {SNAPSHOT_ARTIFACT} in {where}")
    if want and md5_text(text) != want:
        raise PipelineError(
            f"version {mv.version}: its {SNAPSHOT_ARTIFACT} does not match the dvc.lock_md5 tag "
            f"({md5_text(text)} != {want}): the snapshot was changed after registration"
        )
    return text


def _lock_change(old: str | None, new: str) -> str:
    """What writing `new` over `old` changes, for the user."""
    if old is None:
        return "dvc.lock written (there was none)"
    if old == new:
        return "dvc.lock unchanged"
    before = (yaml.safe_load(old) or {}).get("stages", {})
    after = (yaml.safe_load(new) or {}).get("stages", {})
    changed = [s for s in after if before.get(s) != after[s]]
    changed += [f"{s} (dropped)" for s in before if s not in after]
    differ = ", ".join(changed) or "none"
    return f"dvc.lock replaced; stages that differ: {differ} (`git diff dvc.lock` shows how)"


def _pull(project: Project, remote: Remote, stages: list[str], mv) -> None:
    pushed = mv.tags.get("dvc.remote")
    if not pushed:
        where = "; it was registered without a push (only a DVC cache that has it can restore it)"
    else:
        where = "" if pushed == remote.url else f"; it was pushed to {pushed}"
    with open_repo(project.root, remote.config) as repo:
        try:
            repo.pull(targets=stages, remote=remote.name, force=True)
        except Exception as err:  # missing objects, an unreachable remote, bad credentials
            raise PipelineError(
                f"cannot restore version {mv.version}'s data from the DVC remote {remote.url} "
                f"({_reason(err)}){where}; dvc.lock was put back as it was"
            ) from None


def verify_split(project: Project, tags: dict, version: str) -> list[str]:
    """The split files' md5s against the version's lineage tags; returns the files checked."""
    checked = []
    for name in SPLITS:
        want = tags.get(f"data.{name}_md5")
        if not want:
            continue
        path = project.split_path(name)
        rel = path.relative_to(project.root)
        got = file_md5(path) if path.is_file() else "missing"
        if got != want:
            raise PipelineError(
                f"{rel}: md5 {got}, but version {version} was registered with {want}: the "
                "restored file is not that version's data (a corrupted remote object or a "
                "changed tag)"
            )
        checked.append(str(rel))
    return checked


def restore_version(project: Project, client, model: str, version: str) -> dict:
    """Make the project's dvc.lock and data those of `version`: its snapshot becomes dvc.lock
    (atomically; the old one is put back if the pull fails), its outputs come from the remote,
    and the split files must match the version's md5 tags."""
    from tasks.lib import tracking
    from tasks.lib.lock import project_lock

    mv = tracking.model_version(client, model, str(version))
    if not (project.root / ".dvc").is_dir():
        raise PipelineError(f"{project.root} is not a DVC project (no .dvc folder): clone it first")
    # dvc.lock and data/ change: never under a running pipeline or stage
    with project_lock(project.root, "run", what=f"ftpipe checkout {version}"):
        return _restore(project, mv, client, resolve_remote(project))


def _restore(project: Project, mv, client, remote: Remote) -> dict:
    version = str(mv.version)
    snapshot = version_snapshot(project, client, mv, remote)
    stages = _stages_with_outs(snapshot)
    lock = project.root / "dvc.lock"
    old = lock.read_text(encoding="utf-8") if lock.is_file() else None
    with atomic_file(lock) as tmp:
        tmp.write_text(snapshot, encoding="utf-8")
    try:
        _pull(project, remote, stages, mv)
    except BaseException:
        if old is None:
            lock.unlink(missing_ok=True)
        else:
            with atomic_file(lock) as tmp:
                tmp.write_text(old, encoding="utf-8")
        raise
    checked = verify_split(project, mv.tags, version)
    outs = (yaml.safe_load(snapshot) or {}).get("stages", {})
    return {
        "version": version,
        "remote": remote.url,
        "pushed_to": mv.tags.get("dvc.remote"),
        "lock": _lock_change(old, snapshot),
        "restored": {s: [o["path"] for o in outs[s]["outs"]] for s in stages},
        "verified": checked,
    }
