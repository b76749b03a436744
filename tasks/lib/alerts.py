"""The project's Prefect events: what deployments and automations react to.

    ftpipe.data.ingested             `ftpipe ingest` wrote new input (-> the retrain trigger)
    ftpipe.candidate.not-promoted    register kept the champion (-> an alert)
    ftpipe.candidate.promoted        register moved `champion` to the new version

The resource is the task (`ftpipe.task.<task.name>`, one registered model per task); payloads are
counts, hashes, versions and the gate's reasons: never a record, never a secret.

Sending needs somewhere to send to. Inside a Prefect run the run's API gets it (Prefect's own
`emit_event`, which links the event to the run). Outside a run (`ftpipe ingest`, `ftpipe stage
register` under `dvc repro`) only a server named by PREFECT_API_URL does: with none, Prefect would
start a temporary server (~10 s) that no automation watches, so the event is skipped with a note.
"""

from __future__ import annotations

import asyncio
from typing import Any

from tasks.lib.project import Project
from tasks.lib.runtime import get_logger, in_prefect_run

INGESTED = "ftpipe.data.ingested"
NOT_PROMOTED = "ftpipe.candidate.not-promoted"
PROMOTED = "ftpipe.candidate.promoted"
RESOURCE_PREFIX = "ftpipe.task."


def resource(project: Project) -> dict[str, str]:
    name = project.params.task.name
    return {
        "prefect.resource.id": f"{RESOURCE_PREFIX}{name}",
        "prefect.resource.name": name,
        "ftpipe.project": str(project.root),
    }


def api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def emit(event: str, project: Project, payload: dict[str, Any]) -> bool:
    """Send one event; True if it was handed to a Prefect API. Never raises for a missing or
    unreachable server (the data or model is already written): it logs why instead."""
    log = get_logger()
    if in_prefect_run():
        from prefect.events import emit_event

        return emit_event(event, resource=resource(project), payload=payload) is not None
    if not api_url():
        log.info("%s: no PREFECT_API_URL, event not sent (no automation would see it)", event)
        return False
    try:
        asyncio.run(_send(event, resource(project), payload))
    except Exception as err:  # the server is down or refuses: say so, keep the result
        log.warning("%s: event not sent to %s (%s)", event, api_url(), type(err).__name__)
        return False
    return True


async def _send(event: str, res: dict[str, str], payload: dict[str, Any]) -> None:
    """Outside a run: one event over the events websocket, confirmed sent before returning."""
    from prefect.events import Event
    from prefect.events.clients import get_events_client

    async with get_events_client(reconnection_attempts=2) as client:
        await client.emit(Event(event=event, resource=res, payload=payload))


def registered(project: Project, result: dict) -> bool:
    """register's outcome as an event: promoted, or not promoted with the gate's verdict. A rerun
    that finds the version already champion sends nothing (nothing was decided)."""
    if not result["promoted"] and result.get("champion_after") == result["version"]:
        return False
    payload = {
        "model": result["model"],
        "version": str(result["version"]),
        "verdict": result["verdict"],
        "reasons": list(result["reasons"]),
        "metric": result["metric"],
        "candidate": result["candidate"],
        "champion": result.get("champion_after"),
    }
    return emit(PROMOTED if result["promoted"] else NOT_PROMOTED, project, payload)
