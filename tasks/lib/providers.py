"""Chat-completion providers behind one interface: generation, the LLM judge, remote prediction.

    provider = make_provider("openai", model="gpt-4o-mini", timeout_s=60, max_retries=4)
    completion = await provider.complete(messages, max_tokens=300, temperature=1.0)

- `openai`: the official SDK (`AsyncOpenAI`); key from OPENAI_API_KEY, endpoint from
  OPENAI_BASE_URL when set (any OpenAI-compatible server).
- `anthropic`: the official SDK (`AsyncAnthropic`); key from ANTHROPIC_API_KEY, endpoint from
  ANTHROPIC_BASE_URL.
- `local`: the bundled SmolLM2 (or `task.base_model`) through transformers, offline; for trying the
  stage without an account. Slow and weak, but the same code path.

Keys come from the environment or, with `api_key_block`, a Prefect Secret block; never from params,
and they are never logged. Transport errors, 429 (honouring `retry-after`) and 5xx are retried by
the SDKs themselves (`max_retries`); what still fails raises ProviderError with the status only.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from tasks.lib.errors import ParamsError, PipelineError

KEY_ENV = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY"}


@dataclass(frozen=True)
class Completion:
    text: str
    tokens_in: int
    tokens_out: int
    seconds: float = 0.0  # the request's wall time, where the caller measured it


class ProviderError(PipelineError):
    """A request that failed after the SDK's own retries (status or error class, no content)."""

    def __init__(self, kind: str, status: int | None = None):
        self.kind, self.status = kind, status
        super().__init__(f"{kind}" + (f" (HTTP {status})" if status else ""))


class Provider(Protocol):
    name: str
    model: str

    async def complete(
        self, messages: list[dict[str, str]], *, max_tokens: int, temperature: float
    ) -> Completion: ...


def api_key(provider: str, block: str | None, setting: str = "generate.provider") -> str | None:
    """The key from a Prefect Secret block when named, else None (the SDK reads its env var)."""
    if block:
        from prefect.blocks.system import Secret

        return Secret.load(block).get()
    if not os.environ.get(KEY_ENV[provider]):
        raise ParamsError(missing_key_message(provider, setting))
    return None


def missing_key_message(provider: str, setting: str, *, secret_block: bool = True) -> str:
    """The one-line error for a provider chosen in params whose key is not in the environment.

    `secret_block`: the setting can take its key from `generate.api_key_block` instead (the
    generate stage's provider and judge can; the OpenAI training backend reads the env only).
    """
    alternative = " (or name a Prefect Secret block in generate.api_key_block)"
    return f"{setting} is {provider!r} but {KEY_ENV[provider]} is not set: export it" + (
        alternative if secret_block else ""
    )


def _sdk_error(err: Exception) -> ProviderError:
    if not hasattr(err, "request") and isinstance(err, ValueError):
        return ProviderError("bad_response")  # a 200 whose body is not JSON
    return ProviderError(type(err).__name__, getattr(err, "status_code", None))


class OpenAIProvider:
    name = "openai"

    def __init__(self, model: str, *, timeout_s: float, max_retries: int, key: str | None):
        import openai

        self.model = model
        # a body that is not JSON surfaces as a plain ValueError from the SDK, not an APIError
        self._errors = (openai.APIError, ValueError)
        self._client = openai.AsyncOpenAI(api_key=key, timeout=timeout_s, max_retries=max_retries)

    async def complete(self, messages, *, max_tokens, temperature) -> Completion:
        try:
            r = await self._client.chat.completions.create(
                model=self.model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except self._errors as err:
            raise _sdk_error(err) from None
        usage = r.usage
        return Completion(
            r.choices[0].message.content or "",
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
        )


class AnthropicProvider:
    name = "anthropic"

    def __init__(self, model: str, *, timeout_s: float, max_retries: int, key: str | None):
        import anthropic

        self.model = model
        self._errors = (anthropic.APIError, ValueError)
        self._client = anthropic.AsyncAnthropic(
            api_key=key, timeout=timeout_s, max_retries=max_retries
        )

    async def complete(self, messages, *, max_tokens, temperature) -> Completion:
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        turns = [m for m in messages if m["role"] != "system"]
        kwargs = {"system": system} if system else {}
        try:
            r = await self._client.messages.create(
                model=self.model,
                messages=turns,
                max_tokens=max_tokens,
                # the current Messages API (SDK 2.x) takes no sampling temperature: variety comes
                # from the prompt and the seeds shown, which differ per request
                **kwargs,
            )
        except self._errors as err:
            raise _sdk_error(err) from None
        text = "".join(block.text for block in r.content if block.type == "text")
        return Completion(text, r.usage.input_tokens, r.usage.output_tokens)


class LocalProvider:
    """A local causal LM (the bundled SmolLM2 by default), sampled with the chat template.

    One model, one request at a time (a lock): concurrency buys nothing on a CPU.
    """

    name = "local"

    def __init__(self, model: str, *, root, seed: int = 0):
        self.model = model
        self._root, self._seed = root, seed
        self._lock = asyncio.Lock()
        self._loaded = None

    def _generate(self, messages, max_tokens: int, temperature: float) -> Completion:
        import torch

        from tasks.lib.models import load_model

        if self._loaded is None:
            self._loaded = load_model(self.model, root=self._root)
        model, tok = self._loaded
        ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
        if not isinstance(ids, torch.Tensor):
            ids = ids["input_ids"]
        torch.manual_seed(self._seed + ids.shape[1])
        with torch.no_grad():
            out = model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=max_tokens,
                do_sample=temperature > 0,
                temperature=max(temperature, 1e-3),
                top_p=0.95,
                pad_token_id=tok.pad_token_id or tok.eos_token_id,
            )
        new = out[0, ids.shape[1] :]
        return Completion(tok.decode(new, skip_special_tokens=True), ids.shape[1], len(new))

    async def complete(self, messages, *, max_tokens, temperature) -> Completion:
        async with self._lock:
            return await asyncio.to_thread(self._generate, messages, max_tokens, temperature)


def make_provider(
    name: str,
    *,
    model: str,
    timeout_s: float = 60.0,
    max_retries: int = 4,
    api_key_block: str | None = None,
    root=None,
    seed: int = 0,
    setting: str = "generate.provider",
) -> Provider:
    """The provider `name` for `model`; `setting` names the params key that chose it (errors)."""
    if name in ("openai", "anthropic"):
        key = api_key(name, api_key_block, setting)
        cls = OpenAIProvider if name == "openai" else AnthropicProvider
        return cls(model, timeout_s=timeout_s, max_retries=max_retries, key=key)
    if name == "local":
        return LocalProvider(model, root=root, seed=seed)
    raise ParamsError(f"unknown {setting} {name!r}; use openai, anthropic or local")


def complete_remote(
    model: str,
    prompts: Sequence[list[dict[str, str]]],
    *,
    max_new_tokens: int,
    concurrency: int = 8,
) -> list[Completion]:
    """Greedy (temperature 0) completions from an OpenAI chat model, e.g. a fine-tuned `ft:` id,
    `concurrency` requests in flight; in input order, with their token counts."""
    provider = make_provider(
        "openai", model=model, timeout_s=60, max_retries=5, setting="the registered OpenAI model"
    )
    gate = asyncio.Semaphore(concurrency)

    async def one(messages):
        async with gate:
            t0 = time.perf_counter()
            done = await provider.complete(messages, max_tokens=max_new_tokens, temperature=0.0)
            return dataclasses.replace(done, seconds=time.perf_counter() - t0)

    async def everything():
        return await asyncio.gather(*(one(m) for m in prompts))

    return list(asyncio.run(everything()))


def predict_remote(
    model: str,
    prompts: Sequence[list[dict[str, str]]],
    *,
    max_new_tokens: int,
    concurrency: int = 8,
) -> list[str]:
    """The answers' text of `complete_remote`."""
    done = complete_remote(model, prompts, max_new_tokens=max_new_tokens, concurrency=concurrency)
    return [c.text for c in done]
