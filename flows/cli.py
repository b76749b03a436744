"""ftpipe command line. Only the standard library is imported at module level: `--help` is instant.

ftpipe check [--params FILE]             what a run needs, checked before anything runs
ftpipe run [--force] [--params FILE]     whole pipeline as a Prefect flow (skips up-to-date stages)
ftpipe run --skip-if-unchanged           ... or nothing when the champion had this data and params
ftpipe ingest FILE [--replace]           check FILE's records, add them to data.input, send the
                                         event that starts the retraining deployment
ftpipe stage NAME                        one stage, as `dvc repro` runs it (see dvc.yaml)
  run, stage: one at a time per project; another one stops at once, or waits with --wait SECONDS
ftpipe advise                            what the baseline contenders say before training
ftpipe status                            registered versions, aliases, metrics
ftpipe promote VERSION --reason TEXT     move `champion` to VERSION (recorded)
ftpipe rollback --reason TEXT            move `champion` back to the previous champion (recorded)
ftpipe rollback --reason TEXT --restore  ... and restore its data (as `ftpipe checkout` does)
ftpipe checkout VERSION                  VERSION's dvc.lock and data from the DVC remote, checked
ftpipe history                           every alias move, oldest first
ftpipe shadow --requests FILE [--out F]  champion vs challenger (and classic) on logged requests
ftpipe review export --a X --b Y [--n N] blinded CSV of two contenders' answers for people
ftpipe review import FILE                the ratings back: preference rate with its interval
ftpipe serve [--alias A] [--port P]      the champion over HTTP (MLflow's scoring server)
ftpipe predict FILE [--out F] [--alias A]  score a JSONL file with the champion, in-process
ftpipe train-tagger FILE [--out MODEL]   train the PII tagger on your labelled docs (JSONL)

A user error (bad arguments, params, data, missing setup) is one line `ftpipe: error: ...` on
stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import NoReturn

from tasks.lib.stages import STAGES  # stdlib only: --help stays instant


def _quiet_env() -> None:
    """No telemetry, no network lookups from the tools we drive (the machine may be offline)."""
    for key, value in {
        "MLFLOW_DISABLE_TELEMETRY": "true",
        "DVC_NO_ANALYTICS": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "TOKENIZERS_PARALLELISM": "false",
        "GIT_PYTHON_REFRESH": "quiet",
    }.items():
        os.environ.setdefault(key, value)


def _project(args):
    from tasks.lib.project import Project

    return Project.load(args.project, args.params)


# ---------------------------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------------------------


def _print_problems(problems: list[str]) -> int:
    for problem in problems:
        print(f"ftpipe: error: {problem}", file=sys.stderr)
    return 2 if problems else 0


def cmd_check(args) -> int:
    from tasks.lib.checks import run_checks

    project = _project(args)
    report = run_checks(project)
    for note in report.notes:
        print(f"note: {note}")
    if not report.problems:
        print(f"ok: {project.root}: params, input files, base model, keys, disk, MLflow store")
    return _print_problems(report.problems)


def cmd_run(args) -> int:
    from tasks.lib.checks import run_checks

    project = _project(args)  # bad params fail here, before Prefect is even imported
    # the flow runs the same checks as its first task; here they fail in seconds, before a
    # temporary Prefect server starts (its notes are logged by that task)
    if problems := run_checks(project).problems:
        return _print_problems(problems)

    from flows.pipeline import pipeline
    from tasks.lib.io import read_json
    from tasks.lib.lock import project_lock
    from tasks.lib.project import RESULT

    # taken here too (the flow takes it again, re-entrant): a second run stops in a second,
    # before a temporary Prefect server starts
    with project_lock(project.root, "run", what="ftpipe run", timeout_s=args.wait):
        results = pipeline(
            project_dir=str(project.root),
            params_file=args.params,
            force=args.force,
            lock_timeout_s=args.wait,
            skip_if_unchanged=args.skip_if_unchanged,
        )
    if results is None:  # --skip-if-unchanged: the flow ended "Skipped" (its log says why)
        print("skipped: a registered version was trained on this data.input and these params")
        return 0
    result_file = project.stage_dir("register") / RESULT
    if result_file.is_file():
        print_result(read_json(result_file))
        print("  to version this run: git add dvc.lock data/.gitignore params.yaml && git commit")
    return 0


def cmd_ingest(args) -> int:
    from tasks.lib.ingest import announce, ingest
    from tasks.lib.lock import project_lock

    project = _project(args)
    with project_lock(project.root, "run", what="ftpipe ingest", timeout_s=args.wait):
        done = ingest(project, args.file, replace=args.replace)  # a run never sees half an input
    rel = done.path.relative_to(project.root)
    how = "replaced" if done.replaced else "appended"
    print(f"{rel}: {how} {done.added} record(s), now {done.total} (md5 {done.md5})")
    if done.dvc_tracked:
        print(f"  dvc add {rel}: done; to version it: git add {rel}.dvc && git commit && dvc push")
    else:
        print(f"  to version it: git add {rel} && git commit")
    sent = announce(project, done)
    state = "sent" if sent else "NOT sent: no Prefect API (nothing retrains on it)"
    print(f"  event ftpipe.data.ingested {state}")
    return 0


def print_result(res: dict) -> None:
    """The contenders table with intervals, latency and cost, then the gate's decision."""
    metric, rows = res["metric"], res["contenders"]
    print()
    print(
        f"  {metric} on the test set, with 95% intervals; candidate - contender paired; "
        "latency one request at a time, req/s batched, prompt tokens per request"
    )
    print(
        f"    {'contender':<14} {'what':<30} {metric:<22} {'candidate - it':<24} "
        f"{'p50 ms':>8} {'req/s':>6} {'tokens':>6} {'$ / 1k req':>10}"
    )
    for name, c in rows.items():
        value = f"{c['value']:.3f} [{c['low']:.3f}, {c['high']:.3f}]"
        diff = (
            ""
            if c["difference"] is None
            else (
                f"{c['difference']:+.3f} [{c['difference_low']:+.3f}, {c['difference_high']:+.3f}]"
            )
        )
        cost = "" if c["cost_per_1k_usd"] is None else f"{c['cost_per_1k_usd']:.4f}"
        rate = "" if c.get("requests_per_s") is None else f"{c['requests_per_s']:.1f}"
        tokens = "" if c.get("prompt_tokens") is None else f"{c['prompt_tokens']:.0f}"
        print(
            f"    {name:<14} {c['describe'][:30]:<30} {value:<22} {diff:<24} "
            f"{c['p50_ms']:>8.1f} {rate:>6} {tokens:>6} {cost:>10}"
        )
    verdict = "PROMOTED to champion" if res["promoted"] else f"not promoted: {res['verdict']}"
    print(f"  registered: {res['model']} version {res['version']} -> {verdict}")
    for reason in res["reasons"]:
        print(f"    - {reason}")
    print(f"  champion is now: v{res['champion_after']}" if res["champion_after"] else "")
    print("  report: data/register/report.html (and in MLflow with the version)")


def cmd_advise(args) -> int:
    from tasks.lib.advice import advise

    project = _project(args)
    lines = advise(project)
    for line in lines:
        print(f"- {line}")
    if not lines:
        print("nothing to add: no contender reaches the floor yet, the data size is fine")
    return 0


def cmd_stage(args) -> int:
    from contextlib import nullcontext

    from flows import dag
    from tasks.lib.lock import project_lock

    project = _project(args)
    # `dvc repro` runs this once per stage: it must not interleave with an `ftpipe run`. Under
    # torchrun (data-parallel train) every rank runs it: rank 0 holds the lock for them all.
    rank0 = os.environ.get("RANK", "0") == "0"
    what = f"ftpipe stage {args.name}"
    with (
        project_lock(project.root, "run", what=what, timeout_s=args.wait)
        if rank0
        else nullcontext()
    ):
        summary = dag.stage_function(args.name).fn(project)
    if args.name == "register":
        print_result(summary)
    return 0


def _client(args):
    """The registry of the project's store. Read-only commands never create a store: without
    one, nothing was registered yet (and MLflow would print its table-creation logs)."""
    from tasks.lib import tracking
    from tasks.lib.errors import PipelineError

    project = _project(args)
    model = project.params.task.name
    if db := tracking.missing_store(project):
        raise PipelineError(
            f"no registered model '{model}' yet (no MLflow store at {db}): run `ftpipe run` "
            "(or `dvc repro`) first"
        )
    return tracking.client(project), model  # a broken store: a one-line PipelineError


def cmd_status(args) -> int:
    from tasks.lib import tracking

    client, model = _client(args)
    rm = tracking.registered_model(client, model)
    print(f"model {model}   tracking {tracking.tracking_uri(_project(args))}")
    aliases = ", ".join(f"{a} -> v{v}" for a, v in sorted(rm.aliases.items())) or "none"
    print(f"aliases: {aliases}")
    versions = sorted(
        client.search_model_versions(f"name='{model}'"), key=lambda v: -int(v.version)
    )[: args.limit]
    by_version: dict[str, list[str]] = {}
    for alias, v in rm.aliases.items():
        by_version.setdefault(str(v), []).append(alias)
    print(
        f"{'version':>7}  {'created (UTC)':<16}  {'metric':<9} {'tuned':>6} {'base':>6}  "
        f"{'test data md5':<12}  {'git':<8}  aliases / promotion"
    )
    from datetime import UTC, datetime

    for v in versions:
        t = v.tags
        metric = t.get("promotion_metric", "accuracy")
        created = datetime.fromtimestamp(v.creation_timestamp / 1000, UTC).strftime(
            "%Y-%m-%d %H:%M"
        )
        print(
            f"{v.version:>7}  {created:<16}  {metric:<9} {t.get(f'test_{metric}', '-')[:6]:>6} "
            f"{t.get(f'base_{metric}', '-')[:6]:>6}  {t.get('data.test_md5', '-')[:12]:<12}  "
            f"{t.get('git.commit', '-')[:8]:<8}  "
            f"{','.join(by_version.get(str(v.version), [])) or '-'}  "
            f"{t.get('promotion', '')[:60]}"
        )
    return 0


def _print_event(e: dict) -> None:
    frm = f"v{e['from']}" if e["from"] else "(none)"
    print(
        f"{e['seq']:>4}  {e['at']}  {e['alias']:<10} {frm:>6} -> v{e['to']:<4} "
        f"{e['actor']:<8} {e['user']:<10} {e['reason']}"
    )


def cmd_promote(args) -> int:
    from tasks.lib import tracking

    client, model = _client(args)
    tracking.registered_model(client, model)
    _print_event(tracking.promote(client, model, args.version, reason=args.reason))
    return 0


def cmd_rollback(args) -> int:
    from tasks.lib import tracking

    client, model = _client(args)
    tracking.registered_model(client, model)
    event = tracking.rollback(client, model, reason=args.reason)
    _print_event(event)
    ds = tracking.dataset_version(client, model, event["to"], tracking.tracking_uri(_project(args)))
    print(f"champion is now v{ds['version']} (run {ds['run_id']})")
    print(
        f"its dataset: data/split md5 {ds['split_md5'] or 'not recorded'}, test.jsonl md5 "
        f"{ds['test_md5']}, git commit {ds['git_commit']}"
        + (" (uncommitted changes at the time)" if ds["git_dirty"] else "")
    )
    if args.restore:
        return _restore(args, client, model, event["to"])
    print(f"to restore that dataset: {ds['checkout']}  (or by hand with DVC:)")
    for line in ds["restore"]:
        print(f"  {line}")
    return 0


def _restore(args, client, model: str, version: str) -> int:
    """VERSION's dvc.lock snapshot and data, from the DVC remote (tasks/lib/remote.py)."""
    from tasks.lib.remote import restore_version

    res = restore_version(_project(args), client, model, version)
    print(f"{model} v{res['version']}: {res['lock']}")
    print(f"restored from {res['remote']}:")
    for stage, paths in res["restored"].items():
        print(f"  {stage:<10} {', '.join(paths)}")
    print(f"md5 as registered: {', '.join(res['verified']) or '(no md5 tags to check)'}")
    return 0


def cmd_checkout(args) -> int:
    from tasks.lib import tracking

    client, model = _client(args)
    tracking.model_version(client, model, args.version)  # names the versions there are
    return _restore(args, client, model, args.version)


def cmd_history(args) -> int:
    from tasks.lib import tracking

    client, model = _client(args)
    tracking.registered_model(client, model)
    events = tracking.alias_history(client, model)
    print(
        f"{'seq':>4}  {'at (UTC)':<25}  {'alias':<10} {'from':>6}    {'to':<4} "
        f"{'actor':<8} {'user':<10} reason"
    )
    for e in events:
        _print_event(e)
    if not events:
        print("(no alias moves yet)")
    return 0


def cmd_shadow(args) -> int:
    from tasks.lib.shadow import render_table, run_shadow

    result = run_shadow(_project(args), args.requests, args.out)
    print(render_table(result))
    return 0


def cmd_review(args) -> int:
    from tasks.lib.review import export_review, import_review, key_path

    if args.action == "export":
        out = export_review(_project(args), args.a, args.b, n=args.n, seed=args.seed, out=args.out)
        print(f"wrote {out} (blinded; fill `preference` with A, B or tie)")
        print(f"key: {key_path(out)} (keep it from the reviewers)")
        return 0
    res = import_review(args.file)
    a, b, pref = res["a"], res["b"], res[f"{res['a']}_preferred"]
    wins = res["wins"]
    print(f"{res['rated']} rated ({res['unrated']} blank): {a} {wins[a]}, {b} {wins[b]}, ", end="")
    print(f"ties {res['ties']}")
    if pref is not None:
        shown = f"{pref['value']:.3f} [{pref['low']:.3f}, {pref['high']:.3f}]"
        print(f"{a} preferred over {b}: {shown} (95% Wilson interval; ties left out)")
    return 0


def cmd_serve(args) -> int:
    from tasks.lib.serve import serve

    def echo(line: str) -> None:
        print(line, flush=True)  # a log file or pipe sees "ready" when it happens

    return serve(_project(args), args.alias, args.host, args.port, echo=echo)


def cmd_predict(args) -> int:
    from tasks.lib.serve import predict_file

    res = predict_file(_project(args), args.file, args.out, alias=args.alias)
    print(
        f"scored {res['n']} requests with {res['model']} v{res['version']} ({res['alias']}, "
        f"run {res['run_id']}) -> {res['out']}"
    )
    return 0


# ---------------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is ONE line on stderr (no usage block), exit code 2.
    Sub-command parsers are of the same class (argparse's default), so they answer alike."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"ftpipe: error: {message} (see {self.prog} --help)\n")


def cmd_train_tagger(args) -> int:
    import time

    from tasks.lib.pii_tagger import read_labelled, train

    project = _project(args)
    docs = read_labelled(args.file)
    out = project.root / args.out
    n_spans = sum(s["type"] in ("person", "address") for d in docs for s in d["spans"])
    print(f"training the PII tagger on {len(docs):,} docs ({n_spans:,} name/address spans)...")
    t0 = time.perf_counter()
    info = train(docs, out, about={"trained_on": str(args.file)})
    print(
        f"{args.out}: {info['tokens']:,} tokens, spans {info['spans']}, "
        f"{time.perf_counter() - t0:.1f} s (provenance in {out.with_suffix('.json').name})"
    )
    print(f"  to use it: scrub_pii.tagger: {args.out} in params.yaml")
    print(f"  and list {args.out} under the scrub_pii stage's deps in dvc.yaml, so that")
    print("  `dvc repro` reruns the stage when the model changes")
    return 0


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return int(text)


def _add_wait(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="if another run holds this project, wait up to SECONDS for it (default: stop at once)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ftpipe",
        description="Fine-tuning pipeline: validate, scrub PII, dedup, split, baseline, train, "
        "evaluate, register. Run in a project folder (params.yaml + dvc.yaml).",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--project", default=".", help="project folder (default: current)")
    common.add_argument(
        "--params", default="params.yaml", help="params file, relative to the project folder"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "check",
        parents=[common],
        help="check params, input files, base model, API keys, CUDA, disk space and the MLflow "
        "store before running; one line per problem, exit 2",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("run", parents=[common], help="run the whole pipeline as a Prefect flow")
    p.add_argument("--force", action="store_true", help="rerun stages that are up to date")
    _add_wait(p)
    _add_retraining(p, sub, common)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "advise", parents=[common], help="what the baseline contenders say, before training"
    )
    p.set_defaults(func=cmd_advise)

    p = sub.add_parser("stage", parents=[common], help="run one stage (what dvc repro calls)")
    p.add_argument("name", choices=STAGES)
    _add_wait(p)
    p.set_defaults(func=cmd_stage)

    p = sub.add_parser("status", parents=[common], help="versions, aliases and metrics")
    p.add_argument("--limit", type=_positive_int, default=10, help="newest N versions (default 10)")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("promote", parents=[common], help="make VERSION the champion")
    p.add_argument("version")
    p.add_argument("--reason", required=True, help="why (kept in the alias history)")
    p.set_defaults(func=cmd_promote)

    _add_rollback_checkout(sub, common)

    p = sub.add_parser("history", parents=[common], help="every alias move, oldest first")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser(
        "shadow",
        parents=[common],
        help="run champion and challenger (and the classic model) on logged requests, without "
        "labels: agreement, disagreements by class, latency; result JSON + an MLflow run",
    )
    p.add_argument(
        "--requests",
        required=True,
        metavar="FILE",
        help='JSONL, one request a line: {"messages": [...]} or {"text": "..."}',
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        default=None,
        help="result JSON (default: shadow/<UTC timestamp>.json in the project folder)",
    )
    p.set_defaults(func=cmd_shadow)
    _add_review(sub, common)
    _add_serving(sub, common)
    _add_train_tagger(sub, common)
    return parser


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port 1-65535, got {text!r}")
    return int(text)


def _add_serving(sub, common) -> None:
    """`ftpipe serve` and `ftpipe predict`: the version an alias points at, resolved once."""
    alias = argparse.ArgumentParser(add_help=False)
    alias.add_argument(
        "--alias", default="champion", help="registry alias to serve (default: champion)"
    )
    p = sub.add_parser(
        "serve",
        parents=[common, alias],
        help="serve the champion over HTTP with MLflow's model server (POST /invocations); "
        "restart it after a promote or rollback",
    )
    p.add_argument("--port", type=_port, default=5000, help="port (default 5000)")
    p.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser(
        "predict", parents=[common, alias], help="score a JSONL file with the champion"
    )
    p.add_argument("file", help='JSONL, one request a line: {"messages": [...]} or {"text": "..."}')
    p.add_argument(
        "--out", default=None, help="JSONL out (default: FILE's name + .predictions.jsonl)"
    )
    p.set_defaults(func=cmd_predict)


def _add_retraining(run, sub, common) -> None:
    """`ftpipe run --skip-if-unchanged` and `ftpipe ingest` (what the deployments react to)."""
    run.add_argument(
        "--skip-if-unchanged",
        action="store_true",
        help="do nothing if the champion was trained on this data.input and these params",
    )
    p = sub.add_parser(
        "ingest",
        parents=[common],
        help="check FILE's records with the validate stage's rules, append them to data.input "
        "(or --replace it), atomically; then send the Prefect event ftpipe.data.ingested",
    )
    p.add_argument("file", help='JSONL, one {"messages": [...]} per line')
    p.add_argument("--replace", action="store_true", help="replace data.input instead")
    _add_wait(p)
    p.set_defaults(func=cmd_ingest)


def _add_rollback_checkout(sub, common) -> None:
    """`ftpipe rollback [--restore]` and `ftpipe checkout VERSION`."""
    p = sub.add_parser("rollback", parents=[common], help="champion back to the previous one")
    p.add_argument("--reason", required=True, help="why (kept in the alias history)")
    p.add_argument(
        "--restore", action="store_true", help="then restore its dvc.lock and data (checkout)"
    )
    p.set_defaults(func=cmd_rollback)

    p = sub.add_parser(
        "checkout",
        parents=[common],
        help="a version's dvc.lock and data from the DVC remote, checked against its md5 tags",
    )
    p.add_argument("version", help="the model version number (ftpipe status lists them)")
    p.set_defaults(func=cmd_checkout)


def _add_train_tagger(sub, common) -> None:
    """`ftpipe train-tagger FILE [--out MODEL]`."""
    p = sub.add_parser(
        "train-tagger",
        parents=[common],
        help="train the PII tagger (names, addresses) on your own labelled docs; point "
        "scrub_pii.tagger at the model",
    )
    p.add_argument(
        "file", help='JSONL, one doc a line: {"text": ..., "spans": [{"start", "end", "type"}]}'
    )
    p.add_argument(
        "--out",
        default="models/pii_tagger.crfsuite",
        help="model path, relative to the project (default: models/pii_tagger.crfsuite)",
    )
    p.set_defaults(func=cmd_train_tagger)


def _add_review(sub, common) -> None:
    """`ftpipe review export | import`."""
    p = sub.add_parser(
        "review", parents=[common], help="blinded human review of two contenders' answers"
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    e = actions.add_parser("export", parents=[common], help="write the blinded CSV and its key")
    e.add_argument("--a", default="candidate", help="contender (default: candidate)")
    e.add_argument("--b", default="base", help="contender (default: base)")
    e.add_argument("--n", type=_positive_int, default=None, help="examples (default: all)")
    e.add_argument("--seed", type=int, default=0, help="shuffle seed")
    e.add_argument("--out", default=None, help="CSV path (default: review/<a>-vs-<b>.csv)")
    i = actions.add_parser("import", parents=[common], help="read the ratings back")
    i.add_argument("file", help="the rated CSV (its .key.json beside it)")
    p.set_defaults(func=cmd_review)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _quiet_env()
    from tasks.lib.errors import PipelineError

    try:
        return args.func(args)
    except PipelineError as err:
        print(f"ftpipe: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ftpipe: interrupted; finished stages keep their outputs", file=sys.stderr)
        return 130


if __name__ == "__main__":
    logging.captureWarnings(True)
    sys.exit(main())
