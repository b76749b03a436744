"""tasks.lib.tokens: token counts exactly as training tokenizes, and their summary."""

from __future__ import annotations

from tasks.lib.records import record_id
from tasks.lib.tokens import TokenCount, count_tokens, token_summary
from tests.helpers import LABELS, chat, default_params_dict

SYSTEM = default_params_dict()["task"]["system_prompt"]


def _rec(user: str, label: str) -> dict:
    rec = chat(user, label, SYSTEM)
    return {"id": record_id(rec["messages"]), **rec}


def test_token_counts_match_what_training_tokenizes(tiny_model_dir):
    from transformers import AutoTokenizer

    from tasks.lib.prompts import record_prompt, sft_rows

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    recs = [_rec(f"ticket {i}: about {label.lower()}", label) for i, label in enumerate(LABELS[:5])]
    multi = _rec("first question", "BILLING")
    multi["messages"][1:1] = [
        {"role": "user", "content": "earlier ticket"},
        {"role": "assistant", "content": "OTHER"},
    ]
    recs.append(multi)
    rows = sft_rows(recs, SYSTEM)
    counts = count_tokens(tok, rows, batch_size=4)  # two batches
    for (n_full, n_trained), row, rec in zip(counts, rows, recs, strict=True):
        assert row["prompt"] == record_prompt(rec, SYSTEM)
        prompt = tok.apply_chat_template(row["prompt"], add_generation_prompt=True)["input_ids"]
        full = tok.apply_chat_template(row["prompt"] + row["completion"])["input_ids"]
        assert (n_full, n_trained) == (len(full), len(full) - len(prompt))


def test_token_summary_histogram_and_shares():
    counts = [TokenCount(n, 2) for n in (10, 20, 300, 40)]
    s = token_summary(counts, max_length=256)
    assert s["n_over_max_length"] == 1 and s["over_max_length_share"] == 0.25
    assert s["trained_share"] == round(8 / 370, 6)
    assert sum(s["histogram"]["counts"]) == 4
    assert s["histogram"]["edges"][-1] >= 300 and s["max"] == 300
