"""The MLflow pyfunc that serves a registered version: text in, label out.

Logged by the register stage as "models from code" (MLflow runs this file when loading), because
`mlflow.transformers.log_model` with a PEFT model reloads silently broken (see NOTES.md). One
class for every backend, with the same prompt builder, decoding and label parser as evaluation:

- a local model: base + LoRA adapter (artifact "adapter") or the exported standalone model
  (artifact "model"); loading needs ftpipe installed and the base model reachable by its reference;
- an OpenAI fine-tuned model (`model_config["openai_model"]`, an `ft:` id): greedy chat
  completions; needs OPENAI_API_KEY where it is loaded.

    import mlflow
    m = mlflow.pyfunc.load_model("models:/ticket-triage@champion")
    m.predict(["My parcel never arrived"])      # -> ["SHIPPING"]
    m.predict([[{"role": "user", "content": "Hi"}, ...]])  # a conversation: its turns

Served over HTTP by `ftpipe serve` (MLflow's scoring server): `{"inputs": ["text", ...]}` or
`{"dataframe_split": {"columns": ["text"], "data": [["text"], ...]}}` -> `{"predictions": [...]}`.
"""

from __future__ import annotations

import mlflow
from mlflow.pyfunc import PythonModel


def _turns(item) -> list[dict[str, str]]:
    """One request: a text (the user turn) or a conversation's turns (system turns are replaced
    by the task's system prompt)."""
    if isinstance(item, str):
        return [{"role": "user", "content": item}]
    return [{"role": m["role"], "content": m["content"]} for m in item]


class Classifier(PythonModel):
    accepts_turns = True  # `ftpipe predict` sends whole conversations (older versions: text)

    def load_context(self, context):
        from tasks.lib.models import load_model

        self.cfg = context.model_config
        self.model = self.tok = None
        if not self.cfg.get("openai_model"):
            # "adapter" (base + LoRA adapter) or "model" (a standalone export: full, merge)
            weights = context.artifacts.get("model") or context.artifacts["adapter"]
            self.model, self.tok = load_model(self.cfg["base_model"], weights)

    def predict(self, context, model_input, params=None):
        from tasks.lib.contenders import answer
        from tasks.lib.prompts import build_messages
        from tasks.lib.providers import predict_remote
        from tasks.lib.task_types import Classification, Generation

        texts = model_input
        if hasattr(model_input, "iloc"):  # a DataFrame: the first column holds the user text
            texts = model_input.iloc[:, 0].tolist()
        cfg = self.cfg
        # a label (None when the answer names none); other task types: the answer's text (JSON
        # text for extraction), stripped
        if cfg.get("task_type", "classification") == "classification":
            kind = Classification(cfg["labels"])
        else:
            kind = Generation(None, None)
        prompts = [build_messages(cfg["system_prompt"], _turns(t)) for t in texts]
        if self.model is None:
            raw = predict_remote(
                cfg["openai_model"], prompts, max_new_tokens=cfg["decode_max_new_tokens"]
            )
            return [kind.parse(r) for r in raw]
        # the decoding evaluate used (older versions: generation, the only one there was)
        answers, _ = answer(
            self.model,
            self.tok,
            prompts,
            kind,
            scoring=cfg.get("decode_scoring", "generate"),
            batch_size=cfg["decode_batch_size"],
            max_new_tokens=cfg["decode_max_new_tokens"],
        )
        return answers


mlflow.models.set_model(Classifier())
