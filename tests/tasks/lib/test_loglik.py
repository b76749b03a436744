"""tasks.lib.loglik: label scoring by log-likelihood, on the tiny random model."""

from __future__ import annotations

import numpy as np
import pytest

from tasks.lib.loglik import LabelPick, continuation_ids, label_logprobs, label_picks, pick_labels

SYSTEM = "Classify the message. Answer with one label."
# "NOT" is a prefix of "NOT SPAM"; "SHIPPING" and "NOT SPAM" are several tokens each
LABELS = ["NOT", "NOT SPAM", "SPAM", "SHIPPING"]


def _prompt(user: str, history: bool = False) -> list[dict]:
    msgs = [{"role": "system", "content": SYSTEM}]
    if history:
        msgs += [{"role": "user", "content": "an earlier message"}]
        msgs += [{"role": "assistant", "content": "SPAM"}]
    return msgs + [{"role": "user", "content": user}]


PROMPTS = [
    _prompt("win a free cruise now"),
    _prompt("hi, about the invoice you sent me last week: the total looks wrong to me, twice"),
    _prompt("meeting at 3?", history=True),
    _prompt("x"),
    _prompt("cheap watches, cheap watches, cheap watches, best prices in town"),
]


TARGET = "NOT SPAM"  # the label the nudged model is trained toward


@pytest.fixture(scope="module")
def tiny(tiny_model_dir):
    from tasks.lib.models import load_model

    return load_model(tiny_model_dir)  # left padding, as evaluate loads it


@pytest.fixture(scope="module")
def nudged(tiny_model_dir):
    """The tiny model, fully fine-tuned with plain torch toward answering TARGET (~3 s)."""
    import torch

    from tasks.lib.models import load_model

    model, tok = load_model(tiny_model_dir)  # a fresh copy: the session's model stays random
    train = [_prompt(f"message number {i}: {'spam ' * (i % 4)}hello") for i in range(8)]
    seqs = []
    for prompt in train:
        p = tok.apply_chat_template(prompt, add_generation_prompt=True)["input_ids"]
        full = tok.apply_chat_template(prompt + [{"role": "assistant", "content": TARGET}])
        ids = torch.tensor([full["input_ids"]])
        labels = ids.clone()
        labels[0, : len(p)] = -100  # loss on the completion only, as TRL trains
        seqs.append((ids, labels))
    torch.manual_seed(0)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(12):  # 96 steps: the loss on the answer falls to ~0.02
        for ids, labels in seqs:
            opt.zero_grad()
            model(input_ids=ids, labels=labels).loss.backward()
            opt.step()
    model.eval()
    return model, tok


def _explicit(model, tok, prompt: list[dict], label: str) -> float:
    """-loss * n_tokens from a plain forward pass over TRL's prompt/completion tokens."""
    import torch

    answer = [{"role": "assistant", "content": label}]
    p = tok.apply_chat_template(prompt, add_generation_prompt=True)["input_ids"]
    full = tok.apply_chat_template(prompt + answer)["input_ids"]
    assert full[: len(p)] == p
    ids = torch.tensor([full])
    targets = ids.clone()
    targets[0, : len(p)] = -100  # loss on the completion only, as TRL trains
    with torch.no_grad():
        loss = model(input_ids=ids, labels=targets).loss
    return -loss.item() * (len(full) - len(p))


@pytest.mark.parametrize("which", ["tiny", "nudged"])  # random, and a sharper trained model
def test_batched_logprobs_equal_a_plain_loop(which, request):
    model, tok = request.getfixturevalue(which)
    expected = np.array([[_explicit(model, tok, p, lab) for lab in LABELS] for p in PROMPTS])
    reverse = list(range(len(PROMPTS)))[::-1]
    for batch_size in (1, 3):
        got = label_logprobs(model, tok, PROMPTS, LABELS, batch_size=batch_size)
        assert got.shape == (len(PROMPTS), len(LABELS))
        np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-4)
        # another input order: same values, in the new input order
        got_rev = label_logprobs(
            model, tok, [PROMPTS[i] for i in reverse], LABELS, batch_size=batch_size
        )
        np.testing.assert_allclose(got_rev, expected[reverse], rtol=1e-5, atol=1e-4)
    assert label_logprobs(model, tok, [], LABELS, batch_size=3).shape == (0, len(LABELS))


def test_every_pick_is_a_label(tiny):
    model, tok = tiny
    for labels in (LABELS, ["NOT SPAM", "NOT"], ["TECHNICAL", "RETURNS", "ACCOUNT"]):
        lp = label_logprobs(model, tok, PROMPTS, labels, batch_size=4)
        picks = pick_labels(lp, labels)
        assert len(picks) == len(PROMPTS) and set(picks) <= set(labels)
        assert np.all(np.isfinite(lp)) and np.all(lp < 0)


def test_scored_tokens_are_the_label_and_its_end_of_turn(tiny):
    _, tok = tiny
    prompt_ids, cont_ids = continuation_ids(tok, PROMPTS, LABELS)
    end = tok.convert_tokens_to_ids("<|im_end|>")
    newline = tok("\n", add_special_tokens=False)["input_ids"]
    for label, cont in zip(LABELS, cont_ids, strict=True):
        assert cont[-1 - len(newline) :] == [end, *newline]  # "<|im_end|>\n", as trained
        assert tok.decode(cont[: -1 - len(newline)]) == label
    not_, not_spam = cont_ids[0], cont_ids[1]
    # the label tokens of "NOT" are a prefix of "NOT SPAM"'s; with the end of turn they are not
    n_label = len(not_) - 1 - len(newline)
    assert not_spam[:n_label] == not_[:n_label] and not_spam[: len(not_)] != not_
    # exactly TRL's completion: template(prompt + answer) minus template(prompt, generation)
    for prompt, p_ids in zip(PROMPTS, prompt_ids, strict=True):
        assert p_ids == tok.apply_chat_template(prompt, add_generation_prompt=True)["input_ids"]
        for label, cont in zip(LABELS, cont_ids, strict=True):
            full = tok.apply_chat_template(prompt + [{"role": "assistant", "content": label}])
            assert full["input_ids"] == p_ids + cont


def test_a_model_trained_toward_a_label_picks_it(tiny, nudged):
    """Trained toward "NOT SPAM": its prefix "NOT" can beat it only if the end-of-turn token is
    left out of the score (a shorter sum of log-probs <= 0 is always higher)."""
    before = pick_labels(label_logprobs(*tiny, PROMPTS, LABELS, batch_size=8), LABELS)
    assert before.count(TARGET) < len(PROMPTS)  # the untrained model does not already pick it
    lp = label_logprobs(*nudged, PROMPTS, LABELS, batch_size=8)  # prompts unseen in training
    assert pick_labels(lp, LABELS) == [TARGET] * len(PROMPTS)
    assert all(p.margin > 1.0 for p in label_picks(lp, LABELS))  # a clear lead, not float noise


def test_picks_ties_go_to_the_first_label_and_margins():
    lp = np.array([[-1.0, -1.0, -3.0], [-5.0, -2.0, -2.5], [-0.5, -4.0, -9.0]])
    labels = ["A", "B", "C"]
    assert pick_labels(lp, labels) == ["A", "B", "A"]
    assert label_picks(lp, labels) == [
        LabelPick("A", -1.0, 0.0),
        LabelPick("B", -2.0, 0.5),
        LabelPick("A", -0.5, 3.5),
    ]
    assert label_picks(np.array([[-2.0]]), ["ONLY"]) == [LabelPick("ONLY", -2.0, None)]
    with pytest.raises(ValueError, match="shape"):
        pick_labels(lp, ["A", "B"])
