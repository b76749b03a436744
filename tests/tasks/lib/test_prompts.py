"""tasks.lib.prompts: one prompt builder for training, evaluation and serving."""

from __future__ import annotations

from tasks.lib import prompts

# -- prompts ----------------------------------------------------------------------------------


def _rec(user: str, label: str, system: str = "record's own system prompt") -> dict:
    return {
        "id": user,
        "messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
            {"role": "assistant", "content": label},
        ],
    }


def test_record_prompt_uses_params_system_prompt_and_drops_answer():
    msgs = prompts.record_prompt(_rec("where is my parcel", "SHIPPING"), "Classify.")
    assert msgs == [
        {"role": "system", "content": "Classify."},
        {"role": "user", "content": "where is my parcel"},
    ]


def test_few_shot_pairs_go_after_the_system_message():
    shots = [_rec("charged twice", "BILLING"), _rec("cannot log in", "ACCOUNT")]
    msgs = prompts.build_messages("Classify.", [{"role": "user", "content": "late parcel"}], shots)
    assert [(m["role"], m["content"]) for m in msgs] == [
        ("system", "Classify."),
        ("user", "charged twice"),
        ("assistant", "BILLING"),
        ("user", "cannot log in"),
        ("assistant", "ACCOUNT"),
        ("user", "late parcel"),
    ]
