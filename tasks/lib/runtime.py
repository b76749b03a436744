"""How stage code runs: the logger (Prefect's run logger inside a flow, ours under `dvc repro`),
progress lines with rate and ETA for long work, the stage-task decorator, and where we run
(a Prefect run? rank 0 of a data-parallel launch?).
"""

from __future__ import annotations

import logging
import os
import time


def get_logger(name: str = "ftpipe") -> logging.Logger | logging.LoggerAdapter:
    """The Prefect run logger inside a flow or task run, else the `ftpipe` logger (INFO)."""
    try:
        from prefect.exceptions import MissingContextError
        from prefect.logging import get_run_logger

        try:
            return get_run_logger()
        except MissingContextError:
            pass
    except ImportError:  # pragma: no cover - prefect is a hard dependency
        pass
    logger = logging.getLogger(name)
    # Configure our own logger regardless of the root logger: importing prefect puts a WARNING
    # handler on root, which would otherwise swallow every INFO line under `dvc repro`.
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


class Progress:
    """The one progress line of long work: "<what> <done>/<total> (<rate>/s, ETA <s> s)<extra>".

    Call `update(done)` as often as you like: it logs when `every_s` seconds have passed since the
    last line (0: on every call) and when the work is done; it stays silent when `total` is below
    `min_total` (small inputs need no progress). The rate counts from `start` (a resumed run).
    """

    def __init__(
        self,
        what: str,
        total: int,
        *,
        every_s: float = 10.0,
        min_total: int = 0,
        start: int = 0,
    ):
        self.what, self.total, self.every_s, self.start = what, total, every_s, start
        self.t0 = self.last = time.perf_counter()
        self.on = total >= min_total and total > 0

    def rate(self, done: int) -> float:
        """Units per second since the start."""
        return (done - self.start) / max(time.perf_counter() - self.t0, 1e-9)

    def update(self, done: int, extra: str = "") -> None:
        now = time.perf_counter()
        finished = done >= self.total
        if not self.on or (now - self.last < self.every_s and not finished):
            return
        self.last = now
        rate = self.rate(done)
        eta = (self.total - done) / rate if rate > 0 else float("nan")
        get_logger().info(
            "%s %d/%d (%.3g/s, ETA %.0f s)%s", self.what, done, self.total, rate, eta, extra
        )


def in_prefect_run() -> bool:
    """True inside a Prefect flow or task run (artifacts can be attached to it)."""
    from prefect.context import FlowRunContext, TaskRunContext

    return bool(FlowRunContext.get() or TaskRunContext.get())


def is_main_process() -> bool:
    """Rank 0 of a data-parallel launch (`accelerate launch`, torchrun: both set RANK), or the
    only process. Every rank trains; only rank 0 opens the MLflow run and writes outputs."""
    return int(os.environ.get("RANK", "0")) == 0


def stage_task(fn):
    """Make a stage's I/O wrapper a Prefect task named like the stage.

    No Prefect result caching: DVC decides what is up to date, from hashes of data, code and params.
    Called without the engine (`fn.fn(project)`) by `ftpipe stage <name>` under `dvc repro`.
    """
    from prefect import task
    from prefect.cache_policies import NO_CACHE

    return task(name=fn.__name__, task_run_name=fn.__name__, cache_policy=NO_CACHE)(fn)
