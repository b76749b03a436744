"""tests/llm_server.py against the real openai and anthropic SDKs (sync and async clients).

Every client sets max_retries and timeout explicitly: the SDK defaults (2 retries, 600 s) would
make a broken test hang instead of fail.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request

import anthropic
import openai
import pytest

from tests.llm_server import (
    MALFORMED_TEXT,
    Call,
    Fault,
    FaultPlan,
    LLMServer,
    count_tokens,
    max_concurrency,
    observed_rate,
)

APIS = ("openai", "anthropic")
MODES = ("sync", "async")
SYSTEM = "You write support tickets."
USER = "write one ticket about a late parcel"
EXC = {"openai": openai, "anthropic": anthropic}  # module holding each SDK's exception classes


def ask(srv: LLMServer, api: str, mode: str = "sync", *, max_retries: int = 0, timeout=5.0):
    """One chat request through the real SDK; returns (text, usage-as-dict)."""
    if api == "openai":
        kw = {"base_url": srv.openai_base_url, "api_key": "x", "max_retries": max_retries}
        msgs = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER}]

        def unpack(r):
            u = r.usage
            return r.choices[0].message.content, {
                "in": u.prompt_tokens,
                "out": u.completion_tokens,
                "total": u.total_tokens,
            }

        if mode == "sync":
            with openai.OpenAI(timeout=timeout, **kw) as c:
                return unpack(c.chat.completions.create(model="gpt-test", messages=msgs))

        async def go():
            async with openai.AsyncOpenAI(timeout=timeout, **kw) as c:
                return unpack(await c.chat.completions.create(model="gpt-test", messages=msgs))

        return asyncio.run(go())

    kw = {"base_url": srv.anthropic_base_url, "api_key": "x", "max_retries": max_retries}
    req = {
        "model": "claude-test",
        "max_tokens": 256,
        "system": SYSTEM,
        "messages": [{"role": "user", "content": USER}],
    }

    def unpack(r):
        return r.content[0].text, {"in": r.usage.input_tokens, "out": r.usage.output_tokens}

    if mode == "sync":
        with anthropic.Anthropic(timeout=timeout, **kw) as c:
            return unpack(c.messages.create(**req))

    async def go():
        async with anthropic.AsyncAnthropic(timeout=timeout, **kw) as c:
            return unpack(await c.messages.create(**req))

    return asyncio.run(go())


# --------------------------------------------------------------------------- happy path


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS)
def test_happy_path_text_usage_and_recording(api, mode):
    answer = '{"subject": "late parcel", "body": "my parcel is late"}'
    with LLMServer(responder=lambda call: answer) as srv:
        text, usage = ask(srv, api, mode)
    assert text == answer
    prompt_tokens = count_tokens(SYSTEM) + count_tokens(USER)
    assert usage["in"] == prompt_tokens and usage["out"] == count_tokens(answer) == 8
    if api == "openai":
        assert usage["total"] == prompt_tokens + 8
    [call] = srv.calls
    assert srv.completed() == [call]
    assert call.api == api and call.status == 200 and call.fault is None
    assert call.model == ("gpt-test" if api == "openai" else "claude-test")
    # the system prompt leads in both (for Anthropic it came as the top-level `system`)
    assert call.messages == [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": USER},
    ]
    assert call.t_start <= call.t_end
    if api == "openai":
        assert call.path == "/v1/chat/completions"
        assert call.headers["authorization"] == "Bearer x"
    else:
        assert call.path == "/v1/messages"
        # anthropic 2.13 sends api_key as `authorization: Bearer` (older SDKs sent x-api-key)
        assert call.headers["authorization"] == "Bearer x"
        assert call.body["max_tokens"] == 256 and call.body["system"] == SYSTEM
        assert "anthropic-version" in call.headers


def test_default_responder_echoes_last_user_message():
    with LLMServer() as srv:
        assert ask(srv, "openai")[0] == "echo: " + USER
        assert ask(srv, "anthropic")[0] == "echo: " + USER
    assert [c.api for c in srv.calls] == ["openai", "anthropic"]


def test_models_list_for_both_sdks():
    with LLMServer() as srv:
        with openai.OpenAI(base_url=srv.openai_base_url, api_key="x", max_retries=0) as c:
            assert [m.id for m in c.models.list()] == ["llm-server-model"]
        with anthropic.Anthropic(base_url=srv.anthropic_base_url, api_key="x", max_retries=0) as c:
            assert [m.id for m in c.models.list()] == ["llm-server-model"]
    assert srv.calls == []  # only chat / messages requests are recorded


def test_invalid_requests_get_400_and_unknown_paths_404():
    with LLMServer() as srv:

        def post(path: str, body: dict) -> tuple[int, dict]:
            req = urllib.request.Request(
                srv.base_url + path,
                data=json.dumps(body).encode(),
                headers={"content-type": "application/json"},
            )
            try:
                with urllib.request.urlopen(req, timeout=5) as r:
                    return r.status, json.loads(r.read())
            except urllib.error.HTTPError as e:
                return e.code, json.loads(e.read())

        msgs = [{"role": "user", "content": "hi"}]
        status, body = post("/v1/messages", {"model": "m", "messages": msgs})  # no max_tokens
        assert status == 400 and body["error"]["type"] == "invalid_request_error"
        status, body = post("/v1/chat/completions", {"model": "m", "messages": msgs, "n": 2})
        assert status == 400 and "n=1" in body["error"]["message"]
        assert post("/v1/nothing", {})[0] == 404
        assert post("/v1/messages/count_tokens", {"model": "m", "messages": msgs}) == (
            200,
            {"input_tokens": 1},
        )
    assert [(c.status, c.error is not None) for c in srv.calls] == [(400, True), (400, True)]
    assert srv.completed() == []


# --------------------------------------------------------------------------- 429 / 5xx


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS)
def test_429_retry_after_is_honoured(api, mode):
    plan = FaultPlan.sequence(["429", None], retry_after="0.2")
    with LLMServer(faults=plan) as srv:
        text, _ = ask(srv, api, mode, max_retries=2)
    assert text == "echo: " + USER
    first, second = srv.calls  # exactly 2: one 429, one success
    assert (first.status, first.fault, second.status, second.fault) == (429, "429", 200, None)
    wait = second.t_start - first.t_end
    # 0.2 s as sent; the SDKs' own backoff for a first retry is 0.375-0.5 s, so < 0.37 proves
    # the header (a float number of seconds) was used rather than the default backoff
    assert 0.19 <= wait < 0.37, wait


@pytest.mark.parametrize("api", APIS)
def test_retry_after_ms_is_preferred(api):
    # both headers: the SDKs take retry-after-ms (0.1 s) over retry-after (5 s)
    plan = FaultPlan.sequence([Fault("429", retry_after="5", retry_after_ms="100"), None])
    with LLMServer(faults=plan) as srv:
        ask(srv, api, max_retries=1)
    first, second = srv.calls
    assert 0.095 <= second.t_start - first.t_end < 0.37


@pytest.mark.parametrize("api", APIS)
def test_429_without_retries_raises_rate_limit_error(api):
    with LLMServer(faults=FaultPlan.every(1, "429")) as srv:
        with pytest.raises(EXC[api].RateLimitError) as info:
            ask(srv, api, max_retries=0)
    assert info.value.status_code == 429
    assert info.value.response.headers["retry-after"] == "1"  # the default
    assert len(srv.calls) == 1


def test_openai_does_not_retry_a_retry_after_over_two_minutes():
    # openai refuses to wait > 120 s and raises at once; anthropic would sleep it (not tested)
    with LLMServer(faults=FaultPlan.sequence(["429", None], retry_after="121")) as srv:
        with pytest.raises(openai.RateLimitError):
            ask(srv, "openai", max_retries=2)
    assert len(srv.calls) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS)
def test_500_then_success_is_retried(api, mode):
    with LLMServer(faults=FaultPlan.sequence(["500", None])) as srv:
        text, _ = ask(srv, api, mode, max_retries=2)
    assert text == "echo: " + USER
    assert [(c.status, c.fault) for c in srv.calls] == [(500, "500"), (200, None)]
    wait = srv.calls[1].t_start - srv.calls[0].t_end
    assert 0.37 <= wait < 0.9, wait  # no retry-after: the SDK's first backoff, 0.375-0.5 s


@pytest.mark.parametrize("api", APIS)
def test_500_without_retries_raises_internal_server_error(api):
    with LLMServer(faults=FaultPlan.first(1, "500")) as srv:
        with pytest.raises(EXC[api].InternalServerError) as info:
            ask(srv, api, max_retries=0)
        assert info.value.status_code == 500
        assert ask(srv, api)[0] == "echo: " + USER  # the next call is fine
    assert [c.status for c in srv.calls] == [500, 200]


@pytest.mark.parametrize("api", APIS)
def test_x_should_retry_false_stops_retries(api):
    plan = FaultPlan.sequence(["500", None], should_retry=False)
    with LLMServer(faults=plan) as srv:
        with pytest.raises(EXC[api].InternalServerError):
            ask(srv, api, max_retries=2)
    assert len(srv.calls) == 1


@pytest.mark.parametrize("api", APIS)
def test_x_should_retry_true_retries_even_a_400(api):
    plan = FaultPlan.sequence(["400", None], should_retry=True, retry_after="0.05")
    with LLMServer(faults=plan) as srv:
        assert ask(srv, api, max_retries=1)[0] == "echo: " + USER
    assert [c.status for c in srv.calls] == [400, 200]


def test_other_5xx_exception_classes():
    with LLMServer(faults=FaultPlan.every(1, "503")) as srv:
        with pytest.raises(openai.InternalServerError):
            ask(srv, "openai")
        with pytest.raises(anthropic.ServiceUnavailableError):  # an InternalServerError
            ask(srv, "anthropic")
    with LLMServer(faults=FaultPlan.every(1, "529")) as srv:
        with pytest.raises(anthropic.OverloadedError):  # an InternalServerError
            ask(srv, "anthropic")
    assert srv.calls[0].status == 529


# --------------------------------------------------------------------------- timeout / reset


@pytest.mark.parametrize("api", APIS)
def test_timeout_raises_api_timeout_error(api):
    # no clock: the client gave up while the 3 s hang was still on (status 0, nothing sent), and
    # stop() ended the hang (a hang that ran out would answer 200 with no error)
    with LLMServer(faults=FaultPlan.first(1, "timeout", hang_s=3)) as srv:
        with pytest.raises(EXC[api].APITimeoutError):
            ask(srv, api, max_retries=0, timeout=0.5)
        assert srv.calls[0].status == 0  # still hanging
    assert srv.calls[0].fault == "timeout" and srv.calls[0].error == "server stopped"
    assert srv.calls[0].status == 0
    assert srv.completed() == []


@pytest.mark.parametrize("api", APIS)
def test_timeout_is_retried(api):
    with LLMServer(faults=FaultPlan.first(1, "timeout", hang_s=3)) as srv:
        text, _ = ask(srv, api, "async", max_retries=1, timeout=0.3)
    assert text == "echo: " + USER
    assert [c.fault for c in srv.calls] == ["timeout", None]
    assert srv.completed() == [srv.calls[1]]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS)
def test_reset_raises_api_connection_error(api, mode):
    with LLMServer(faults=FaultPlan.every(1, "reset")) as srv:
        with pytest.raises(EXC[api].APIConnectionError) as info:
            ask(srv, api, mode, max_retries=0)
    assert not isinstance(info.value, EXC[api].APITimeoutError)  # its subclass
    [call] = srv.calls
    assert (call.status, call.fault) == (0, "reset")


@pytest.mark.parametrize("api", APIS)
def test_reset_is_retried(api):
    with LLMServer(faults=FaultPlan.sequence(["reset", None])) as srv:
        assert ask(srv, api, max_retries=1)[0] == "echo: " + USER
    assert [(c.status, c.fault) for c in srv.calls] == [(0, "reset"), (200, None)]


# --------------------------------------------------------------------------- latency


@pytest.mark.parametrize("api", APIS)
def test_latency_and_concurrency(api):
    n, latency = 32, 0.2

    async def run(srv):
        if api == "openai":
            client = openai.AsyncOpenAI(
                base_url=srv.openai_base_url, api_key="x", max_retries=0, timeout=5
            )

            async def one(i):
                msgs = [{"role": "user", "content": f"request {i}"}]
                r = await client.chat.completions.create(model="m", messages=msgs)
                return r.choices[0].message.content

        else:
            client = anthropic.AsyncAnthropic(
                base_url=srv.anthropic_base_url, api_key="x", max_retries=0, timeout=5
            )

            async def one(i):
                msgs = [{"role": "user", "content": f"request {i}"}]
                r = await client.messages.create(model="m", max_tokens=16, messages=msgs)
                return r.content[0].text

        async with client:
            return await asyncio.gather(*(one(i) for i in range(n)))

    with LLMServer(latency_s=latency) as srv:
        texts = asyncio.run(run(srv))
    assert sorted(texts) == sorted(f"echo: request {i}" for i in range(n))
    assert len(srv.completed()) == n
    assert all(c.duration_s >= latency * 0.95 for c in srv.calls)
    assert max_concurrency(srv.calls) >= n // 2


def test_latency_can_be_a_function_of_the_call():
    with LLMServer(latency_s=lambda call: 0.15 if call.api == "anthropic" else 0.0) as srv:
        ask(srv, "openai")
        ask(srv, "anthropic")
    fast, slow = srv.calls
    assert fast.duration_s < 0.1 <= 0.14 < slow.duration_s


# --------------------------------------------------------------------------- bad answers


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS)
def test_malformed_bypasses_the_responder(api, mode):
    seen = []

    def responder(call):
        seen.append(call.index)
        return '{"ok": true}'

    with LLMServer(responder=responder, faults=FaultPlan.sequence(["malformed", None])) as srv:
        assert ask(srv, api, mode)[0] == MALFORMED_TEXT
        assert ask(srv, api, mode)[0] == '{"ok": true}'
    assert seen == [1]
    assert [(c.status, c.fault) for c in srv.calls] == [(200, "malformed"), (200, None)]
    assert len(srv.completed()) == 2  # a 200 the client could parse, just off-schema


def test_malformed_text_is_configurable():
    plan = FaultPlan.first(1, Fault("malformed", text="I cannot help with that."))
    with LLMServer(faults=plan) as srv:
        assert ask(srv, "anthropic")[0] == "I cannot help with that."


@pytest.mark.parametrize("api", APIS)
def test_bad_json_raises_json_decode_error_and_is_not_retried(api):
    with LLMServer(faults=FaultPlan.sequence(["bad_json", None])) as srv:
        with pytest.raises(json.JSONDecodeError):
            ask(srv, api, max_retries=2)
    assert [(c.status, c.fault) for c in srv.calls] == [(200, "bad_json")]
    assert srv.completed() == []


def test_responder_error_becomes_a_500():
    def responder(call):
        raise RuntimeError("boom")

    with LLMServer(responder=responder) as srv:
        with pytest.raises(openai.InternalServerError):
            ask(srv, "openai")
    assert "boom" in srv.calls[0].error


# --------------------------------------------------------------------------- plans and rates


def test_fault_plans():
    c = Call()
    seq = FaultPlan.sequence(["429", None, Fault("500", retry_after="2")], retry_after="0.5")
    got = [seq(i, c) for i in range(4)]
    assert [f and f.kind for f in got] == ["429", None, "500", None]
    assert got[0].retry_after == "0.5" and got[2].retry_after == "2"  # a Fault is kept as is
    assert [bool(FaultPlan.every(3, "500")(i, c)) for i in range(7)] == [
        False,
        False,
        True,
        False,
        False,
        True,
        False,
    ]
    assert [bool(FaultPlan.first(2, "reset")(i, c)) for i in range(4)] == [True, True, False, False]
    rnd = FaultPlan.random(0.3, ["429", "500"], seed=7)
    kinds = [f and f.kind for f in (rnd(i, c) for i in range(2000))]
    again = [
        f and f.kind
        for f in (FaultPlan.random(0.3, ["429", "500"], seed=7)(i, c) for i in range(2000))
    ]
    assert kinds == again  # decided by (seed, index) alone
    assert 0.25 < sum(k is not None for k in kinds) / 2000 < 0.35
    assert {k for k in kinds if k} == {"429", "500"}
    with pytest.raises(ValueError):
        Fault("teapot")
    assert Fault("503").status == 503 and Fault("timeout").status is None


def test_plain_callable_faults_see_the_call():
    def faults(i, call):
        return "500" if call.api == "anthropic" else None

    with LLMServer(faults=faults) as srv:
        ask(srv, "openai")
        with pytest.raises(anthropic.InternalServerError):
            ask(srv, "anthropic")
    assert [(c.index, c.status) for c in srv.calls] == [(0, 200), (1, 500)]


def test_observed_rate_and_max_concurrency():
    calls = [Call(t_start=float(t), t_end=t + 0.5) for t in range(10)]  # 1 per second
    assert observed_rate(calls) == pytest.approx(60.0)
    assert observed_rate(calls[:1]) == 0.0
    burst = calls + [Call(t_start=10.0 + i * 0.01, t_end=11.0) for i in range(5)]
    assert observed_rate(burst, window_s=1.0) == pytest.approx(5 * 60.0)  # 10.00..10.04
    assert observed_rate(calls, window_s=60.0) == pytest.approx(10.0)
    assert observed_rate(burst, window_s=2.0) == pytest.approx(6 * 30.0)  # 9.0, 10.00..10.04
    assert max_concurrency(calls) == 1
    assert max_concurrency(burst) == 5
