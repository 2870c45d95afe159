"""Plain-text renderings of reports for the terminal (the CLI prints these)."""
from __future__ import annotations

from collections import Counter

from .build import BuildReport
from .validate import ValidationReport


def build_summary(report: BuildReport) -> str:
    """One paragraph: what was built, cached, duplicated, failed, and the store's size."""
    counts = Counter(f.status for f in report.files)
    parts = [f"{counts[k]} {k}" for k in ("extracted", "cached", "duplicate", "failed") if counts[k]]
    removed = f", {report.removed} removed" if report.removed else ""
    return (f"built {report.store} ({report.generation}): {report.documents} document(s), "
            f"{report.quads} quads; files: {', '.join(parts) or 'none'}{removed}")


def validation_text(report: ValidationReport, *, limit: int = 50, infos: bool = False) -> str:
    """A readable report: one line per result (severity, focus, path, message), then a verdict.

    :param infos: also list results of severity Info (they are counted either way).
    """
    lines = []
    shown = [r for r in report.results if infos or r.severity != "Info"]
    for r in shown[:limit]:
        path = f" {r.path}" if r.path else ""
        value = f" (value: {r.value[:60]})" if r.value else ""
        lines.append(f"{r.severity}: {r.focus}{path}: {r.message}{value}\n    graph {r.graph}, shape {r.shape}")
    if len(shown) > limit:
        lines.append(f"... and {len(shown) - limit} more (use --format json for all)")
    counts = Counter(r.severity for r in report.results)
    verdict = "conforms" if report.conforms else "DOES NOT CONFORM"
    summary = ", ".join(f"{n} {s.lower()}(s)" for s, n in sorted(counts.items())) or "no results"
    lines.append(f"{verdict}: {report.graphs} graph(s) validated, {summary}")
    return "\n".join(lines)


def stats_text(numbers: dict) -> str:
    """Counts as aligned ``name: value`` lines, graphs last."""
    lines = [f"{k:16} {v}" for k, v in numbers.items() if k != "graph sizes"]
    sizes = numbers.get("graph sizes", {})
    lines += [f"  {n:8} {g}" for g, n in sizes.items()]
    return "\n".join(lines)
