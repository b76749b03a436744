"""HTML reports from Jinja2 templates (`tasks/lib/templates/`), with inline SVG plots.

    page = render("quality.html.j2", task_name=..., plots={"tokens": histogram_chart(...)}, ...)

One self-contained page per report (the quality stage's now; evaluation's next): the templates
extend `base.html.j2` (page skeleton and CSS) and use `macros.html.j2`. Autoescaping is on and
undefined variables raise (StrictUndefined), so a typo in a template fails instead of printing
nothing. Plots are matplotlib `Figure`s (no pyplot, no global state) saved as inline `<svg>` with
no date in the metadata, returned as `Markup`: the only markup a template prints unescaped.

Reports show counts and ids, never record text: the template filters `numbers` (scalar numbers
and list lengths of a section) and `ids_only` (id-like tokens and numbers of a sample) drop
anything else from upstream reports.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

RESOURCES = ("templates",)  # folders next to this module read at run time (dvc.yaml deps)
TEMPLATES = Path(__file__).with_name(RESOURCES[0])
_ID = re.compile(r"[0-9a-f]{8,64}")  # record ids (sha256 prefixes): safe to show, unlike text


# ---------------------------------------------------------------------------------------------
# "Never show record text" filters
# ---------------------------------------------------------------------------------------------


def is_id(value: Any) -> bool:
    """An id-like token (lowercase hex, 8 to 64 characters): a record id, never record text."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def numbers(section: Any) -> list[tuple[str, Any]]:
    """Scalar numbers (and list / dict lengths, as "<key> (count)") of a report section.

    Strings are dropped: an upstream report may hold text from the data. Not a dict: no rows.
    """
    if not isinstance(section, Mapping):
        return []
    out = []
    for key, value in section.items():
        if isinstance(value, bool | int | float):
            out.append((str(key), value))
        elif isinstance(value, list | dict):
            out.append((f"{key} (count)", len(value)))
    return out


def ids_only(value: Any) -> str:
    """A sample row (list or dict values) as " ~ "-joined ids and numbers; anything else is cut."""
    if isinstance(value, Mapping):
        items = list(value.values())
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        items = []
    shown = [
        str(v)
        for v in items
        if (isinstance(v, int | float) and not isinstance(v, bool)) or is_id(v)
    ]
    return " ~ ".join(shown)


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------


@functools.cache
def environment() -> Any:
    """The shared jinja2 Environment: templates folder, autoescape, StrictUndefined, filters."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["numbers"] = numbers
    env.filters["ids_only"] = ids_only
    env.tests["id"] = is_id
    return env


def render(template_name: str, **context: Any) -> str:
    """Render one template of `tasks/lib/templates/` (autoescaped; a missing variable raises).

    Args:
        template_name: e.g. "quality.html.j2".
        **context: the template's variables; pass plots as `Markup` (see `svg`), nothing else is
            trusted as markup.
    """
    return environment().get_template(template_name).render(**context)


# ---------------------------------------------------------------------------------------------
# Plots: inline SVG
# ---------------------------------------------------------------------------------------------


def figure(width: float, height: float) -> tuple[Any, Any]:
    """A matplotlib Figure and its one Axes, without pyplot (no global state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def svg(fig: Any) -> Any:
    """The figure as inline `<svg>` markup (no XML prolog or doctype, no date), as `Markup`.

    matplotlib escapes the text it writes, so this is the one value templates print unescaped.
    """
    from markupsafe import Markup

    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    return Markup(text[text.index("<svg") :])


def bar_chart(
    counts: Mapping[str, float], *, title: str, ylabel: str, size: tuple[float, float] = (5, 2.6)
) -> Any:
    """One bar per key."""
    fig, ax = figure(*size)
    ax.bar(list(counts), list(counts.values()))
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return svg(fig)


def grouped_bar_chart(
    groups: Mapping[str, Mapping[str, float]],
    *,
    title: str,
    ylabel: str,
    size: tuple[float, float] = (7, 3.2),
) -> Any:
    """Bars per category (the first group's keys), one colour per group, with a legend."""
    fig, ax = figure(*size)
    names = list(groups)
    categories = list(next(iter(groups.values()))) if groups else []
    width = 0.8 / max(1, len(names))
    for i, name in enumerate(names):
        values = [groups[name][c] for c in categories]
        ax.bar([j + i * width for j in range(len(categories))], values, width, label=name)
    ax.set_xticks([j + width * (len(names) - 1) / 2 for j in range(len(categories))], categories)
    ax.tick_params(axis="x", labelrotation=30)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend()
    return svg(fig)


def histogram_chart(
    edges: Sequence[float],
    counts: Sequence[int],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    limit: tuple[float, str] | None = None,
    size: tuple[float, float] = (7, 3.2),
) -> Any:
    """Fixed-width bins (`edges` has one more item than `counts`); `limit` = (x, label) draws a
    dashed red line there."""
    fig, ax = figure(*size)
    ax.bar(edges[:-1], counts, width=edges[1] - edges[0], align="edge", edgecolor="white")
    if limit is not None:
        ax.axvline(limit[0], color="red", linestyle="--", label=limit[1])
        ax.legend()
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return svg(fig)


def interval_chart(
    rows: Mapping[str, tuple[float, float, float]],
    *,
    title: str,
    xlabel: str,
    size: tuple[float, float] = (7, 0.6),
) -> Any:
    """One horizontal bar per row, (value, low, high), with its interval as an error bar."""
    fig, ax = figure(size[0], 0.9 + size[1] * len(rows))
    names = list(rows)[::-1]  # the first row on top
    values = [rows[n][0] for n in names]
    errors = [[rows[n][0] - rows[n][1] for n in names], [rows[n][2] - rows[n][0] for n in names]]
    ax.barh(names, values, xerr=errors, capsize=4, color="#8fb3d9")
    ax.set_xlim(0, 1)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return svg(fig)


def confusion_chart(metrics: Mapping[str, Any], *, title: str) -> Any:
    """A confusion matrix (see `tasks.lib.metrics.confusion_figure`) as inline SVG."""
    from tasks.lib.metrics import confusion_figure

    return svg(confusion_figure(dict(metrics), title))
