"""A local fake LLM HTTP server that the real OpenAI and Anthropic Python SDKs can talk to.

It speaks just enough of the OpenAI chat-completions wire format and the Anthropic messages wire
format for the official clients (``openai.OpenAI``/``AsyncOpenAI``, ``anthropic.Anthropic``/
``AsyncAnthropic``) to parse its answers, and it can inject faults (429, 500, hangs, connection
resets, off-schema answers, broken JSON) so tests and benchmarks can exercise retry, timeout and
parsing paths of code that generates synthetic data through an LLM. Stdlib only
(``http.server.ThreadingHTTPServer`` on 127.0.0.1, an ephemeral port, a daemon thread; one
handler thread per connection, so many requests are served concurrently).

Usage::

    import anthropic, openai
    from tests.llm_server import FaultPlan, LLMServer, observed_rate

    with LLMServer(responder=lambda call: '{"label": "BILLING"}', latency_s=0.05,
                   faults=FaultPlan.sequence(["429", None], retry_after="0.2")) as srv:
        oai = openai.OpenAI(base_url=srv.openai_base_url, api_key="x", max_retries=2, timeout=5)
        ant = anthropic.Anthropic(base_url=srv.anthropic_base_url, api_key="x", max_retries=2,
                                  timeout=5)
        oai.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        ant.messages.create(model="m", max_tokens=64, system="be brief",
                            messages=[{"role": "user", "content": "hi"}])
        assert [c.status for c in srv.calls] == [429, 200, 200]
        print(observed_rate(srv.calls))  # requests per minute

Routes: ``POST {openai_base_url}/chat/completions`` (``openai_base_url`` ends in ``/v1``),
``POST {anthropic_base_url}/v1/messages`` (``anthropic_base_url`` has NO ``/v1``: the Anthropic
SDK adds it), ``POST /v1/messages/count_tokens``, ``GET /v1/models`` (one body that both SDKs'
``models.list()`` parse). Only the chat/messages POSTs are recorded in ``calls``. ``stream=True``,
``n != 1``, a missing ``model``/``messages`` (or Anthropic ``max_tokens``) get a 400 (recorded,
``Call.error`` says why; no fault is consulted for them). Unknown paths get a 404.

Extending (as ``tests/ft_server.py`` does for the OpenAI files / fine-tuning API): a subclass
overrides ``_handle_get`` / ``_handle_post`` / ``_handle_delete`` for its own routes, hands
chat/messages POSTs to ``_handle_chat(h, api, path, raw)`` (``api`` from ``_chat_api(path)``),
and reuses the fault step ``_apply_fault(h, call, api)`` and ``_send(..., content_type=...)``.

Token usage is deterministic: tokens = ``len(text.split())``; the prompt counts the text of every
message (Anthropic: plus ``system``); content given as a list of blocks counts each block's
``"text"``.

Faults (``faults=`` a ``FaultPlan`` or any ``callable(call_index, call) -> Fault | str | None``;
``call_index`` is the 0-based position in ``calls``, across both APIs):

* ``"429"`` (or any other 4xx/5xx status as a string, e.g. ``"503"``, ``"529"``): that status with
  the provider's error JSON; a 429 carries ``retry-after: 1`` unless ``Fault.retry_after`` says
  otherwise (``""`` = no header); ``Fault.retry_after_ms`` adds ``retry-after-ms``;
  ``Fault.should_retry`` adds ``x-should-retry: true|false``.
* ``"500"``: status 500 with the provider's error JSON (no retry-after unless given).
* ``"timeout"``: the handler hangs ``Fault.hang_s`` (default 5 s), then answers normally (status
  200; a client whose timeout is shorter has given up by then). Status is 0 while it hangs;
  ``stop()`` cuts the hang short and sends nothing (status 0, ``error="server stopped"``).
* ``"reset"``: the connection is closed with a TCP RST (SO_LINGER 0) and no response; status 0.
* ``"malformed"``: a normal 200 whose text is ``Fault.text`` (default ``MALFORMED_TEXT``, prose
  without JSON); the responder is not called.
* ``"bad_json"``: a 200 ``application/json`` whose body is the normal body cut in half.

What the SDKs do (verified by tests/test_llm_server.py with openai 3.57.0 and anthropic 2.13.0,
both on httpx2; both default to ``max_retries=2`` and a 600 s read / 5 s connect timeout).
"retried" means: while retries remain; the last failure is raised as shown.

===============  ========================================  ========================================
fault            openai (OpenAI / AsyncOpenAI)             anthropic (Anthropic / AsyncAnthropic)
===============  ========================================  ========================================
429 retry-after  retried, waiting retry-after exactly (no  retried, waiting retry-after exactly (no
                 jitter) if 0 < s <= 120; over 120 s: NOT  jitter) if > 0, with no cap (up to ~49
                 retried, RateLimitError at once           days, per its source!); RateLimitError
500 / 503        retried (backoff); InternalServerError    retried (backoff); InternalServerError
                                                           (503: ServiceUnavailableError, 529:
                                                           OverloadedError; both subclass it)
x-should-retry   "false": never retried; "true": retried   same
                 even for a 4xx
timeout (hang)   retried; APITimeoutError                  retried; APITimeoutError
reset (RST)      retried; APIConnectionError (cause:       retried; APIConnectionError (cause:
                 httpx2.ReadError)                         httpx2.ReadError)
malformed        the text as message.content, no error     the text as content[0].text, no error
bad_json         NOT retried; json.JSONDecodeError, a      NOT retried; json.JSONDecodeError, a
                 ValueError and NOT an openai.OpenAIError  ValueError and NOT an AnthropicError
===============  ========================================  ========================================

Retry waits (both SDKs, from their ``_base_client.py``): ``retry-after-ms`` (milliseconds) is
preferred over ``retry-after``; ``retry-after`` may be a float number of seconds (``"0.2"`` works)
or an HTTP date. Without a usable header (absent, ``0``, negative) the wait is
``min(0.5 * 2**retries_taken, 8) * (1 - 0.25 * random())``: 0.375-0.5 s, then 0.75-1 s, 1.5-2 s...
Both retry 408, 409, 429 and >= 500 and every connection error/timeout; nothing else. Note
``openai.APITimeoutError`` subclasses ``APIConnectionError`` (same in anthropic): catch the
timeout first.
"""

from __future__ import annotations

import json
import random
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "MALFORMED_TEXT",
    "Call",
    "Fault",
    "FaultPlan",
    "LLMServer",
    "count_tokens",
    "default_responder",
    "max_concurrency",
    "observed_rate",
    "text_of",
]

MALFORMED_TEXT = (
    "Sure! Here is a great example of what you asked for. The customer writes in about a billing "
    "problem and the agent answers politely. Let me know if you need anything else!"
)

FAULT_KINDS = ("429", "500", "timeout", "reset", "malformed", "bad_json")

MODELS = ("llm-server-model",)

_OPENAI_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_api_key",
    403: "permission_denied",
    404: "not_found",
    429: "rate_limit_exceeded",
}
_ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


# --------------------------------------------------------------------------- records and helpers


def text_of(content: Any) -> str:
    """The plain text of a message ``content``: a string, or a list of blocks with ``"text"``."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text", ""))
    if isinstance(content, list):
        return " ".join(t for t in (text_of(part) for part in content) if t)
    return str(content)


def count_tokens(text: str) -> int:
    """The server's (documented, deterministic) token count: whitespace-separated words."""
    return len(text.split())


@dataclass
class Call:
    """One chat-completions / messages request as the server received and answered it."""

    api: str = ""  # "openai" | "anthropic"
    model: str | None = None
    # [{role, content}] as sent; Anthropic's top-level `system` leads as {"role": "system", ...}
    messages: list[dict] = field(default_factory=list)
    body: dict = field(default_factory=dict)  # the parsed JSON request body
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names
    status: int = 0  # HTTP status sent back; 0 = none (reset, or still in flight)
    fault: str | None = None  # the injected fault kind, if any
    t_start: float = 0.0  # time.monotonic() when the request was read
    t_end: float | None = None  # time.monotonic() when the answer (or the reset) was sent
    index: int = -1  # position in LLMServer.calls
    path: str = ""
    error: str | None = None  # why a 400/500 was sent, or "client gone" if the write failed
    method: str = ""  # the HTTP method ("POST" for chat/messages; subclasses record others too)

    @property
    def prompt_text(self) -> str:
        return "\n".join(text_of(m.get("content")) for m in self.messages if isinstance(m, dict))

    @property
    def last_user_text(self) -> str:
        for m in reversed(self.messages):
            if isinstance(m, dict) and m.get("role") == "user":
                return text_of(m.get("content"))
        return ""

    @property
    def duration_s(self) -> float | None:
        return None if self.t_end is None else self.t_end - self.t_start


def default_responder(call: Call) -> str:
    """``"echo: "`` + the first 16 words of the last user message."""
    return "echo: " + " ".join(call.last_user_text.split()[:16])


@dataclass
class Fault:
    """One injected fault. ``kind``: one of FAULT_KINDS, or any 4xx/5xx status as a string."""

    kind: str
    # retry-after header value; None = the kind's default ("1" for 429, none otherwise); "" = omit
    retry_after: str | None = None
    retry_after_ms: str | None = None  # adds a `retry-after-ms` header when set
    should_retry: bool | None = None  # adds `x-should-retry: true|false` when set
    hang_s: float = 5.0  # "timeout": how long the handler hangs before answering
    text: str = MALFORMED_TEXT  # "malformed": the assistant text sent instead of the responder's

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS and self.status is None:
            raise ValueError(
                f"unknown fault kind {self.kind!r}: use one of {FAULT_KINDS} or a status"
            )

    @property
    def status(self) -> int | None:
        """The HTTP error status this fault sends, or None for non-status faults."""
        if self.kind.isdigit() and 400 <= int(self.kind) <= 599:
            return int(self.kind)
        return None


FaultSpec = Fault | str | None
FaultFn = Callable[[int, Call], FaultSpec]


def _as_fault(spec: FaultSpec, **fault_kw: Any) -> Fault | None:
    if spec is None or isinstance(spec, Fault):
        return spec
    return Fault(str(spec), **fault_kw)


class FaultPlan:
    """A ``faults=`` callable with simple constructors; ``fault_kw`` (retry_after, retry_after_ms,
    should_retry, hang_s, text) apply to every fault the plan makes from a kind string.

    ``FaultPlan.sequence(["429", None, "500"])``  call i gets kinds[i]; later calls none
    ``FaultPlan.first(k, "500")``                 the first k calls fail
    ``FaultPlan.every(n, "500")``                 every n-th call fails: index % n == n - 1
    ``FaultPlan.random(p, ["429", "500"], seed)`` each call fails with probability p, kind uniform;
                                                  decided from (seed, call index) alone, so the same
                                                  indices fail whatever the thread timing
    """

    def __init__(self, fn: FaultFn, **fault_kw: Any) -> None:
        self._fn = fn
        self._fault_kw = fault_kw

    def __call__(self, call_index: int, call: Call) -> Fault | None:
        return _as_fault(self._fn(call_index, call), **self._fault_kw)

    @classmethod
    def sequence(cls, kinds: Sequence[FaultSpec], **fault_kw: Any) -> FaultPlan:
        kinds = list(kinds)
        return cls(lambda i, _c: kinds[i] if i < len(kinds) else None, **fault_kw)

    @classmethod
    def first(cls, k: int, kind: FaultSpec, **fault_kw: Any) -> FaultPlan:
        return cls(lambda i, _c: kind if i < k else None, **fault_kw)

    @classmethod
    def every(cls, n: int, kind: FaultSpec, **fault_kw: Any) -> FaultPlan:
        if n < 1:
            raise ValueError("n must be >= 1")
        return cls(lambda i, _c: kind if i % n == n - 1 else None, **fault_kw)

    @classmethod
    def random(
        cls, p: float, kinds: Iterable[FaultSpec] | str, seed: int = 0, **fault_kw: Any
    ) -> FaultPlan:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        if not kinds:
            raise ValueError("kinds must not be empty")

        def pick(i: int, _c: Call) -> FaultSpec:
            rng = random.Random(f"{seed}:{i}")
            return rng.choice(kinds) if rng.random() < p else None

        return cls(pick, **fault_kw)


# --------------------------------------------------------------------------- rate observation


def observed_rate(calls: Sequence[Call], window_s: float | None = None) -> float:
    """Requests per minute, from the calls' ``t_start``.

    Without ``window_s``: (n - 1) / (last start - first start) * 60 — the average rate over the
    span (n - 1 gaps; a perfectly paced 60 rpm client reads 60.0). 0.0 for fewer than 2 calls.
    With ``window_s``: the peak — the most calls starting in any window [t, t + window_s) —
    scaled to per minute (max_count * 60 / window_s); what a "never more than N per minute"
    limit is checked against (use window_s=60 for a per-minute limit).
    """
    starts = sorted(c.t_start for c in calls)
    if window_s is None:
        if len(starts) < 2 or starts[-1] <= starts[0]:
            return 0.0
        return (len(starts) - 1) / (starts[-1] - starts[0]) * 60.0
    if window_s <= 0:
        raise ValueError("window_s must be > 0")
    best, j = 0, 0
    for i, t in enumerate(starts):  # two pointers: starts[i:j] lie in [t, t + window_s)
        j = max(j, i)
        while j < len(starts) and starts[j] < t + window_s:
            j += 1
        best = max(best, j - i)
    return best * 60.0 / window_s


def max_concurrency(calls: Sequence[Call]) -> int:
    """The most requests in flight at once (overlapping [t_start, t_end); unfinished = open)."""
    events = []
    for c in calls:
        events.append((c.t_start, 1))
        events.append((c.t_end if c.t_end is not None else float("inf"), -1))
    events.sort(key=lambda e: (e[0], e[1]))  # an end at t sorts before a start at t
    cur = best = 0
    for _, d in events:
        cur += d
        best = max(best, cur)
    return best


# --------------------------------------------------------------------------- the server


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # server_close() must not wait for hanging / keep-alive handlers
    request_queue_size = 128
    owner: LLMServer

    def handle_error(self, request, client_address) -> None:
        # client-side disconnects (timeouts, resets) are expected here; stay quiet about them
        import sys

        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real APIs; every answer has a length
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.server.owner._handle_post(self)

    def do_GET(self) -> None:
        self.server.owner._handle_get(self)

    def do_DELETE(self) -> None:
        self.server.owner._handle_delete(self)


class LLMServer:
    """Fake OpenAI + Anthropic endpoint; see the module docstring. A context manager."""

    def __init__(
        self,
        responder: Callable[[Call], str] | None = None,
        *,
        latency_s: float | Callable[[Call], float] = 0.0,
        faults: FaultFn | None = None,
    ) -> None:
        self.responder = responder or default_responder
        self.latency_s = latency_s
        self.faults = faults
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._conns: set[socket.socket] = set()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    # ----- lifecycle

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("LLMServer is not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_base_url(self) -> str:
        return self.base_url + "/v1"

    @property
    def anthropic_base_url(self) -> str:
        return self.base_url

    def start(self) -> LLMServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.owner = self
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()  # wakes handlers sleeping in latency / "timeout" hangs
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:  # idle keep-alive connections: end them so no handler lingers
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ----- observation

    def completed(self) -> list[Call]:
        """Calls the client got a usable 200 for: status 200 and no fault other than "malformed"
        (a "timeout" call is answered 200 only after the hang, a "bad_json" 200 is unparseable)."""
        with self._lock:
            return [c for c in self.calls if c.status == 200 and c.fault in (None, "malformed")]

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._conns.add(conn)
            else:
                self._conns.discard(conn)

    # ----- request handling

    def _handle_get(self, h: _Handler) -> None:
        path = h.path.split("?", 1)[0].rstrip("/")
        if path.endswith("/models"):
            data = [
                {
                    "id": m,
                    "object": "model",
                    "type": "model",
                    "created": 0,
                    "created_at": "2024-01-01T00:00:00Z",
                    "owned_by": "llm-server",
                    "display_name": m,
                }
                for m in MODELS
            ]
            body = {
                "object": "list",
                "data": data,
                "has_more": False,
                "first_id": MODELS[0],
                "last_id": MODELS[-1],
            }
            self._send(h, None, 200, json.dumps(body).encode(), {})
        else:
            self._send(h, None, 404, *self._error_body("openai", 404, f"no route GET {path}"))

    def _handle_post(self, h: _Handler) -> None:
        path = h.path.split("?", 1)[0].rstrip("/")
        try:
            raw = h.rfile.read(int(h.headers.get("content-length") or 0))
        except (OSError, ValueError):
            h.close_connection = True
            return
        api = self._chat_api(path)
        if api is None:
            self._send(h, None, 404, *self._error_body("openai", 404, f"no route POST {path}"))
            return
        self._handle_chat(h, api, path, raw)

    def _handle_delete(self, h: _Handler) -> None:
        path = h.path.split("?", 1)[0].rstrip("/")
        self._send(h, None, 404, *self._error_body("openai", 404, f"no route DELETE {path}"))

    @staticmethod
    def _chat_api(path: str) -> str | None:
        """Which generation API a POST path belongs to: "openai" | "anthropic" |
        "anthropic_count", or None for any other path."""
        if path.endswith("/chat/completions"):
            return "openai"
        if path.endswith("/v1/messages/count_tokens"):
            return "anthropic_count"
        if path.endswith("/v1/messages"):
            return "anthropic"
        return None

    def _handle_chat(self, h: _Handler, api: str, path: str, raw: bytes) -> None:
        """One chat-completions / messages POST whose body (``raw``) has been read."""
        try:
            body = json.loads(raw or b"null")
            if not isinstance(body, dict):
                raise ValueError("body is not a JSON object")
        except ValueError as e:
            err_api = "openai" if api == "openai" else "anthropic"
            self._send(h, None, 400, *self._error_body(err_api, 400, f"invalid JSON body: {e}"))
            return

        messages = body.get("messages")
        msgs = list(messages) if isinstance(messages, list) else []
        if api != "openai" and body.get("system") is not None:
            msgs = [{"role": "system", "content": body["system"]}, *msgs]

        if api == "anthropic_count":  # not recorded: no generation happens
            n = sum(count_tokens(text_of(m.get("content"))) for m in msgs if isinstance(m, dict))
            self._send(h, None, 200, json.dumps({"input_tokens": n}).encode(), {})
            return

        call = Call(
            api=api,
            model=body.get("model"),
            messages=msgs,
            body=body,
            headers={k.lower(): v for k, v in h.headers.items()},
            path=path,
            t_start=time.monotonic(),
            method="POST",
        )
        with self._lock:
            call.index = len(self.calls)
            self.calls.append(call)

        invalid = self._validate(api, body)
        if invalid:
            call.error = invalid
            self._send(h, call, 400, *self._error_body(api, 400, invalid))
            return

        answered, fault = self._apply_fault(h, call, api)
        if answered:
            return

        if fault is not None and fault.kind == "malformed":
            text = fault.text
        else:
            try:
                text = str(self.responder(call))
            except Exception as e:  # a broken responder is a test bug: say so loudly, as a 500
                call.error = f"responder raised {type(e).__name__}: {e}"
                self._send(h, call, 500, *self._error_body(api, 500, call.error))
                return

        payload = json.dumps(self._success_body(call, text)).encode()
        if fault is not None and fault.kind == "bad_json":
            payload = payload[: len(payload) // 2]
        rid = f"req_{call.index:06d}"
        headers = {"x-request-id": rid} if api == "openai" else {"request-id": rid}
        self._send(h, call, 200, payload, headers)

    def _apply_fault(self, h: _Handler, call: Call, api: str) -> tuple[bool, Fault | None]:
        """Consult ``faults`` for a recorded ``call`` and do what needs no answer body: send a
        status fault, reset the connection, hang ("timeout"), then wait ``latency_s``.
        Returns (answered, fault): answered=True means nothing more may be sent for this call
        (an error went out, the connection was reset, or stop() cut the wait short); otherwise
        the caller answers normally, minding ``fault`` ("malformed", "bad_json") itself."""
        fault = None
        if self.faults is not None:
            fault = _as_fault(self.faults(call.index, call))
        call.fault = fault.kind if fault else None

        if fault is not None and fault.status is not None:
            status = fault.status
            msg = "Rate limit reached (injected)" if status == 429 else f"Injected {status} error"
            payload, headers = self._error_body(api, status, msg)
            retry_after = fault.retry_after
            if retry_after is None and status == 429:
                retry_after = "1"
            if retry_after:
                headers["retry-after"] = retry_after
            if fault.retry_after_ms:
                headers["retry-after-ms"] = fault.retry_after_ms
            if fault.should_retry is not None:
                headers["x-should-retry"] = "true" if fault.should_retry else "false"
            call.error = msg
            self._send(h, call, status, payload, headers)
            return True, fault

        if fault is not None and fault.kind == "reset":
            self._reset(h, call)
            return True, fault

        if fault is not None and fault.kind == "timeout":
            self._stopping.wait(fault.hang_s)

        latency = self.latency_s(call) if callable(self.latency_s) else self.latency_s
        if latency > 0:
            self._stopping.wait(latency)
        if self._stopping.is_set():  # stop() cut a hang short: no answer, status stays 0
            call.error = "server stopped"
            call.t_end = time.monotonic()
            h.close_connection = True
            return True, fault

        return False, fault

    @staticmethod
    def _validate(api: str, body: dict) -> str | None:
        if not body.get("model"):
            return "model: field required"
        if not isinstance(body.get("messages"), list) or not body["messages"]:
            return "messages: a non-empty list is required"
        if body.get("stream"):
            return "stream=true is not supported by LLMServer"
        if api == "openai" and body.get("n", 1) != 1:
            return "n: only n=1 is supported by LLMServer"
        if api == "anthropic" and not isinstance(body.get("max_tokens"), int):
            return "max_tokens: Field required"
        return None

    @staticmethod
    def _success_body(call: Call, text: str) -> dict:
        prompt_tokens = count_tokens(call.prompt_text)
        completion_tokens = count_tokens(text)
        if call.api == "openai":
            return {
                "id": f"chatcmpl-{call.index:06d}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": call.model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            }
        return {
            "id": f"msg_{call.index:06d}",
            "type": "message",
            "role": "assistant",
            "model": call.model,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": prompt_tokens, "output_tokens": completion_tokens},
        }

    @staticmethod
    def _error_body(api: str, status: int, message: str) -> tuple[bytes, dict[str, str]]:
        if api == "openai":
            etype = _OPENAI_ERROR_TYPES.get(status, "server_error" if status >= 500 else "error")
            code = etype if status == 429 else None
            body: dict = {"error": {"message": message, "type": etype, "param": None, "code": code}}
        else:
            etype = _ANTHROPIC_ERROR_TYPES.get(status, "api_error")
            body = {"type": "error", "error": {"type": etype, "message": message}}
        return json.dumps(body).encode(), {}

    def _send(
        self,
        h: _Handler,
        call: Call | None,
        status: int,
        payload: bytes,
        headers: dict[str, str],
        content_type: str = "application/json",
    ) -> None:
        if call is not None:  # before the write: once the client has the answer, so has `calls`
            call.status = status
            call.t_end = time.monotonic()
        try:
            h.send_response(status)
            h.send_header("content-type", content_type)
            h.send_header("content-length", str(len(payload)))
            for k, v in headers.items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(payload)
            h.wfile.flush()
        except OSError:
            h.close_connection = True
            if call is not None:
                call.error = call.error or "client gone"

    @staticmethod
    def _reset(h: _Handler, call: Call) -> None:
        call.status = 0
        call.t_end = time.monotonic()
        conn = h.connection
        try:  # SO_LINGER with a 0 timeout: close() sends RST instead of FIN
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        h.close_connection = True
        try:  # drop the makefile() ref so close() really closes the fd (wfile holds none)
            h.rfile.close()
        except OSError:
            pass
        try:
            conn.close()
        except OSError:
            pass
