"""Errors a user can fix. Each ends as ONE line `ftpipe: error: ...`, never a traceback."""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """A problem the user can fix (bad input, bad params, missing setup). Printed as one line."""


class ParamsError(PipelineError):
    pass


class DataError(PipelineError):
    """A record breaks the contract. Names file, line and rule; never echoes the raw value."""

    def __init__(self, path: str | Path, line: int | None, rule: str, reason: str):
        self.path, self.line, self.rule, self.reason = str(path), line, rule, reason
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: [{rule}] {reason}")
