"""Shadow comparison: the registered `champion` and `challenger` (and the classic TF-IDF model of
the last baseline run) answer the same logged requests, without labels: where they disagree, and
what each costs in latency. What a platform team looks at before promoting.

    ftpipe shadow --requests logged.jsonl [--out FILE]
    result = run_shadow(project, Path("logged.jsonl"))             # -> shadow/<UTC time>.json
    compare_answers({"champion": [...], "challenger": [...]}, labels)   # the pure core

Requests: one JSON object per line, `{"text": "..."}` or `{"messages": [...]}` (chat: the
conversation up to its last user turn is the request, what follows it, e.g. the logged answer, is
ignored). Every model answers as evaluate made it answer: the registered weights as
`champion_run` loads them (an `ft:` version through the OpenAI API), the task's prompts and
`evaluate` decoding, latency timed one request at a time for the first `evaluate.latency_requests`.
No request text leaves this module: the result, the table and the MLflow run hold counts, labels
and line numbers only (never a model's raw generation either: it may quote the request).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import Any

from tasks.lib.errors import DataError, PipelineError
from tasks.lib.project import Project
from tasks.lib.records import ROLES

SHADOW_DIR = "shadow"  # default output folder, in the project: shadow/<UTC timestamp>.json
RULE = "shadow"  # the rule every bad request line is reported under
FIRST = 10  # disagreeing line numbers kept per pair of models


# ---------------------------------------------------------------------------------------------
# The pure core: agreement between models' answers (no model, no I/O)
# ---------------------------------------------------------------------------------------------


def _label_order(labels: Sequence[str]):
    """Sort key: `task.labels` order, then any other label, then None (no label named)."""
    return lambda x: (x is None, labels.index(x) if x in labels else len(labels), str(x))


def compare_answers(
    answers: dict[str, list[str | None]],
    labels: Sequence[str],
    *,
    lines: Sequence[int] | None = None,
    first: int = FIRST,
) -> dict[str, Any]:
    """How often each pair of models gives the same answer, and how they differ.

    Two None answers (neither named a label) count as agreeing: the models behave alike.

    Args:
        answers: model name -> its answer per request (None: no label); pairs are taken in this
            order ("champion", "challenger", "classic" -> champion_vs_challenger, ...).
        labels: `task.labels`, for the order of the disagreement rows.
        lines: each request's line number in the requests file (default 0, 1, ...).
        first: how many disagreeing line numbers to keep per pair.

    Returns:
        {"n", "answer_counts": {model: {"labels": {label: count}, "no_label": count}},
        "agreement": {"a_vs_b": share}, "pairs": {"a_vs_b": {"a", "b", "agree", "disagree",
        "agreement", "disagreements": [{a: label, b: label, "count"}] (most frequent first),
        "first_disagreements": [line, ...]}}}.
    """
    sizes = {len(v) for v in answers.values()}
    if len(sizes) > 1:
        raise ValueError(
            f"answers of different lengths: { {k: len(v) for k, v in answers.items()} }"
        )
    n = sizes.pop() if sizes else 0
    lines = list(range(n)) if lines is None else list(lines)
    if len(lines) != n:
        raise ValueError(f"{len(lines)} line numbers for {n} answers")
    order = _label_order(labels)
    counts = {}
    for name, values in answers.items():
        c = Counter(v for v in values if v is not None)
        counts[name] = {
            "labels": {lab: c[lab] for lab in sorted(c, key=order)},
            "no_label": sum(v is None for v in values),
        }
    pairs = {}
    for a, b in combinations(answers, 2):
        differ = [i for i, (x, y) in enumerate(zip(answers[a], answers[b], strict=True)) if x != y]
        by_class = Counter((answers[a][i], answers[b][i]) for i in differ)
        rows = sorted(by_class.items(), key=lambda kv: (-kv[1], order(kv[0][0]), order(kv[0][1])))
        pairs[f"{a}_vs_{b}"] = {
            "a": a,
            "b": b,
            "agree": n - len(differ),
            "disagree": len(differ),
            "agreement": round((n - len(differ)) / n, 6) if n else None,
            "disagreements": [{a: x, b: y, "count": k} for (x, y), k in rows],
            "first_disagreements": [lines[i] for i in differ[:first]],
        }
    return {
        "n": n,
        "answer_counts": counts,
        "agreement": {key: pair["agreement"] for key, pair in pairs.items()},
        "pairs": pairs,
    }


# ---------------------------------------------------------------------------------------------
# The requests file
# ---------------------------------------------------------------------------------------------


class _Bad(ValueError):
    """A request line that cannot be answered; the message never quotes the line."""


def _is_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")  # JSON may escape a lone surrogate ("\\ud800"): not text
    except UnicodeEncodeError:
        return False
    return True


def _request_turns(obj: Any) -> list[dict[str, str]]:
    """The turns the model sees for one logged request (system turns are replaced by
    `task.system_prompt` later, in `build_messages`). Raises _Bad naming what is wrong."""
    if not isinstance(obj, dict) or ("text" in obj) == ("messages" in obj):
        raise _Bad("expected a JSON object with either 'text' or 'messages'")
    if "text" in obj:
        if not _is_text(obj["text"]) or not obj["text"].strip():
            raise _Bad("'text' must be a non-empty string")
        return [{"role": "user", "content": obj["text"]}]
    messages = obj["messages"]
    if not isinstance(messages, list) or not messages:
        raise _Bad("'messages' must be a non-empty list")
    for i, m in enumerate(messages, start=1):
        if not isinstance(m, dict) or not _is_text(m.get("role")) or not _is_text(m.get("content")):
            raise _Bad(f"message {i} must be an object with string 'role' and 'content'")
        if m["role"] not in ROLES:
            raise _Bad(f"message {i} has an unknown role; allowed: {', '.join(ROLES)}")
    users = [i for i, m in enumerate(messages) if m["role"] == "user"]
    if not users:
        raise _Bad("no user turn: nothing to answer")
    if not messages[users[-1]]["content"].strip():
        raise _Bad(f"message {users[-1] + 1} (the last user turn) is empty")
    return [{"role": m["role"], "content": m["content"]} for m in messages[: users[-1] + 1]]


def read_requests(
    path: str | Path, rule: str = RULE
) -> tuple[list[int], list[list[dict[str, str]]]]:
    """(line numbers, turns) of every request; a bad line is a DataError `file:line: [rule]`
    (`ftpipe predict` reads its requests here too, under its own rule name)."""
    from tasks.lib.io import iter_jsonl

    lines, turns = [], []
    try:
        for lineno, obj in iter_jsonl(path):
            try:
                turns.append(_request_turns(obj))
            except _Bad as err:
                raise DataError(path, lineno, rule, str(err)) from None
            lines.append(lineno)
    except DataError as err:
        if err.line is None or err.rule == rule:
            raise
        raise DataError(path, err.line, rule, err.reason) from None  # bad JSON or UTF-8
    if not lines:
        raise DataError(path, None, rule, "no requests in the file")
    return lines, turns


# ---------------------------------------------------------------------------------------------
# The models
# ---------------------------------------------------------------------------------------------


def alias_version(project: Project, alias: str) -> Any:
    """The model version `alias` points at; a one-line PipelineError when there is none. Never
    creates a store (a project that registered nothing has no champion)."""
    from tasks.lib import tracking

    model = project.params.task.name
    if db := tracking.missing_store(project):
        raise PipelineError(
            f"no registered model '{model}' yet (no MLflow store at {db}): run the pipeline first"
        )
    client = tracking.client(project)
    version = tracking.registered_model(client, model).aliases.get(alias)
    if version is None:
        raise PipelineError(f"no {alias} yet: run the pipeline first")
    return client.get_model_version(model, str(version))


def _as_records(turns: list[list[dict[str, str]]], placeholder: str) -> list[dict]:
    """Requests shaped as records, so `champion_run` / `classic_run` take them as they take the
    test split: `record_prompt` gives `build_messages(system_prompt, turns)`, `user_text` the
    classic model's input. The final assistant turn is a placeholder label, never read."""
    return [{"messages": [*t, {"role": "assistant", "content": placeholder}]} for t in turns]


def classic_path(project: Project) -> Path:
    from tasks.lib.project import CLASSIC_MODEL

    return project.stage_dir("baseline") / CLASSIC_MODEL


def model_runs(project: Project, records: list[dict], versions: dict[str, Any]) -> dict:
    """Each registered version's answers (a `contenders.Run`, renamed after its alias), then the
    classic model's when the last baseline run saved one."""

    from tasks.lib.contenders import champion_run, classic_run

    runs = {}
    for alias, version in versions.items():
        # champion_run loads any registered version: its weights, base model tag or ft: model
        runs[alias] = champion_run(project, records, version, name=alias)
    path = classic_path(project)
    if path.is_file():
        from tasks.lib.classic import load_classic

        runs["classic"] = classic_run(load_classic(path), records, project)
    return runs


# ---------------------------------------------------------------------------------------------
# The run: answers, comparison, the result file and the MLflow run
# ---------------------------------------------------------------------------------------------


def _logged_model_id(version: Any) -> str | None:
    """The MLflow 3 logged model a version was registered from (`log_model` registers the
    source `models:/<model id>`; the SQL registry does not fill `model_id`), if any."""
    if getattr(version, "model_id", None):
        return version.model_id
    source = version.source or ""
    return source.removeprefix("models:/") if source.startswith("models:/m-") else None


def _log(project: Project, result: dict, out: Path, versions: dict[str, Any]) -> str:
    """The result file and an MLflow run in the task's experiment (metrics, tags, the file),
    with both versions' logged models as its inputs. Returns the run id."""
    import mlflow
    from mlflow.entities import LoggedModelInput

    from tasks.lib import tracking
    from tasks.lib.io import write_json

    champion, challenger = versions[tracking.CHAMPION], versions[tracking.CHALLENGER]
    tags = {
        "ftpipe.stage": "shadow",
        "ftpipe.champion_version": str(champion.version),
        "ftpipe.challenger_version": str(challenger.version),
        "ftpipe.champion_run_id": champion.run_id or "",
        "ftpipe.challenger_run_id": challenger.run_id or "",
        "ftpipe.requests_md5": result["requests"]["md5"],
    }
    name = f"shadow-v{champion.version}-v{challenger.version}"
    with tracking.tracked_run(project, name=name, tags=tags) as run:
        result["mlflow_run_id"] = run.info.run_id
        write_json(out, result)
        metrics = {f"agreement.{k}": v for k, v in result["agreement"].items() if v is not None}
        for model, row in result["latency"].items():
            for key in ("p50_ms", "p95_ms", "batched_ms_per_request"):
                metrics[f"latency.{model}.{key}"] = row[key]
        mlflow.log_metrics({"requests": result["requests"]["n"], **metrics})
        mlflow.log_artifact(str(out), artifact_path="shadow")
        models = [_logged_model_id(v) for v in (champion, challenger)]
        inputs = [LoggedModelInput(m) for m in models if m]
        if inputs:  # MLflow's own link: the run lists both versions' models as its inputs
            tracking.client(project).log_inputs(run.info.run_id, models=inputs)
    return run.info.run_id


def run_shadow(project: Project, requests_path: str | Path, out: str | Path | None = None) -> dict:
    """Champion, challenger (and classic) on the logged requests; the result is written to `out`
    (default `shadow/<UTC timestamp>.json` in the project) and logged as an MLflow run.

    Args:
        project: whose registry, aliases, params (prompts, decoding) and baseline.
        requests_path: the JSONL of logged requests (see the module docstring).
        out: the result JSON.

    Returns:
        The result: the requests' md5 and count, the versions, agreement and disagreements per
        pair of models (`compare_answers`), latency per model, each request's answers by line
        number, the MLflow run id and where the file went.
    """
    from tasks.lib import tracking
    from tasks.lib.io import file_md5
    from tasks.lib.runtime import get_logger

    if project.params.task.type != "classification":
        raise PipelineError(
            f"ftpipe shadow compares labels (agreement, disagreements by class): task.type "
            f"classification only so far, not {project.params.task.type}"
        )
    requests_path = Path(requests_path)
    lines, turns = read_requests(requests_path)  # a bad line fails before any model loads
    versions = {a: alias_version(project, a) for a in (tracking.CHAMPION, tracking.CHALLENGER)}
    now = datetime.now(UTC)
    if out is None:
        out = project.root / SHADOW_DIR / f"{now:%Y%m%dT%H%M%SZ}.json"
    out = Path(out)
    from tasks.lib.contenders import latency

    labels = project.params.task.labels
    runs = model_runs(project, _as_records(turns, labels[0]), versions)
    answers = {name: run.predictions for name, run in runs.items()}
    result = {
        "model": project.params.task.name,
        "created_at": now.isoformat(timespec="seconds"),
        "requests": {"path": str(requests_path), "md5": file_md5(requests_path), "n": len(lines)},
        "scoring": project.params.evaluate.scoring,
        "versions": {
            a: {"version": str(v.version), "run_id": v.run_id, "describe": runs[a].describe}
            for a, v in versions.items()
        },
        "classic": str(classic_path(project)) if "classic" in runs else None,
        **compare_answers(answers, labels, lines=lines),
        "latency": {name: {"describe": run.describe, **latency(run)} for name, run in runs.items()},
        "answers": [
            {"line": line, **{name: answers[name][i] for name in answers}}
            for i, line in enumerate(lines)
        ],
        "out": str(out),
    }
    _log(project, result, out, versions)
    get_logger().info(
        "shadow: %d requests, champion v%s vs challenger v%s agree on %.3f -> %s",
        len(lines),
        versions[tracking.CHAMPION].version,
        versions[tracking.CHALLENGER].version,
        result["agreement"]["champion_vs_challenger"],
        out,
    )
    return result


# ---------------------------------------------------------------------------------------------
# The table `ftpipe shadow` prints
# ---------------------------------------------------------------------------------------------


def render_table(result: dict, *, rows: int = 8) -> str:
    """A compact table: latency per model, agreement per pair with its first disagreeing lines,
    then the most frequent champion -> challenger disagreements."""
    req = result["requests"]
    out = [
        f"shadow: {req['n']} requests from {req['path']} (md5 {req['md5'][:12]}), "
        f"scoring {result['scoring']}",
        f"  {'model':<12} {'what':<28} {'p50 ms':>8} {'p95 ms':>8} {'batched ms/req':>15}",
    ]
    for name, lat in result["latency"].items():
        out.append(
            f"  {name:<12} {lat['describe'][:28]:<28} {lat['p50_ms']:>8.1f} {lat['p95_ms']:>8.1f} "
            f"{lat['batched_ms_per_request']:>15.1f}"
        )
    out.append(f"  {'agreement':<28} {'rate':>6} {'agree/n':>9}  first disagreeing lines")
    for pair in result["pairs"].values():
        shown = ", ".join(map(str, pair["first_disagreements"])) or "-"
        more = " ..." if pair["disagree"] > len(pair["first_disagreements"]) else ""
        out.append(
            f"  {pair['a'] + ' vs ' + pair['b']:<28} {pair['agreement']:>6.3f} "
            f"{str(pair['agree']) + '/' + str(result['n']):>9}  {shown}{more}"
        )
    main = result["pairs"].get("champion_vs_challenger")
    if main and main["disagreements"]:
        out.append("  champion -> challenger disagreements (count)")
        for row in main["disagreements"][:rows]:
            a, b = row["champion"] or "(no label)", row["challenger"] or "(no label)"
            out.append(f"    {a:>14} -> {b:<14} {row['count']:>5}")
        if len(main["disagreements"]) > rows:
            out.append(f"    ... {len(main['disagreements']) - rows} more in the result file")
    out.append(f"  result: {result['out']}   MLflow run: {result.get('mlflow_run_id', '-')}")
    return "\n".join(out)
