"""The MLflow pyfunc that serves a registered OpenAI fine-tuned model (`ft:...`) -> label.

Logged by the register stage for `train.backend: openai` ("models from code", like
tasks/adapter_model.py): the same prompt builder and label parser as evaluation, greedy
(temperature 0) chat completions; needs OPENAI_API_KEY where it is loaded.

    import mlflow
    m = mlflow.pyfunc.load_model("models:/ticket-triage@champion")
    m.predict(["My parcel never arrived"])      # -> ["SHIPPING"]
"""

from __future__ import annotations

import mlflow
from mlflow.pyfunc import PythonModel


class OpenAIClassifier(PythonModel):
    def load_context(self, context):
        self.cfg = context.model_config

    def predict(self, context, model_input, params=None):
        from tasks import llm

        texts = model_input
        if hasattr(model_input, "iloc"):  # a DataFrame: the first column holds the user text
            texts = model_input.iloc[:, 0].tolist()
        prompts = [
            llm.build_messages(self.cfg["system_prompt"], [{"role": "user", "content": t}])
            for t in texts
        ]
        raw = llm.predict_remote(
            self.cfg["openai_model"], prompts, max_new_tokens=self.cfg["decode_max_new_tokens"]
        )
        return [llm.parse_label(r, self.cfg["labels"]) for r in raw]


mlflow.models.set_model(OpenAIClassifier())
