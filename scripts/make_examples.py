"""Build the extraction and generation examples from the bundled tickets (data/raw/tickets.jsonl).

    python scripts/make_examples.py            # writes examples/{extraction,generation}/*.jsonl
    python scripts/make_examples.py --out DIR  # DIR/extraction/tickets.jsonl, ... (tests)

Deterministic: every answer is a function of the ticket's text and its category label, by rules
a person can read below, so a model can learn them from examples and a test can recompute them.
- extraction: {"category", "urgency", "action", "order_id"} as a JSON object (the schema is
  examples/extraction/schema.json): urgency "high" when the ticket carries an urgency cue, "low"
  for OTHER (no customer waiting on an outcome), else "normal"; action "escalate" when high,
  else the category's next step; order_id the order number as written, or null.
- generation: a short reply in the house style ("Hi there," ... "- The Nimbus team") that says
  what happens next for the category, names the order when there is one and flags urgency.
The system prompt of each record is `task.system_prompt` of that example's params.yaml.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO))

from tasks.lib.io import read_records, write_jsonl  # noqa: E402
from tasks.lib.params import load_params  # noqa: E402
from tasks.lib.records import label_of, user_text  # noqa: E402

TICKETS = REPO / "data" / "raw" / "tickets.jsonl"
OUTPUTS = {"extraction": "tickets.jsonl", "generation": "replies.jsonl"}

URGENT = re.compile(
    r"urgent|really matters|is down|hacked|wasn't me|won't turn on|charged twice|locked|"
    r"birthday|timeouts|sent back to the sender|arrived broken",
    re.IGNORECASE,
)
ORDER = re.compile(r"\bORD-\d{4}-\d{5}\b|#\d{5,6}\b", re.IGNORECASE)
ACTIONS = {
    "SHIPPING": "track_parcel",
    "BILLING": "review_charge",
    "ACCOUNT": "restore_access",
    "TECHNICAL": "troubleshoot",
    "RETURNS": "start_return",
    "OTHER": "reply",
}
NEXT_STEP = {
    "SHIPPING": "I've asked our shipping team to trace {what} and we'll update you within "
    "24 hours.",
    "BILLING": "I've passed {what} to our billing team; they'll review the charges and reply "
    "within two working days.",
    "ACCOUNT": "For your security, please use the 'Forgot password' link on the sign-in page; "
    "if that doesn't sort it, reply here and we'll restore access for you.",
    "TECHNICAL": "Sorry about the trouble. Please update the app and restart it; if it still "
    "happens, reply with a screenshot and we'll dig in.",
    "RETURNS": "You can start a return for {what} under Orders > Return an item, and we'll email "
    "you a prepaid label.",
    "OTHER": "Thanks for your message! I've shared it with the right team and they'll get back "
    "to you soon.",
}
WHAT = {"SHIPPING": "your delivery", "BILLING": "your account", "RETURNS": "your item"}


def fields(text: str, category: str) -> dict:
    """The extraction answer for one ticket."""
    if URGENT.search(text):
        urgency = "high"
    else:
        urgency = "low" if category == "OTHER" else "normal"
    order = ORDER.search(text)
    return {
        "category": category,
        "urgency": urgency,
        "action": "escalate" if urgency == "high" else ACTIONS[category],
        "order_id": order[0] if order else None,
    }


def reply(text: str, category: str) -> str:
    """The house-style reply for one ticket."""
    f = fields(text, category)
    what = f"order {f['order_id']}" if f["order_id"] else WHAT.get(category, "")
    lines = []
    if f["urgency"] == "high":
        lines.append("I've marked this as urgent.")
    lines.append(NEXT_STEP[category].format(what=what))
    return "Hi there,\n" + " ".join(lines) + "\n- The Nimbus team"


def build(task_type: str, tickets: list[dict]) -> list[dict]:
    """The example's records: the ticket as the user turn, the rule's answer as the assistant's."""
    system = load_params(REPO / "examples" / task_type / "params.yaml").task.system_prompt
    out = []
    for rec in tickets:
        text, category = user_text(rec), label_of(rec)
        answer = (
            json.dumps(fields(text, category))
            if task_type == "extraction"
            else reply(text, category)
        )
        messages = [
            {"role": "system", "content": system},
            {"role": "user", "content": text},
            {"role": "assistant", "content": answer},
        ]
        out.append({"messages": messages})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "examples", help="output folder")
    args = ap.parse_args(argv)
    tickets = read_records(TICKETS)
    for task_type, name in OUTPUTS.items():
        path = args.out / task_type / name
        path.parent.mkdir(parents=True, exist_ok=True)
        records = build(task_type, tickets)
        write_jsonl(path, records)
        print(f"{path}: {len(records)} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
