"""Where a project's files live: the folder, its params, each stage's output folder and the file
names inside them (constants here, so no stage repeats another's literals).

Each stage owns one folder, `<data.root>/<stage>/`, which is its DVC output.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tasks.lib.errors import PipelineError
from tasks.lib.io import read_json
from tasks.lib.params import Params, load_params
from tasks.lib.stages import STAGES

RECORDS = "records.jsonl"  # validate, scrub_pii, dedup: the records after that stage
REPORT = "report.json"  # every stage: a small summary of counts (no raw values)
SPLITS = ("train", "val", "test")  # split writes <name>.jsonl for each
AUDIT = "audit.json"  # scrub_pii: PII counts by type, role and record id (never a value)
CLUSTERS = "clusters.json"  # dedup: {kept id: [merged ids]}
CLUSTER_SCORES = "cluster_scores.json"  # dedup: {kept id: highest pair score in its cluster}
CONTRACT = "contract.json"  # quality: the data contract's verdict (model stages depend on it)
METRICS = "metrics.json"  # baseline (the base model, 0-shot), evaluate (the candidate)
PREDICTIONS = "predictions.jsonl"  # baseline, evaluate: every contender's answer per test example
CONTENDERS = "contenders.json"  # baseline, evaluate: the contenders table (metrics, CIs, cost)
COMPARISONS = "comparisons.json"  # evaluate: candidate - each contender, paired
FAILURES = "failures.jsonl"  # evaluate: the candidate's misses and disagreements with the champion
JUDGE = "judge.json"  # evaluate: the LLM judge's pairwise verdicts (evaluate.judge)
CLASSIC_MODEL = "classic.joblib"  # baseline: the fitted TF-IDF + logistic regression model
EVALUATION_HTML = "report.html"  # register: the evaluation report (contenders, cost, the gate)
CONFUSION_PNG = "confusion_matrix.png"  # baseline, evaluate
ADAPTER = "adapter"  # train: the PEFT adapter folder
MODEL_DIR = "model"  # train: a standalone model (backend full, or export.merge)
RUN_INFO = "run.json"  # train: MLflow run id, backend, effective hyper-parameters, curves
LOSS_CURVES = "loss_curves.png"  # train
RESULT = "result.json"  # register: model version, aliases, promotion decision


def trained_weights(train_dir: Path) -> Path:
    """What evaluate and register take from the train stage: the exported standalone model when
    there is one (backend full, export.merge), else the LoRA adapter."""
    model = train_dir / MODEL_DIR
    return model if (model / "config.json").is_file() else train_dir / ADAPTER


@dataclass(frozen=True)
class Project:
    """A checkout of an ftpipe project: where params, dvc.yaml and data live."""

    root: Path
    params: Params

    @classmethod
    def load(cls, root: str | Path = ".", params_file: str | Path = "params.yaml") -> Project:
        """The project in `root`, with params from `params_file` (relative to `root`)."""
        root = Path(root).resolve()
        if not root.is_dir():
            raise PipelineError(f"{root}: no such project folder")
        return cls(root=root, params=load_params(root / params_file))

    def stage_dir(self, stage: str) -> Path:
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}")
        return self.root / self.params.data.root / stage

    @property
    def input_path(self) -> Path:
        return self.root / self.params.data.input

    def split_path(self, name: str) -> Path:
        return self.stage_dir("split") / f"{name}.jsonl"

    def run_info(self) -> dict:
        """The train stage's run.json; PipelineError when train has not finished yet."""
        path = self.stage_dir("train") / RUN_INFO
        if not path.is_file():
            raise PipelineError(f"{path}: missing (run the train stage first)")
        return read_json(path)
