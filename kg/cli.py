"""The ``kg`` command: a thin porch over the library. Each command parses its arguments, calls
one library function, prints, and picks the exit code (0 ok, 1 violations, 2 usage or input error,
3 a push that stopped after pushing some graphs)."""
from __future__ import annotations

import functools
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import EXIT_USAGE, EXIT_VIOLATIONS, KgError
from .store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build, validate, query and export a knowledge graph of news articles.")

StoreOpt = Annotated[Optional[Path], typer.Option("--store", "-s", help="Store folder [env KG_STORE; default ./kg-store].",
                                                  envvar="KG_STORE", show_envvar=False)]


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class ExportFormat(str, Enum):
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    ntriples = "ntriples"
    jsonld = "jsonld"


class PushProfile(str, Enum):
    oxigraph = "oxigraph"
    fuseki = "fuseki"
    graphdb = "graphdb"
    generic = "generic"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"


def _err(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)


def command(fn):
    """Register ``fn`` as a command whose :class:`KgError` becomes one stderr line and its exit code."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KgError as exc:
            _err(str(exc))
            raise typer.Exit(exc.exit_code) from None
    return app.command()(wrapper)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """kg: news articles → an RDF knowledge graph of actors, events and claims, with provenance."""


@command
def build(paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .md) and folders to read.")],
          store: StoreOpt = None,
          fresh: Annotated[bool, typer.Option(help="Drop the documents already in the store.")] = False,
          prune: Annotated[bool, typer.Option(help="Drop documents whose files are gone.")] = False,
          strict: Annotated[bool, typer.Option(help="Stop at the first file that cannot be read.")] = False,
          max_bytes: Annotated[int, typer.Option(help="Refuse input files larger than this.")] = 20 * 1024 * 1024,
          wait: Annotated[float, typer.Option(help="Seconds to wait for another build's lock.")] = 0.0,
          workers: Annotated[Optional[int], typer.Option("--workers", "-w", help="Worker processes [default: the machine's cores].", show_default=False)] = None,
          scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Send the work to this Dask scheduler (tcp://HOST:PORT).")] = None,
          quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
          timings: Annotated[bool, typer.Option("--timings", help="Also print the wall time of each stage (on stderr).")] = False) -> None:
    """Read documents and build (or update) the graph in the store."""
    from .build import build as run
    from .progress import progress_bar

    with progress_bar(enabled=not quiet) as tick:
        report = run(paths, store=Store(store) if store else None, fresh=fresh, prune=prune, strict=strict,
                     max_bytes=max_bytes, wait=wait, progress=tick, workers=workers, scheduler=scheduler)
    from .render import build_problems, build_summary, build_timings

    typer.echo(build_summary(report))
    if timings:
        typer.echo(build_timings(report), err=True)
    for line in build_problems(report):
        _err(line)
    if report.failed:
        raise typer.Exit(EXIT_USAGE)


class Engine(str, Enum):
    sparql = "sparql"
    pyshacl = "pyshacl"


class ValidateFormat(str, Enum):
    text = "text"
    json = "json"
    turtle = "turtle"
    junit = "junit"


@command
def validate(data: Annotated[Optional[list[Path]], typer.Argument(help="RDF files to validate instead of the store.")] = None,
             shapes: Annotated[Optional[list[Path]], typer.Option("--shapes", help="Shapes files or folders (default: kg's).")] = None,
             store: StoreOpt = None,
             format: Annotated[ValidateFormat, typer.Option("--format", "-f", help="text, json, turtle (a SHACL validation report) or junit (JUnit XML).")] = ValidateFormat.text,
             output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file (and the text report to stdout).")] = None,
             infos: Annotated[bool, typer.Option("--infos", help="Also list results of severity Info.")] = False,
             engine: Annotated[Engine, typer.Option("--engine", help="sparql (shapes compiled to SPARQL, in pyoxigraph) or pyshacl (pySHACL per graph); same report.")] = Engine.sparql) -> None:
    """Check the graph against the SHACL shapes (exit 0 conforms, 1 violations, 2 error)."""
    from .render import validation_junit, validation_text, validation_turtle
    from .validate import validate as run

    report = run(Store(store) if store else None, data=data or None, shapes=shapes or None, engine=engine.value)
    text = validation_text(report, infos=infos)
    rendered = {ValidateFormat.text: lambda: text, ValidateFormat.json: lambda: json.dumps(report.to_dict(), indent=1),
                ValidateFormat.turtle: lambda: validation_turtle(report),
                ValidateFormat.junit: lambda: validation_junit(report, infos=infos)}[format]()
    if output is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            tmp = output.with_name(f".{output.name}.tmp")
            tmp.write_text(rendered if rendered.endswith("\n") else rendered + "\n", encoding="utf-8")
            tmp.replace(output)
        except OSError as exc:
            raise KgError(f"cannot write the report to {output}: {exc.strerror or exc}") from exc
        typer.echo(text)
    else:
        typer.echo(rendered.rstrip("\n"))
    if not report.conforms:
        raise typer.Exit(EXIT_VIOLATIONS)


@command
def query(sparql: Annotated[Optional[str], typer.Argument(help="SPARQL text, a .rq file, or a bundled query name.")] = None,
          store: StoreOpt = None,
          format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
          no_validate: Annotated[bool, typer.Option("--no-validate", help="Answer even if the graph violates its shapes.")] = False,
          list_: Annotated[bool, typer.Option("--list", help="List the bundled queries.")] = False,
          endpoint: Annotated[Optional[str], typer.Option("--endpoint", "-e", help="Ask this remote SPARQL endpoint instead (no validation).")] = None,
          param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE: a parameter the query declares (repeatable), bound as an RDF term.")] = None,
          timeout: Annotated[Optional[float], typer.Option("--timeout", help="Stop the query after this many seconds (exit 2).")] = None,
          limit: Annotated[Optional[int], typer.Option("--limit", help="Print at most this many rows (says when rows were cut).")] = None,
          allow_service: Annotated[bool, typer.Option("--allow-service", help="Let a local query call remote SERVICE endpoints.")] = False) -> None:
    """Run a SPARQL query over the store (validated first), or over a remote SPARQL endpoint."""
    from .query import bundled, params_of, parse_params, query as run

    if list_ or sparql is None:
        for name, (description, path) in bundled().items():
            declared = params_of(path.read_text(encoding="utf-8"))
            options = "".join(f" [--param {p}=...]" for p in declared)
            typer.echo(f"{name:24} {description}{options}")
        return
    result = run(sparql, store=Store(store) if store else None, check=not no_validate, endpoint=endpoint,
                 params=parse_params(param or ()), timeout=timeout, limit=limit, allow_service=allow_service)
    sys.stdout.write(result.serialize(format.value))
    if result.truncated:
        _err(f"note: only the first {limit} row(s) are shown: the answer has more (raise --limit)")


@command
def export(store: StoreOpt = None,
           format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.turtle,
           output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
           graph: Annotated[Optional[str], typer.Option("--graph", help="IRI of one named graph to export.")] = None,
           union: Annotated[bool, typer.Option("--union/--no-union", help="TriG, N-Quads, JSON-LD: also write the default graph (the union of the named graphs).")] = True) -> None:
    """Export the graph as Turtle, N-Triples (the union), TriG, N-Quads or JSON-LD (named graphs kept)."""
    from .export import export as run, export_file

    if not output:
        return run(Store(store) if store else None, format=format.value, graph=graph, out=sys.stdout.buffer, union=union)
    size = export_file(output, Store(store) if store else None, format=format.value, graph=graph, union=union)
    _err(f"wrote {output} ({size} bytes)")


@command
def push(endpoint: Annotated[str, typer.Option("--endpoint", "-e", help="Graph Store Protocol URL, or the server's base URL with --profile.")],
         store: StoreOpt = None,
         profile: Annotated[PushProfile, typer.Option("--profile", help="Endpoint layout: oxigraph (/store), fuseki (DATASET/data), graphdb (repositories/REPO/rdf-graphs/service), generic (URL as is).")] = PushProfile.generic,
         into: Annotated[Optional[str], typer.Option("--into", help="Push everything into this one named graph.")] = None,
         replace: Annotated[bool, typer.Option("--replace/--append", help="Replace each remote graph (PUT) or add to it (POST).")] = True,
         union: Annotated[Optional[bool], typer.Option("--union/--no-union", help="Also push the union into the remote default graph (default: yes; no for graphdb).", show_default=False)] = None,
         chunk_size: Annotated[int, typer.Option("--chunk-size", help="Largest number of triples per request.")] = 50_000,
         retries: Annotated[int, typer.Option("--retries", help="Retries of a request after a connection error or 5xx.")] = 3,
         retry_wait: Annotated[float, typer.Option("--retry-wait", help="Seconds before the first retry (doubled each time).")] = 1.0,
         timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for each answer.")] = 60.0,
         quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line.")] = False) -> None:
    """Push the graphs to a triple store with the SPARQL 1.1 Graph Store Protocol (exit 3 if partly pushed)."""
    from .push import push as run
    from .remote import Retry

    report = run(Store(store) if store else None, endpoint=endpoint, profile=profile.value, into=into, replace=replace,
                 union=union, chunk_size=chunk_size, retry=Retry(retries, retry_wait), timeout=timeout,
                 on_graph=None if quiet else lambda g: typer.echo(f"  {g.label}  {g.triples} triples"))
    typer.echo(report.summary())


@command
def serve(store: StoreOpt = None,
          host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 7878,
          allow_remote: Annotated[bool, typer.Option("--allow-remote", help="Allow a non-loopback --host (no authentication!).")] = False) -> None:
    """Serve the store read-only as a SPARQL endpoint (the oxigraph server) until Ctrl-C."""
    from .serve import serve as run

    run(Store(store) if store else None, host=host, port=port, allow_remote=allow_remote, echo=_err)


@command
def stats(store: StoreOpt = None,
          format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text) -> None:
    """Print counts of the store: graphs, triples, documents, actors, evidence."""
    from .render import stats_text
    from .stats import stats as run

    numbers = run(Store(store) if store else None)
    typer.echo(json.dumps(numbers, indent=1) if format is ReportFormat.json else stats_text(numbers))


@command
def eval(gold: Annotated[Path, typer.Argument(help="Gold YAML file or folder (see tests/gold/README.md).")],
         docs: Annotated[Optional[Path], typer.Option("--docs", help="Build these documents into a temporary store and score it.")] = None,
         store: StoreOpt = None,
         format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
         errors: Annotated[bool, typer.Option("--errors", help="Also list every missed and spurious item per document (text format; JSON always has them).")] = False) -> None:
    """Score the graph against a gold annotation: precision, recall and F1 per task."""
    from .evaluate import evaluate as run

    report = run(gold, store=Store(store) if store else None, docs=docs)
    typer.echo(json.dumps(report.to_dict(), indent=1) if format is ReportFormat.json else report.text(errors=errors))
    if not report.documents:
        raise typer.Exit(EXIT_USAGE)


@command
def reason(store: StoreOpt = None,
           property_values: Annotated[bool, typer.Option("--property-values", help="Also ask HermiT for every entailed property value (slow).")] = False) -> None:
    """Check the graph with the OWL reasoner HermiT (exit 1 if inconsistent); write what it entails into kgg:inferred."""
    from .reason import reason as run

    report = run(Store(store) if store else None, property_values=property_values)
    typer.echo("\n".join([report.summary(), *(f"  {p}" for p in report.problems)]))
    if not report.consistent:
        raise typer.Exit(EXIT_VIOLATIONS)


NoValidate = Annotated[bool, typer.Option("--no-validate", help="Draw even if the graph violates its shapes.")]


@command
def show(actor: Annotated[str, typer.Argument(help="An actor: a label, an alias or an IRI.")],
         store: StoreOpt = None, no_validate: NoValidate = False) -> None:
    """Print an actor's profile: roles, events in date order, claims by and about it, each with its evidence."""
    from rich.console import Console

    from .view.profile import renderable, show as run

    Console(soft_wrap=False).print(renderable(run(actor, store=Store(store) if store else None, check=not no_validate)))


@command
def viz(actor: Annotated[Optional[str], typer.Argument(help="An actor (label, alias or IRI); the whole graph when omitted.")] = None,
        output: Annotated[Path, typer.Option("--output", "-o", help="FILE.html (self-contained page), FILE.svg or FILE.png.")] = Path("kg-network.html"),
        depth: Annotated[int, typer.Option("--depth", "-d", help="Steps from the actor: 1 is its events, claims and roles and who they involve; 2 goes on from those actors.")] = 1,
        max_nodes: Annotated[int, typer.Option("--max-nodes", help="Draw at most this many nodes (the best-linked actors).")] = 400,
        store: StoreOpt = None, no_validate: NoValidate = False) -> None:
    """Draw the network of actors, events and claims around an actor (or of the whole graph)."""
    from .view.network import viz as run

    net = run(actor, output=output, store=Store(store) if store else None, depth=depth, limit=max_nodes,
              check=not no_validate)
    _err(f"wrote {output} ({len(net.nodes)} nodes, {len(net.edges)} edges)")


@command
def timeline(actor: Annotated[Optional[str], typer.Argument(help="An actor (label, alias or IRI); every event when omitted.")] = None,
             output: Annotated[Path, typer.Option("--output", "-o", help="FILE.html (self-contained page), FILE.svg or FILE.png.")] = Path("kg-timeline.html"),
             store: StoreOpt = None, no_validate: NoValidate = False) -> None:
    """Draw events on a time axis (partial dates drawn with their precision)."""
    from .view.timeline import timeline as run

    tl = run(actor, output=output, store=Store(store) if store else None, check=not no_validate)
    _err(f"wrote {output} ({len(tl.marks)} dated event(s), {len(tl.undated)} undated)")


@command
def report(output: Annotated[Path, typer.Option("--output", "-o", help="The report folder (created or replaced).")] = Path("kg-report"),
           store: StoreOpt = None) -> None:
    """Write a static HTML report of the store: documents with highlighted evidence, validation, statistics, actors, network, timeline."""
    from .view.report import report as run

    summary = run(output, store=Store(store) if store else None)
    typer.echo(f"wrote the report to {output / 'index.html'} ({summary.pages} pages: {summary.documents} document(s), {summary.actors} actor(s))")
    if not summary.conforms:
        raise typer.Exit(EXIT_VIOLATIONS)


def main() -> None:
    """Entry point of the ``kg`` script."""
    app()
