"""generate.api_key_block: the API key comes from a Prefect Secret block, not params or env."""

from __future__ import annotations

import pytest

from tasks.lib.errors import ParamsError
from tasks.lib.providers import api_key


def test_key_from_secret_block_or_env(prefect_api, monkeypatch):
    from prefect.blocks.system import Secret

    Secret(value="sk-from-block").save("ftpipe-openai-key", overwrite=True)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert api_key("openai", "ftpipe-openai-key") == "sk-from-block"
    with pytest.raises(ParamsError, match="OPENAI_API_KEY is not set") as err:
        api_key("openai", None)
    assert "sk-" not in str(err.value)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert api_key("openai", None) is None  # the SDK reads its own env var
