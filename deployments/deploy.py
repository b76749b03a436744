"""Set up a project's Prefect operations on the server PREFECT_API_URL names; idempotent.

    export PREFECT_API_URL=http://127.0.0.1:4200/api
    FTPIPE_ALERT_WEBHOOK_URL=https://hooks.example.com/... python deployments/deploy.py --project .

1. the work pools deployments/prefect.yaml names (process pools), when missing;
2. every deployment in it: `prefect --no-prompt deploy --all` from the project folder (schedules,
   parameters and the `ftpipe.data.ingested` trigger, exactly as the file says);
3. the notification block `ftpipe-alerts`, a CustomWebhookNotificationBlock posting JSON
   {"text", "subject", "body"} (Slack-compatible). The URL is a secret (it often carries a token):
   it comes from --webhook-url or $FTPIPE_ALERT_WEBHOOK_URL, never from params or the repo, and
   is stored in the block's secrets (shown masked in the UI);
4. two automations sending to it: a pipeline flow run ended Failed or Crashed; a candidate the
   gate did not promote (event ftpipe.candidate.not-promoted from register).

Without a webhook URL, steps 3-4 are skipped (and an existing block is kept). Rerunning replaces
the automations by name and overwrites the block: nothing is duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from pathlib import Path

import yaml

PREFECT_FILE = "deployments/prefect.yaml"
BLOCK = "ftpipe-alerts"
WEBHOOK_ENV = "FTPIPE_ALERT_WEBHOOK_URL"
PIPELINE_FLOW = "ftpipe-pipeline"
FAILED = "ftpipe: pipeline run failed"
NOT_PROMOTED = "ftpipe: candidate not promoted"
NOT_PROMOTED_EVENT = "ftpipe.candidate.not-promoted"  # tasks/lib/alerts.py sends it

FAILED_BODY = (
    "Flow run {{ flow_run.name }} of {{ flow.name }} ended {{ flow_run.state.name }}: "
    "{{ flow_run.state.message }}"
)
NOT_PROMOTED_BODY = (
    "{{ event.payload.model }} v{{ event.payload.version }} was not promoted: "
    "{{ event.payload.verdict }}\n"
    "{% for r in event.payload.reasons %}- {{ r }}\n{% endfor %}"
    "champion: {% if event.payload.champion %}v{{ event.payload.champion }}{% else %}none yet"
    "{% endif %} (project {{ event.resource['ftpipe.project'] }})"
)


def work_pools(prefect_file: Path) -> list[str]:
    spec = yaml.safe_load(prefect_file.read_text())
    return sorted({d["work_pool"]["name"] for d in spec["deployments"] if d.get("work_pool")})


async def ensure_pools(names: list[str]) -> list[str]:
    """Create the missing process work pools; returns the ones created."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectNotFound

    created = []
    async with get_client() as client:
        for name in names:
            try:
                await client.read_work_pool(name)
            except ObjectNotFound:
                await client.create_work_pool(WorkPoolCreate(name=name, type="process"))
                created.append(name)
    return created


def deploy_all(project: Path, prefect_file: Path) -> None:
    """`prefect deploy --all` from the project folder (entrypoints are relative to it)."""
    cmd = [str(Path(sys.executable).parent / "prefect"), "--no-prompt", "deploy", "--all"]
    proc = subprocess.run(
        [*cmd, "--prefect-file", str(prefect_file)],
        cwd=project,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(
            f"deploy.py: prefect deploy failed:\n{(proc.stdout + proc.stderr)[-3000:]}"
        )


def save_block(url: str) -> str:
    """The webhook notification block (overwritten); returns its block document id."""
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    block = CustomWebhookNotificationBlock(
        name=BLOCK,
        url="{{ webhook_url }}",  # the real URL only in the secrets
        json_data={
            "text": "{{ subject }}\n{{ body }}",
            "subject": "{{ subject }}",
            "body": "{{ body }}",
        },
        secrets={"webhook_url": url},
    )
    return str(block.save(BLOCK, overwrite=True))


def automations(block_id: str) -> list:
    """The two alert automations, each a reactive trigger and a SendNotification."""
    from uuid import UUID

    from prefect.events.actions import SendNotification
    from prefect.events.schemas.automations import AutomationCore, EventTrigger, Posture

    def notify(subject: str, body: str) -> SendNotification:
        return SendNotification(block_document_id=UUID(block_id), subject=subject, body=body)

    failed = EventTrigger(
        expect={"prefect.flow-run.Failed", "prefect.flow-run.Crashed"},
        match={"prefect.resource.id": "prefect.flow-run.*"},
        match_related={"prefect.resource.role": "flow", "prefect.resource.name": PIPELINE_FLOW},
        posture=Posture.Reactive,
        threshold=1,
        within=0,
    )
    not_promoted = EventTrigger(
        expect={NOT_PROMOTED_EVENT},
        match={"prefect.resource.id": "ftpipe.task.*"},
        posture=Posture.Reactive,
        threshold=1,
        within=0,
    )
    subject_failed = "ftpipe: {{ flow.name }} run {{ flow_run.name }} {{ flow_run.state.name }}"
    subject_np = "ftpipe: {{ event.payload.model }} v{{ event.payload.version }} not promoted"
    return [
        AutomationCore(
            name=FAILED,
            description="A pipeline flow run ended Failed or Crashed.",
            trigger=failed,
            actions=[notify(subject_failed, FAILED_BODY)],
        ),
        AutomationCore(
            name=NOT_PROMOTED,
            description="register kept the champion: the gate's verdict and reasons.",
            trigger=not_promoted,
            actions=[notify(subject_np, NOT_PROMOTED_BODY)],
        ),
    ]


async def apply_automations(block_id: str) -> list[str]:
    """Create the automations, replacing any of the same name; returns their ids."""
    from prefect.client.orchestration import get_client

    ids = []
    async with get_client() as client:
        for automation in automations(block_id):
            for old in await client.read_automations_by_name(automation.name):
                await client.delete_automation(old.id)
            ids.append(str(await client.create_automation(automation)))
    return ids


def setup_alerts(url: str) -> list[str]:
    """Block + automations; returns the automation ids."""
    return asyncio.run(apply_automations(save_block(url)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", default=".", help="the project folder (default: current)")
    parser.add_argument(
        "--webhook-url",
        default=os.environ.get(WEBHOOK_ENV),
        help=f"where alerts are POSTed (default: ${WEBHOOK_ENV}); a secret: prefer the env var",
    )
    parser.add_argument("--alerts-only", action="store_true", help="skip pools and deployments")
    args = parser.parse_args(argv)
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise SystemExit("deploy.py: set PREFECT_API_URL to the server (prefect server start)")
    project = Path(args.project).resolve()
    prefect_file = project / PREFECT_FILE
    if not args.alerts_only:
        created = asyncio.run(ensure_pools(work_pools(prefect_file)))
        print(f"work pools: created {', '.join(created) or 'none (all there)'}")
        deploy_all(project, prefect_file)
        print(f"deployments: every one in {PREFECT_FILE}, with their schedules and triggers")
    if not args.webhook_url:
        print(f"alerts: not set up (no --webhook-url or ${WEBHOOK_ENV})")
        return 0
    ids = setup_alerts(args.webhook_url)
    print(f"alerts: block {BLOCK!r}, automations {FAILED!r}, {NOT_PROMOTED!r} ({len(ids)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
