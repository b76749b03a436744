"""What every training backend gets and returns, and the loss history they all keep."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tasks.lib.project import Project
from tasks.lib.tokens import TokenCount


@dataclass(frozen=True)
class TrainJob:
    """The checked data and everything decided before a backend starts.

    Attributes:
        project: the project (params, paths).
        train: train split records (labels checked).
        val: val split records (labels checked).
        rows: TRL prompt/completion rows of `train` (`tasks.lib.prompts.sft_rows`).
        counts: token counts of `rows` with the base model's tokenizer.
        preflight: the pre-flight report (`tasks.lib.training.preflight.preflight`).
        main: rank 0 of a data-parallel launch, or the only process: owns MLflow and outputs.
    """

    project: Project
    train: list[dict]
    val: list[dict]
    rows: list[dict]
    counts: list[TokenCount]
    preflight: dict
    main: bool = True


@dataclass
class LossHistory:
    """Training loss per logging step and validation loss per evaluation, for run.json, MLflow
    and the fit verdict."""

    train_loss: list[float] = field(default_factory=list)
    train_step: list[int] = field(default_factory=list)
    eval_loss: list[float] = field(default_factory=list)
    eval_step: list[int] = field(default_factory=list)

    def add(self, step: int, *, train_loss: float | None = None, eval_loss: float | None = None):
        if train_loss is not None:
            self.train_loss.append(float(train_loss))
            self.train_step.append(int(step))
        if eval_loss is not None:
            self.eval_loss.append(float(eval_loss))
            self.eval_step.append(int(step))

    @classmethod
    def from_trainer_log(cls, log_history: Sequence[dict]) -> LossHistory:
        """From a transformers Trainer's `state.log_history` (it survives a resume)."""
        history = cls()
        for entry in log_history:
            history.add(
                entry["step"], train_loss=entry.get("loss"), eval_loss=entry.get("eval_loss")
            )
        return history

    def as_dict(self) -> dict[str, list]:
        return asdict(self)

    def fit_verdict(self) -> dict[str, Any]:
        """ "overfitting" when validation loss rose >5 % above its best while training loss kept
        falling after that point; else "ok". Needs at least two evaluations."""
        ev, ev_steps = self.eval_loss, self.eval_step
        if len(ev) < 2:
            return {"verdict": "n/a", "reason": "fewer than two evaluations"}
        best = min(range(len(ev)), key=ev.__getitem__)
        out = {
            "best_step": ev_steps[best],
            "best_eval_loss": round(ev[best], 4),
            "final_eval_loss": round(ev[-1], 4),
        }
        tr = list(zip(self.train_step, self.train_loss, strict=True))
        before = [loss for step, loss in tr if step <= ev_steps[best]][-3:]
        after = [loss for step, loss in tr if step > ev_steps[best]][-3:]
        falling = bool(before and after) and sum(after) / len(after) < sum(before) / len(before)
        rising = best < len(ev) - 1 and ev[-1] > ev[best] * 1.05
        if rising and falling:
            return out | {
                "verdict": "overfitting",
                "reason": "validation loss rose while training loss kept falling; the best "
                f"checkpoint (step {ev_steps[best]}) was kept",
            }
        return out | {"verdict": "ok", "reason": "validation loss did not rise above its best"}

    def plot(self, path: Path) -> Path:
        """Both curves over steps as a PNG (matplotlib without pyplot: no global state)."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        fig = Figure(figsize=(6, 3.2), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.plot(self.train_step, self.train_loss, label="train loss")
        if self.eval_loss:
            ax.plot(self.eval_step, self.eval_loss, "o-", label="validation loss")
        ax.set_xlabel("step")
        ax.set_ylabel("loss")
        ax.legend()
        fig.tight_layout()
        fig.savefig(path)
        return path


@dataclass
class TrainOutcome:
    """What a backend returns to the train stage.

    Attributes:
        summary: the stage's return value (counts, run id, verdict...).
        history: the loss history (None off rank 0).
        info: backend-specific run.json fields (remote model id, resume step, throughput...).
        save: writes the candidate into the stage's output folder (inside the atomic temp folder)
            and returns more run.json fields; None when nothing is written (other ranks, remote).
        cleanup: runs after the MLflow run has ended FINISHED (e.g. drop resume checkpoints).
    """

    summary: dict[str, Any]
    history: LossHistory | None = None
    info: dict[str, Any] = field(default_factory=dict)
    save: Callable[[Path], dict[str, Any]] | None = None
    cleanup: Callable[[], None] | None = None


class Backend(Protocol):
    """A training backend: a module with these functions (see the package docstring)."""

    def check_data(self, train: Sequence[dict], val: Sequence[dict]) -> None: ...

    def describe(self, project: Project) -> dict[str, Any]: ...

    def train(self, job: TrainJob, run: Any) -> TrainOutcome: ...
