"""A local fake of the OpenAI files + fine-tuning jobs API that the real ``openai`` SDK talks to.

Built on ``tests/llm_server.py`` (same stdlib ThreadingHTTPServer, same ``Call`` records, same
``faults=`` plans), for testing an OpenAI fine-tuning backend end to end without the network::

    import openai
    from tests.ft_server import FineTuneServer

    with FineTuneServer(steps_per_state=1) as srv:
        oai = openai.OpenAI(base_url=srv.openai_base_url, api_key="x", max_retries=1, timeout=5)
        f = oai.files.create(file=("train.jsonl", jsonl_bytes), purpose="fine-tune")
        job = oai.fine_tuning.jobs.create(
            model="gpt-4o-mini-2024-07-18", training_file=f.id, suffix="tickets", seed=7,
            metadata={"run": "r1"},
            method={"type": "supervised",
                    "supervised": {"hyperparameters": {"n_epochs": 2, "batch_size": 4}}})
        while job.status not in ("succeeded", "failed", "cancelled"):
            job = oai.fine_tuning.jobs.retrieve(job.id)      # each GET may advance the job
        oai.chat.completions.create(model=job.fine_tuned_model, messages=[...])

Routes (all under ``openai_base_url``, which ends in ``/v1``; every request is recorded in
``calls`` with ``Call.method`` and ``Call.path``; unknown routes get an OpenAI-style 404):

==========================================  =================================================
``POST /files``                             multipart (``file``, ``purpose``, optional
                                            ``expires_after[anchor|seconds]``) -> file object
``GET /files`` / ``/files/{id}``            list (``after``, ``limit``, ``order`` default desc,
                                            ``purpose``) / one file object
``GET /files/{id}/content``                 the raw bytes (application/octet-stream)
``DELETE /files/{id}``                      ``{"id", "object": "file", "deleted": true}``
``POST /fine_tuning/jobs``                  create -> job object, status ``validating_files``
``GET /fine_tuning/jobs``                   list, newest first (``after``, ``limit`` default 20,
                                            ``metadata[k]=v`` filter, ``metadata=null``)
``GET /fine_tuning/jobs/{id}``              retrieve; ADVANCES THE JOB (see below)
``POST /fine_tuning/jobs/{id}/cancel``      -> ``cancelled`` (400 if already terminal)
``GET /fine_tuning/jobs/{id}/events``       newest first (``after``, ``limit`` default 20)
``GET /fine_tuning/jobs/{id}/checkpoints``  newest first (``after``, ``limit`` default 10)
``GET /models`` / ``/models/{id}``          base models seen + fine-tuned + checkpoint models
``POST /chat/completions``                  LLMServer's handling (``responder(call)``); an
                                            ``ft:`` model that no job produced gets a 404
                                            ``model_not_found`` (base models: any name works)
==========================================  =================================================

The job state machine is driven by retrieve GETs only (deterministic, no wall clock): every
``steps_per_state``-th GET of a job moves it one state along ``validating_files -> queued ->
running -> succeeded``. With ``steps_per_state=s`` the job is ``running`` for ``s`` GETs; the r-th
of them shows training progress ``r / (s + 1)`` (metrics events and one checkpoint per finished
epoch appear as progress passes them); reaching ``succeeded`` completes the rest. So with s=1:
create -> validating_files, GET 1 -> queued, GET 2 -> running (half the metrics), GET 3 ->
succeeded. Events, checkpoints and list calls never advance a job.

* Leaving ``validating_files`` validates the files (when ``validate_files``) like OpenAI's chat
  fine-tuning: UTF-8 JSONL, one JSON object per line, ``messages`` a non-empty list of
  ``{role: system|user|assistant, content: str}`` (optional ``weight`` 0/1, ``name``), at least
  one assistant message per example, >= 10 training examples (>= 1 validation example). A bad
  file fails the job: ``error = {code: "invalid_training_file" | "invalid_validation_file",
  param: "training_file" | "validation_file", message: "The job failed due to an invalid
  training file. ..."}`` plus an ``error``-level event.
* Entering ``running`` resolves ``"auto"`` hyperparameters (n_epochs 3, batch_size 1,
  learning_rate_multiplier 2.0) in both ``hyperparameters`` and ``method``. Steps per epoch =
  ceil(examples / batch_size). Each epoch gets ``events_per_epoch`` metrics events (evenly
  spaced; the last at the epoch's end) whose ``train_loss`` strictly decreases with the step
  (``valid_loss`` only when a validation file was given), and a checkpoint at its end.
* ``fail_with={"code", "message", "param"}``: the GET that would reach ``succeeded`` moves the
  job to ``failed`` with that error instead (after some running metrics).
* ``succeeded`` sets ``fine_tuned_model = "ft:{model}:{org}:{suffix or ''}:{8 chars}"``
  (checkpoints: that + ``":ckpt-step-{n}"``), ``trained_tokens`` (epochs x the whitespace-word
  count of every message in the training file), ``finished_at`` and ``result_files``: one
  ``fine-tune-results`` file ``step_metrics.csv`` whose content is BASE64 of the CSV, like
  OpenAI's (``base64.b64decode(client.files.content(id).content)``).
* Like the real API, a job that has not failed carries ``"error": {}``, which the SDK parses
  as ``Error(code=None, message=None, param=None)`` -- TRUTHY. Test ``job.status == "failed"``
  (or ``job.error and job.error.code``), never ``if job.error:``.

Constructor: ``FineTuneServer(responder=None, *, steps_per_state=1, fail_with=None,
validate_files=True, events_per_epoch=3, faults=None, latency_s=0.0, org="ftserver")``.
Observation (read after the client call returns): ``files`` (id -> ``FileRecord``: id, filename,
purpose, bytes, content, created_at), ``jobs`` (id -> ``JobRecord``: ``request`` = the create
body as sent, ``status_history``, ``events`` (chronological), ``checkpoints``, ``metrics``,
``cancel_requested``, ``polls``, ``error`` ...), ``created_jobs()`` (creation order), ``calls``
(every request; ``Call.body`` = the JSON body, the upload's {purpose, filename, bytes}, or the
query string of a GET as a dict), ``model_ids()``. The job object also carries
``user_provided_suffix`` (real API field the SDK model does not declare) and ``method`` with the
same hyperparameters as the deprecated top-level ``hyperparameters`` (either input form works).

Create-time 400s (``openai.BadRequestError``; ``e.body`` / ``e.param`` / ``e.code`` set): a
missing ``model`` / ``training_file``; an unknown file id (``"invalid training_file: file-.."``,
param ``training_file`` / ``validation_file``, code null) or one whose purpose is not
``fine-tune``; a ``method.type`` other than ``supervised``; ``hyperparameters`` given both top
level and in ``method`` with different values; bad hyperparameter values; ``metadata`` not a
str->str map (<= 16 keys, key <= 64, value <= 512 chars); ``suffix`` over 64 chars. Upload 400s:
not multipart, no ``file`` part, an unknown purpose, and purpose ``fine-tune`` with a filename
not ending in ``.jsonl`` (NB the SDK names raw ``bytes`` / ``BytesIO`` uploads ``"upload"``: pass
``("train.jsonl", data)`` or a Path).

Faults: ``faults=`` works as in LLMServer, with one call index across ALL endpoints (filter on
``call.path`` / ``call.method`` in your own callable to target one). A status fault / reset is
answered before the route runs, so nothing happens (no file, no job, no state advance);
"timeout" hangs and then DOES the work (a client that gave up and retried creates a duplicate,
as with the real API); "bad_json" cuts the body in half; "malformed" only matters for chat (on
other routes the answer is normal). ``latency_s`` applies to every recorded request.
Request-shape 400s are answered after the fault step (unlike LLMServer's chat validation).
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from tests.llm_server import MODELS, Call, FaultFn, LLMServer, count_tokens, text_of

if TYPE_CHECKING:
    from tests.llm_server import _Handler

__all__ = [
    "FILE_PURPOSES",
    "JOB_STATES",
    "MIN_TRAINING_EXAMPLES",
    "TERMINAL_STATES",
    "FileRecord",
    "FineTuneServer",
    "JobRecord",
    "check_chat_jsonl",
]

JOB_STATES = ("validating_files", "queued", "running", "succeeded")
TERMINAL_STATES = ("succeeded", "failed", "cancelled")
MIN_TRAINING_EXAMPLES = 10
FILE_PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")
CHAT_ROLES = ("system", "user", "assistant")
AUTO_HYPERPARAMETERS = {"n_epochs": 3, "batch_size": 1, "learning_rate_multiplier": 2.0}


class ApiError(Exception):
    """An OpenAI-style error answer: ``{"error": {message, type, param, code}}``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        etype: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.etype = etype or ("invalid_request_error" if status < 500 else "server_error")

    def payload(self) -> bytes:
        err = {"message": self.message, "type": self.etype, "param": self.param, "code": self.code}
        return json.dumps({"error": err}).encode()


def _mkid(prefix: str, kind: str, n: int, length: int = 24) -> str:
    """A deterministic, unique-per-server id that looks like OpenAI's (``file-``, ``ftjob-``)."""
    return prefix + hashlib.sha256(f"{kind}:{n}".encode()).hexdigest()[:length]


# --------------------------------------------------------------------------- records


@dataclass
class FileRecord:
    """One uploaded (or result) file."""

    id: str
    filename: str
    purpose: str
    bytes: int
    content: bytes
    created_at: int
    expires_at: int | None = None

    def to_api(self) -> dict:
        return {
            "id": self.id,
            "object": "file",
            "bytes": self.bytes,
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "processed",
            "status_details": None,
            "expires_at": self.expires_at,
        }


@dataclass
class JobRecord:
    """One fine-tuning job: the create request as received plus all state the server keeps."""

    id: str
    index: int  # creation order (0-based)
    request: dict  # the JSON body of the create call, as received
    model: str
    training_file: str
    validation_file: str | None
    suffix: str | None
    seed: int
    metadata: dict | None
    hyperparameters: dict  # n_epochs / batch_size / learning_rate_multiplier ("auto" until run)
    integrations: list | None
    created_at: int
    organization_id: str
    model_name: str  # the fine_tuned_model it will get on success
    status: str = "validating_files"
    status_history: list[str] = field(default_factory=lambda: ["validating_files"])
    events: list[dict] = field(default_factory=list)  # chronological (the API lists newest first)
    checkpoints: list[dict] = field(default_factory=list)  # chronological
    cancel_requested: bool = False
    error: dict | None = None
    fine_tuned_model: str | None = None
    trained_tokens: int | None = None
    finished_at: int | None = None
    result_files: list[str] = field(default_factory=list)
    polls: int = 0  # retrieve GETs of this job so far (faulted ones excluded)
    running_polls: int = 0  # of those, the ones answered while running
    # the training plan, set when the job starts running
    n_examples: int = 0
    example_tokens: int = 0  # whitespace words over all messages of the training file
    steps_per_epoch: int = 0
    total_steps: int = 0
    metric_steps: list[int] = field(default_factory=list)
    progress_step: int = 0

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL_STATES

    @property
    def metrics(self) -> list[dict]:
        """The ``data`` of every metrics event so far, in step order."""
        return [e["data"] for e in self.events if e["type"] == "metrics"]

    def method(self) -> dict:
        return {"type": "supervised", "supervised": {"hyperparameters": dict(self.hyperparameters)}}

    def to_api(self) -> dict:
        return {
            "object": "fine_tuning.job",
            "id": self.id,
            "model": self.model,
            "created_at": self.created_at,
            "finished_at": self.finished_at,
            "fine_tuned_model": self.fine_tuned_model,
            "organization_id": self.organization_id,
            "result_files": list(self.result_files),
            "status": self.status,
            "validation_file": self.validation_file,
            "training_file": self.training_file,
            "hyperparameters": dict(self.hyperparameters),
            "method": self.method(),
            "trained_tokens": self.trained_tokens,
            "error": dict(self.error) if self.error else {},  # the real API's "no error" value
            "seed": self.seed,
            "user_provided_suffix": self.suffix,
            "metadata": dict(self.metadata) if self.metadata is not None else None,
            "integrations": list(self.integrations or []),
            "estimated_finish": None,
        }


# --------------------------------------------------------------------------- file validation


def check_chat_jsonl(
    content: bytes, *, min_examples: int = MIN_TRAINING_EXAMPLES
) -> tuple[list[dict], str | None]:
    """Parse chat fine-tuning JSONL as OpenAI validates it: (examples, problem or None)."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as e:
        return [], f"The file is not valid UTF-8 ({e.reason} at byte {e.start})."
    lines = text.split("\n")
    while lines and not lines[-1].strip():  # a trailing newline is fine
        lines.pop()
    examples: list[dict] = []
    for i, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if not line.strip():
            return examples, f"Line {i} is empty."
        try:
            obj = json.loads(line)
        except ValueError as e:
            return examples, f"Line {i} is not valid JSON: {e}."
        if not isinstance(obj, dict):
            return examples, f"Example {i} is not a JSON object."
        messages = obj.get("messages")
        if not isinstance(messages, list) or not messages:
            return examples, f"Example {i}: 'messages' must be a non-empty list."
        for j, m in enumerate(messages, 1):
            if not isinstance(m, dict):
                return examples, f"Example {i}, message {j}: not a JSON object."
            role = m.get("role")
            if role not in CHAT_ROLES:
                return examples, f"Example {i}, message {j}: unrecognized role {role!r}."
            if not isinstance(m.get("content"), str):
                return examples, f"Example {i}, message {j}: 'content' must be a string."
            if "weight" in m and m["weight"] not in (0, 1):
                return examples, f"Example {i}, message {j}: 'weight' must be 0 or 1."
            extra = set(m) - {"role", "content", "weight", "name"}
            if extra:
                return examples, f"Example {i}, message {j}: unexpected key(s) {sorted(extra)}."
        if not any(m["role"] == "assistant" for m in messages):
            return examples, f"Example {i}: no assistant message to learn from."
        examples.append(obj)
    if len(examples) < min_examples:
        return examples, (
            f"The file has {len(examples)} example(s), but must have at least "
            f"{min_examples} examples."
        )
    return examples, None


def _example_tokens(content: bytes) -> tuple[int, int]:
    """(examples, whitespace words over all messages), leniently (validate_files=False)."""
    n = words = 0
    for line in content.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        n += 1
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        msgs = obj.get("messages") if isinstance(obj, dict) else None
        for m in msgs if isinstance(msgs, list) else []:
            if isinstance(m, dict):
                words += count_tokens(text_of(m.get("content")))
    return n, words


def _parse_multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    """name -> (filename or None, value bytes) of a multipart/form-data body."""
    m = re.search(r'boundary="?([^";]+)"?', content_type)
    if not content_type.lower().startswith("multipart/form-data") or not m:
        raise ApiError(400, "This endpoint expects a multipart/form-data body.")
    delim = b"--" + m.group(1).encode("latin-1")
    out: dict[str, tuple[str | None, bytes]] = {}
    for part in raw.split(delim)[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        head, _, body = part.partition(b"\r\n\r\n")
        if body.endswith(b"\r\n"):
            body = body[:-2]
        disp = ""
        for hline in head.decode("utf-8", "replace").split("\r\n"):
            if hline.lower().startswith("content-disposition:"):
                disp = hline
        name = re.search(r'\bname="([^"]*)"', disp)
        filename = re.search(r'\bfilename="([^"]*)"', disp)
        if name:
            out[name.group(1)] = (filename.group(1) if filename else None, body)
    return out


# --------------------------------------------------------------------------- the server

_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    (method, re.compile("^/v1" + pattern + "$"), name)
    for method, pattern, name in [
        ("GET", r"/models", "list_models"),
        ("GET", r"/models/([^/]+)", "get_model"),
        ("POST", r"/files", "create_file"),
        ("GET", r"/files", "list_files"),
        ("GET", r"/files/([^/]+)", "get_file"),
        ("GET", r"/files/([^/]+)/content", "get_file_content"),
        ("DELETE", r"/files/([^/]+)", "delete_file"),
        ("POST", r"/fine_tuning/jobs", "create_job"),
        ("GET", r"/fine_tuning/jobs", "list_jobs"),
        ("GET", r"/fine_tuning/jobs/([^/]+)", "get_job"),
        ("POST", r"/fine_tuning/jobs/([^/]+)/cancel", "cancel_job"),
        ("GET", r"/fine_tuning/jobs/([^/]+)/events", "list_events"),
        ("GET", r"/fine_tuning/jobs/([^/]+)/checkpoints", "list_checkpoints"),
    ]
]


class FineTuneServer(LLMServer):
    """Fake OpenAI files + fine-tuning + chat endpoint; see the module docstring."""

    def __init__(
        self,
        responder: Callable[[Call], str] | None = None,
        *,
        steps_per_state: int = 1,
        fail_with: dict | None = None,
        validate_files: bool = True,
        events_per_epoch: int = 3,
        faults: FaultFn | None = None,
        latency_s: float | Callable[[Call], float] = 0.0,
        org: str = "ftserver",
    ) -> None:
        super().__init__(responder, latency_s=latency_s, faults=faults)
        if steps_per_state < 1:
            raise ValueError("steps_per_state must be >= 1")
        if events_per_epoch < 0:
            raise ValueError("events_per_epoch must be >= 0")
        if fail_with is not None and not (fail_with.get("code") and fail_with.get("message")):
            raise ValueError("fail_with needs at least 'code' and 'message'")
        self.steps_per_state = steps_per_state
        self.fail_with = dict(fail_with) if fail_with is not None else None
        self.validate_files = validate_files
        self.events_per_epoch = events_per_epoch
        self.org = org
        self.files: dict[str, FileRecord] = {}
        self.jobs: dict[str, JobRecord] = {}
        self._counter = 0  # ids of files, jobs, events, checkpoints

    def __enter__(self) -> FineTuneServer:
        self.start()
        return self

    def _track(self, conn: socket.socket, add: bool) -> None:
        # TCP_NODELAY: the handler writes headers and body separately, and Nagle + the client's
        # delayed ACK would otherwise add ~40 ms to EVERY request (a job poll loop crawls)
        if add:
            try:
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        super()._track(conn, add)

    # ----- observation

    def created_jobs(self) -> list[JobRecord]:
        """Every job, in creation order."""
        with self._lock:
            return sorted(self.jobs.values(), key=lambda j: j.index)

    def model_ids(self) -> list[str]:
        """Models chat accepts besides any base name: fine-tuned + checkpoint models."""
        with self._lock:
            return self._ft_models()

    def _ft_models(self) -> list[str]:
        out = []
        for job in sorted(self.jobs.values(), key=lambda j: j.index):
            out += [c["fine_tuned_model_checkpoint"] for c in job.checkpoints]
            if job.fine_tuned_model:
                out.append(job.fine_tuned_model)
        return out

    # ----- routing

    def _handle_get(self, h: _Handler) -> None:
        self._route(h, "GET")

    def _handle_delete(self, h: _Handler) -> None:
        self._route(h, "DELETE")

    def _handle_post(self, h: _Handler) -> None:
        path = h.path.split("?", 1)[0].rstrip("/")
        api = self._chat_api(path)
        if api is None:
            self._route(h, "POST")
            return
        try:
            raw = h.rfile.read(int(h.headers.get("content-length") or 0))
        except (OSError, ValueError):
            h.close_connection = True
            return
        if api == "openai" and self._unknown_ft_model(h, path, raw):
            return
        self._handle_chat(h, api, path, raw)

    def _unknown_ft_model(self, h: _Handler, path: str, raw: bytes) -> bool:
        """Answer a 404 model_not_found for an ``ft:`` model no job produced (as OpenAI does)."""
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return False
        model = body.get("model") if isinstance(body, dict) else None
        if not isinstance(model, str) or not model.startswith("ft:"):
            return False
        with self._lock:
            if model in self._ft_models():
                return False
            messages = body.get("messages")
            call = Call(
                api="openai",
                model=model,
                messages=list(messages) if isinstance(messages, list) else [],
                body=body,
                headers={k.lower(): v for k, v in h.headers.items()},
                path=path,
                t_start=time.monotonic(),
                method="POST",
                index=len(self.calls),
            )
            self.calls.append(call)
        err = ApiError(
            404,
            f"The model `{model}` does not exist or you do not have access to it.",
            code="model_not_found",
        )
        call.error = err.message
        self._send(h, call, 404, err.payload(), {})
        return True

    def _route(self, h: _Handler, method: str) -> None:
        target, _, query = h.path.partition("?")
        path = target.rstrip("/")
        try:
            raw = h.rfile.read(int(h.headers.get("content-length") or 0))
        except (OSError, ValueError):
            h.close_connection = True
            return
        params = parse_qsl(query, keep_blank_values=True)
        headers = {k.lower(): v for k, v in h.headers.items()}
        call = Call(
            api="openai",
            headers=headers,
            path=path,
            t_start=time.monotonic(),
            method=method,
            body=dict(params),  # the query; POST routes replace it with the parsed body
        )
        with self._lock:
            call.index = len(self.calls)
            self.calls.append(call)

        answered, fault = self._apply_fault(h, call, "openai")
        if answered:
            return

        content_type = "application/json"
        try:
            for m, pattern, name in _ROUTES:
                match = pattern.match(path)
                if match and m == method:
                    args = [unquote(g) for g in match.groups()]
                    with self._lock:
                        result = getattr(self, "_r_" + name)(call, params, raw, *args)
                    break
            else:
                raise ApiError(404, f"Invalid URL ({method} {path})")
            if isinstance(result, bytes):
                status, payload, content_type = 200, result, "application/octet-stream"
            else:
                status, payload = 200, json.dumps(result).encode()
        except ApiError as e:
            status, payload = e.status, e.payload()
            call.error = e.message
        except Exception as e:  # a server bug: say so loudly, as a 500, never a dropped connection
            err = ApiError(500, f"FineTuneServer raised {type(e).__name__}: {e}")
            status, payload = 500, err.payload()
            call.error = err.message
        if fault is not None and fault.kind == "bad_json":
            payload = payload[: len(payload) // 2]
        self._send(
            h, call, status, payload, {"x-request-id": f"req_{call.index:06d}"}, content_type
        )

    # ----- helpers (called with self._lock held)

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    @staticmethod
    def _json_body(call: Call, raw: bytes) -> dict:
        try:
            body = json.loads(raw or b"{}")
        except ValueError as e:
            raise ApiError(400, f"We could not parse the JSON body of your request: {e}") from e
        if not isinstance(body, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        call.body = body
        return body

    @staticmethod
    def _page(items: list[dict], params: list[tuple[str, str]], default_limit: int) -> dict:
        """An OpenAI cursor page of ``items`` (in list order): ``after`` an id, ``limit``."""
        q = dict(params)
        try:
            limit = int(q.get("limit", default_limit))
        except ValueError as e:
            raise ApiError(400, f"Invalid 'limit': {q.get('limit')!r}", param="limit") from e
        if limit < 1:
            raise ApiError(400, "'limit' must be >= 1", param="limit")
        after = q.get("after")
        if after:
            ids = [it["id"] for it in items]
            if after not in ids:
                raise ApiError(400, f"Invalid 'after': no such id {after!r}", param="after")
            items = items[ids.index(after) + 1 :]
        data = items[:limit]
        return {
            "object": "list",
            "data": data,
            "has_more": len(items) > limit,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
        }

    def _job(self, job_id: str) -> JobRecord:
        job = self.jobs.get(job_id)
        if job is None:
            raise ApiError(404, f"Fine-tuning job {job_id} not found.", param="fine_tuning_job_id")
        return job

    def _file_for_job(self, file_id: Any, param: str) -> FileRecord:
        f = self.files.get(file_id) if isinstance(file_id, str) else None
        if f is None:
            raise ApiError(400, f"invalid {param}: {file_id}", param=param)
        if f.purpose != "fine-tune":
            raise ApiError(
                400,
                f"invalid {param}: {file_id} has purpose {f.purpose!r}; fine-tuning needs "
                "files uploaded with purpose 'fine-tune'",
                param=param,
            )
        return f

    def _event(
        self, job: JobRecord, message: str, *, level: str = "info", data: dict | None = None
    ) -> None:
        job.events.append(
            {
                "object": "fine_tuning.job.event",
                "id": _mkid("ftevent-", "event", self._next()),
                "created_at": int(time.time()),
                "level": level,
                "message": message,
                "type": "metrics" if data is not None else "message",
                "data": data if data is not None else {},
            }
        )

    def _set_status(self, job: JobRecord, status: str) -> None:
        job.status = status
        job.status_history.append(status)

    # ----- files

    def _r_create_file(self, call: Call, params, raw: bytes) -> dict:
        form = _parse_multipart(call.headers.get("content-type", ""), raw)
        if "file" not in form or form["file"][0] is None:
            raise ApiError(400, "Missing required parameter: 'file'.", param="file")
        purpose = form.get("purpose", (None, b""))[1].decode("utf-8", "replace")
        filename, content = form["file"]
        call.body = {"purpose": purpose, "filename": filename, "bytes": len(content)}
        if purpose not in FILE_PURPOSES:
            raise ApiError(
                400,
                f"Invalid value for 'purpose': {purpose!r}; use one of {list(FILE_PURPOSES)}",
                param="purpose",
            )
        if purpose == "fine-tune" and not filename.endswith(".jsonl"):
            raise ApiError(
                400,
                f"Invalid file format for Fine-Tuning API. Must be .jsonl (got {filename!r})",
                param="file",
            )
        now = int(time.time())
        expires_at = None
        if "expires_after[seconds]" in form:
            try:
                expires_at = now + int(form["expires_after[seconds]"][1])
            except ValueError as e:
                raise ApiError(400, "Invalid 'expires_after[seconds]'.") from e
        rec = FileRecord(
            id=_mkid("file-", "file", self._next()),
            filename=filename,
            purpose=purpose,
            bytes=len(content),
            content=content,
            created_at=now,
            expires_at=expires_at,
        )
        self.files[rec.id] = rec
        return rec.to_api()

    def _r_list_files(self, call: Call, params, raw: bytes) -> dict:
        q = dict(params)
        files = list(self.files.values())
        if q.get("purpose"):
            files = [f for f in files if f.purpose == q["purpose"]]
        if q.get("order", "desc") == "desc":
            files.reverse()
        return self._page([f.to_api() for f in files], params, 10000)

    def _file(self, file_id: str) -> FileRecord:
        f = self.files.get(file_id)
        if f is None:
            raise ApiError(404, f"No such File object: {file_id}", param="id")
        return f

    def _r_get_file(self, call: Call, params, raw: bytes, file_id: str) -> dict:
        return self._file(file_id).to_api()

    def _r_get_file_content(self, call: Call, params, raw: bytes, file_id: str) -> bytes:
        return self._file(file_id).content

    def _r_delete_file(self, call: Call, params, raw: bytes, file_id: str) -> dict:
        self._file(file_id)
        del self.files[file_id]
        return {"id": file_id, "object": "file", "deleted": True}

    # ----- models

    def _model_list(self) -> list[str]:
        names = list(MODELS)
        for job in sorted(self.jobs.values(), key=lambda j: j.index):
            if job.model not in names:
                names.append(job.model)
        return names + self._ft_models()

    @staticmethod
    def _model_obj(name: str, owner: str) -> dict:  # LLMServer's shape: both SDKs parse it
        return {
            "id": name,
            "object": "model",
            "type": "model",
            "created": 0,
            "created_at": "2024-01-01T00:00:00Z",
            "owned_by": owner,
            "display_name": name,
        }

    def _r_list_models(self, call: Call, params, raw: bytes) -> dict:
        owner = f"user-{self.org}"
        data = [
            self._model_obj(m, owner if m.startswith("ft:") else "system")
            for m in self._model_list()
        ]
        ids = [d["id"] for d in data]
        return {
            "object": "list",
            "data": data,
            "has_more": False,
            "first_id": ids[0],
            "last_id": ids[-1],
        }

    def _r_get_model(self, call: Call, params, raw: bytes, model: str) -> dict:
        if model.startswith("ft:") and model not in self._ft_models():
            raise ApiError(
                404,
                f"The model '{model}' does not exist",
                param="model",
                code="model_not_found",
            )
        return self._model_obj(model, f"user-{self.org}" if model.startswith("ft:") else "system")

    # ----- jobs

    @staticmethod
    def _check_hyperparameters(hp: Any, param: str) -> dict:
        if hp is None:
            return {}
        if not isinstance(hp, dict):
            raise ApiError(400, f"'{param}' must be an object.", param=param)
        unknown = set(hp) - set(AUTO_HYPERPARAMETERS)
        if unknown:
            raise ApiError(
                400, f"Unknown parameter(s) {sorted(unknown)} in '{param}'.", param=param
            )
        limits = {"n_epochs": (int, 1, 50), "batch_size": (int, 1, 256)}
        for key, value in hp.items():
            if value == "auto":
                continue
            if key == "learning_rate_multiplier":
                ok = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
            else:
                _, lo, hi = limits[key]
                ok = isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi
            if not ok:
                raise ApiError(400, f"Invalid value for '{param}.{key}': {value!r}", param=param)
        return dict(hp)

    def _r_create_job(self, call: Call, params, raw: bytes) -> dict:
        body = self._json_body(call, raw)
        call.model = body.get("model")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise ApiError(400, "Missing required parameter: 'model'.", param="model")
        if not body.get("training_file"):
            raise ApiError(
                400, "Missing required parameter: 'training_file'.", param="training_file"
            )
        train = self._file_for_job(body["training_file"], "training_file")
        valid = None
        if body.get("validation_file") is not None:
            valid = self._file_for_job(body["validation_file"], "validation_file")

        suffix = body.get("suffix")
        if suffix is not None and (not isinstance(suffix, str) or len(suffix) > 64):
            raise ApiError(
                400, "'suffix' must be a string of at most 64 characters.", param="suffix"
            )
        seed = body.get("seed")
        if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
            raise ApiError(400, f"Invalid value for 'seed': {seed!r}", param="seed")
        metadata = body.get("metadata")
        if metadata is not None:
            ok = (
                isinstance(metadata, dict)
                and len(metadata) <= 16
                and all(
                    isinstance(k, str) and isinstance(v, str) and len(k) <= 64 and len(v) <= 512
                    for k, v in metadata.items()
                )
            )
            if not ok:
                raise ApiError(
                    400,
                    "'metadata' must map at most 16 string keys (<= 64 chars) to string values "
                    "(<= 512 chars).",
                    param="metadata",
                )

        top = self._check_hyperparameters(body.get("hyperparameters"), "hyperparameters")
        method = body.get("method")
        from_method: dict = {}
        if method is not None:
            if not isinstance(method, dict) or method.get("type") != "supervised":
                kind = method.get("type") if isinstance(method, dict) else method
                raise ApiError(
                    400,
                    f"FineTuneServer only supports method.type='supervised' (got {kind!r}).",
                    param="method.type",
                )
            sup = method.get("supervised") or {}
            from_method = self._check_hyperparameters(
                sup.get("hyperparameters") if isinstance(sup, dict) else sup,
                "method.supervised.hyperparameters",
            )
        if top and from_method and top != from_method:
            raise ApiError(
                400,
                "Hyperparameters given both in 'hyperparameters' (deprecated) and in "
                "'method.supervised.hyperparameters', with different values.",
                param="hyperparameters",
            )
        hp = {k: "auto" for k in AUTO_HYPERPARAMETERS} | top | from_method

        n = len(self.jobs)
        job_id = _mkid("ftjob-", "job", self._next())
        short = hashlib.sha256(job_id.encode()).hexdigest()[:8]
        job = JobRecord(
            id=job_id,
            index=n,
            request=body,
            model=model,
            training_file=train.id,
            validation_file=valid.id if valid else None,
            suffix=suffix,
            seed=seed if seed is not None else int(short, 16) % 2**31,
            metadata=dict(metadata) if metadata is not None else None,
            hyperparameters=hp,
            integrations=body.get("integrations"),
            created_at=int(time.time()),
            organization_id=f"org-{self.org}",
            model_name=f"ft:{model}:{self.org}:{suffix or ''}:{short}",
        )
        self.jobs[job_id] = job
        self._event(job, f"Created fine-tuning job: {job_id}")
        self._event(job, f"Validating training file: {train.id}")
        if valid:
            self._event(job, f"Validating validation file: {valid.id}")
        return job.to_api()

    def _r_list_jobs(self, call: Call, params, raw: bytes) -> dict:
        jobs = sorted(self.jobs.values(), key=lambda j: j.index, reverse=True)
        want = {k[len("metadata[") : -1]: v for k, v in params if k.startswith("metadata[")}
        if dict(params).get("metadata") == "null":
            if want:
                raise ApiError(400, "Do not combine metadata=null with metadata[k]=v.")
            jobs = [j for j in jobs if j.metadata is None]
        elif want:
            jobs = [
                j
                for j in jobs
                if j.metadata and all(j.metadata.get(k) == v for k, v in want.items())
            ]
        return self._page([j.to_api() for j in jobs], params, 20)

    def _r_get_job(self, call: Call, params, raw: bytes, job_id: str) -> dict:
        job = self._job(job_id)
        self._advance(job)
        return job.to_api()

    def _r_cancel_job(self, call: Call, params, raw: bytes, job_id: str) -> dict:
        job = self._job(job_id)
        if job.terminal:
            raise ApiError(400, f"Job {job_id} has already {job.status}; it cannot be cancelled.")
        job.cancel_requested = True
        self._set_status(job, "cancelled")
        self._event(job, "Fine-tuning job cancelled")
        return job.to_api()

    def _r_list_events(self, call: Call, params, raw: bytes, job_id: str) -> dict:
        job = self._job(job_id)
        return self._page(list(reversed(job.events)), params, 20)

    def _r_list_checkpoints(self, call: Call, params, raw: bytes, job_id: str) -> dict:
        job = self._job(job_id)
        return self._page(list(reversed(job.checkpoints)), params, 10)

    # ----- the state machine

    def _advance(self, job: JobRecord) -> None:
        """One retrieve GET of ``job``: every steps_per_state-th one moves it a state on."""
        job.polls += 1
        if job.terminal:
            return
        due = job.polls % self.steps_per_state == 0
        s = self.steps_per_state
        if job.status == "validating_files":
            if due:
                self._validate_files(job)
        elif job.status == "queued":
            if due:
                self._start(job)
                job.running_polls = 1
                self._train(job, 1 / (s + 1))
        elif job.status == "running":
            if not due:
                job.running_polls += 1
                self._train(job, job.running_polls / (s + 1))
            elif self.fail_with is not None:
                err = {"code": None, "message": None, "param": None} | self.fail_with
                self._fail(job, err)
            else:
                self._train(job, 1.0)
                self._succeed(job)

    def _fail(self, job: JobRecord, error: dict) -> None:
        job.error = dict(error)
        job.finished_at = int(time.time())
        self._set_status(job, "failed")
        self._event(job, str(error.get("message")), level="error")

    def _validate_files(self, job: JobRecord) -> None:
        if self.validate_files:
            checks = [(job.training_file, "training", MIN_TRAINING_EXAMPLES)]
            if job.validation_file:
                checks.append((job.validation_file, "validation", 1))
            for file_id, kind, min_examples in checks:
                f = self.files.get(file_id)
                if f is None:
                    problem = f"File {file_id} was deleted."
                else:
                    _, problem = check_chat_jsonl(f.content, min_examples=min_examples)
                if problem:
                    msg = f"The job failed due to an invalid {kind} file. {problem}"
                    code = f"invalid_{kind}_file"
                    self._fail(job, {"code": code, "message": msg, "param": f"{kind}_file"})
                    return
        self._set_status(job, "queued")
        self._event(job, "Files validated, moving job to queued state")

    def _start(self, job: JobRecord) -> None:
        f = self.files.get(job.training_file)
        job.n_examples, job.example_tokens = _example_tokens(f.content if f else b"")
        job.n_examples = max(job.n_examples, 1)
        hp = job.hyperparameters
        for key, auto in AUTO_HYPERPARAMETERS.items():
            if hp.get(key, "auto") == "auto":
                hp[key] = auto
        job.steps_per_epoch = math.ceil(job.n_examples / hp["batch_size"])
        job.total_steps = hp["n_epochs"] * job.steps_per_epoch
        per = min(self.events_per_epoch, job.steps_per_epoch)
        steps: set[int] = set()
        for epoch in range(hp["n_epochs"]):
            base = epoch * job.steps_per_epoch
            steps.update(base + math.ceil(k * job.steps_per_epoch / per) for k in range(1, per + 1))
        job.metric_steps = sorted(steps)
        self._set_status(job, "running")
        self._event(job, "Fine-tuning job started")

    def _losses(self, job: JobRecord, step: int) -> dict:
        frac = step / job.total_steps
        train_loss = round(0.3 + 1.7 * (1.0 - frac) ** 2 + 1e-4 * (1.0 - frac), 6)
        data: dict[str, Any] = {
            "step": step,
            "train_loss": train_loss,
            "valid_loss": None,
            "total_steps": job.total_steps,
            "train_mean_token_accuracy": round(0.55 + 0.4 * frac, 6),
        }
        if job.validation_file:
            data["valid_loss"] = round(train_loss * 1.1 + 0.05, 6)
            data["valid_mean_token_accuracy"] = round(0.5 + 0.38 * frac, 6)
        return data

    def _train(self, job: JobRecord, frac: float) -> None:
        """Move training progress to ``frac`` of total_steps: metrics events, checkpoints."""
        target = job.total_steps if frac >= 1 else math.floor(frac * job.total_steps)
        epoch_ends = {
            e * job.steps_per_epoch for e in range(1, job.hyperparameters["n_epochs"] + 1)
        }
        for step in range(job.progress_step + 1, target + 1):
            if step in job.metric_steps:
                data = self._losses(job, step)
                msg = f"Step {step}/{job.total_steps}: training loss={data['train_loss']:.4f}"
                if data["valid_loss"] is not None:
                    msg += f", validation loss={data['valid_loss']:.4f}"
                self._event(job, msg, data=data)
            if step in epoch_ends:
                self._checkpoint(job, step)
        job.progress_step = max(job.progress_step, target)

    def _checkpoint(self, job: JobRecord, step: int) -> None:
        data = self._losses(job, step)
        metrics = {k: data[k] for k in ("step", "train_loss", "train_mean_token_accuracy")}
        if job.validation_file:
            metrics |= {
                "valid_loss": data["valid_loss"],
                "valid_mean_token_accuracy": data["valid_mean_token_accuracy"],
                "full_valid_loss": round(data["valid_loss"] + 0.01, 6),
                "full_valid_mean_token_accuracy": round(
                    data["valid_mean_token_accuracy"] - 0.01, 6
                ),
            }
        name = f"{job.model_name}:ckpt-step-{step}"
        job.checkpoints.append(
            {
                "object": "fine_tuning.job.checkpoint",
                "id": _mkid("ftckpt-", "ckpt", self._next()),
                "created_at": int(time.time()),
                "fine_tuned_model_checkpoint": name,
                "fine_tuning_job_id": job.id,
                "metrics": metrics,
                "step_number": step,
            }
        )
        self._event(job, f"Checkpoint created at step {step}")

    def _succeed(self, job: JobRecord) -> None:
        rows = ["step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy"]
        for step in range(1, job.total_steps + 1):
            d = self._losses(job, step)
            vl = "" if d["valid_loss"] is None else d["valid_loss"]
            va = d.get("valid_mean_token_accuracy", "")
            rows.append(f"{step},{d['train_loss']},{d['train_mean_token_accuracy']},{vl},{va}")
        csv = ("\n".join(rows) + "\n").encode()
        result = FileRecord(
            id=_mkid("file-", "file", self._next()),
            filename="step_metrics.csv",
            purpose="fine-tune-results",
            bytes=0,
            content=base64.b64encode(csv),
            created_at=int(time.time()),
        )
        result.bytes = len(result.content)
        self.files[result.id] = result
        job.result_files = [result.id]
        job.fine_tuned_model = job.model_name
        job.trained_tokens = job.example_tokens * job.hyperparameters["n_epochs"]
        job.finished_at = int(time.time())
        self._set_status(job, "succeeded")
        self._event(job, f"New fine-tuned model created: {job.model_name}")
        self._event(job, "The job has successfully completed")
