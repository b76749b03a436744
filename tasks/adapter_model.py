"""The MLflow pyfunc that serves a registered local model: base + LoRA adapter (or the exported
standalone model) -> label.

Logged by the register stage as "models from code" (MLflow runs this file when loading), because
`mlflow.transformers.log_model` with a PEFT model reloads silently broken (see NOTES.md). Loading
needs ftpipe installed (it imports tasks.llm) and the base model reachable by its reference.

    import mlflow
    m = mlflow.pyfunc.load_model("models:/ticket-triage@champion")
    m.predict(["My parcel never arrived"])      # -> ["SHIPPING"]
"""

from __future__ import annotations

import mlflow
from mlflow.pyfunc import PythonModel


class AdapterClassifier(PythonModel):
    def load_context(self, context):
        from tasks import llm

        cfg = context.model_config
        self.cfg = cfg
        # "adapter" (base + LoRA adapter) or "model" (a standalone export: backend full, merge)
        weights = context.artifacts.get("model") or context.artifacts["adapter"]
        self.model, self.tok = llm.load_model(cfg["base_model"], weights)

    def predict(self, context, model_input, params=None):
        from tasks import llm

        texts = model_input
        if hasattr(model_input, "iloc"):  # a DataFrame: the first column holds the user text
            texts = model_input.iloc[:, 0].tolist()
        # the same prompt builder as training and evaluation
        prompts = [
            llm.build_messages(self.cfg["system_prompt"], [{"role": "user", "content": t}])
            for t in texts
        ]
        raw = llm.predict(
            self.model,
            self.tok,
            prompts,
            batch_size=self.cfg["decode_batch_size"],
            max_new_tokens=self.cfg["decode_max_new_tokens"],
        )
        return [llm.parse_label(r, self.cfg["labels"]) for r in raw]


mlflow.models.set_model(AdapterClassifier())
