"""The `kg` command line: a thin layer over the library (parse options, call, render)."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from kg import render
from kg.errors import KgError

STORE_HELP = "Store folder, or a SPARQL endpoint's http(s) URL (default: $KG_STORE, else graphs/store)."


class StoreLocation(click.ParamType):
    """A store folder (a Path) or a SPARQL endpoint's URL (kept as text: a Path would eat its '//')."""

    name = "PATH|URL"

    def convert(self, value, param, ctx):
        if isinstance(value, Path) or str(value).startswith(("http://", "https://")):
            return value
        return Path(value)


def store_option(f):
    return click.option("--store", "store_path", type=StoreLocation(), default=None, help=STORE_HELP)(f)


def lookup_command(render_item):
    """Shared by the lookups: --store and --json, errors as one line, text rendered per item."""

    def decorate(f):
        @store_option
        @click.option("--json", "as_json", is_flag=True, help="Print JSON as in the command-line contract.")
        @functools.wraps(f)
        def wrapper(store_path, as_json, **kwargs):
            from kg.store import open_store

            items = f(open_store(store_path), **kwargs)
            if as_json:
                click.echo(json.dumps(items, indent=2, ensure_ascii=False))
            elif not items:
                click.echo("Nothing found.")
            else:
                for item in items:
                    click.echo("\n".join(render_item(item)))

        return wrapper

    return decorate


class KgGroup(click.Group):
    """Turns the project's errors into one line on stderr and exit 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as err:
            raise click.ClickException(str(err)) from None
        except KeyboardInterrupt:
            raise click.Abort() from None


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-news", prog_name="kg")
def cli():
    """Build a knowledge graph of actors, posts, events and claims from news articles, and query it."""


@cli.command()
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--date", help="Article date (YYYY-MM-DD) when the text has no dateline.")
@click.option("--force", is_flag=True, help="Rebuild articles even when unchanged.")
@click.option(
    "--trig", type=click.Path(path_type=Path), help="Also write the built article graphs to this TriG file."
)
@click.option(
    "--html",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the HTML view of the store here (default: beside the store, STORE.html).",
)
@click.option("--no-html", is_flag=True, help="Do not write the HTML view.")
def build(articles, store_path, date, force, trig, html, no_html):
    """Build ARTICLES (files or folders of .txt; none = the bundled seed article) into the store."""
    from kg import build as library
    from kg.store import default_location, is_url, open_store

    if date:
        _check_date(date)
    bar = ProgressBar() if sys.stderr.isatty() else None
    try:
        reports = library.build(articles, store_path, date=date, force=force, trig=trig, progress=bar)
    finally:
        if bar:
            bar.close()
    location = store_path or default_location()
    for r in reports:
        if r.status == "unchanged":
            click.echo(f"{r.name}: unchanged, skipped")
        else:
            click.echo(
                f"{r.name}: {r.sentences} sentences, {r.actors} actors, {r.tenures} roles, "
                f"{r.replacements} replacements, {r.events} events, {r.claims} claims "
                f"({r.triples} triples, {r.seconds:.1f} s)"
            )
    click.echo(f"store: {location}")
    if not no_html and (html or not is_url(str(location))):
        from kg.view import view as write_view

        shown = write_view(open_store(location), html or default_view_path(location))
        click.echo(f"view: {shown['out']} ({shown['nodes']} nodes, {shown['links']} links)")


def default_view_path(store_location) -> Path:
    """The view of a store folder lives beside it: graphs/store -> graphs/store.html; a remote
    store's view is written in the current folder."""
    from kg.store import is_url

    if is_url(str(store_location)):
        return Path("kg-view.html")
    store_location = Path(store_location)
    return store_location.with_name(store_location.name + ".html")


class ProgressBar:
    """A progress bar on stderr for builds of several articles, shown only on a terminal."""

    def __init__(self):
        self._bar = None

    def __call__(self, name: str, number: int, total: int) -> None:
        if total < 2:
            return
        if self._bar is None:
            self._bar = click.progressbar(
                length=total, label="building", file=sys.stderr, item_show_func=lambda item: item
            )
            self._bar.__enter__()
        self._bar.update(1, name)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _is_file(text: str) -> bool:
    try:
        return "\n" not in text and Path(text).is_file()
    except OSError:  # a long query is not a file name
        return False


def _check_date(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise KgError(f"--date must be YYYY-MM-DD, not {value!r}") from None


@cli.command("who-replaced")
@click.argument("name", required=False)
@lookup_command(render.replacement)
def who_replaced(store, name):
    """Who replaced whom; NAME (full name, surname or alias) limits to one person."""
    from kg.lookups import who_replaced as lookup

    return lookup(store, name)


@cli.command()
@click.argument("name", required=False)
@lookup_command(render.role)
def roles(store, name):
    """Posts people hold or held (new, current, former); NAME limits to one person."""
    from kg.lookups import roles as lookup

    return lookup(store, name)


@cli.command()
@click.option("--type", "type_", metavar="TYPE", help="Only events of this type (Meeting, Attack, ...).")
@lookup_command(render.event)
def events(store, type_):
    """Events with participants, places, figures and dates."""
    from kg.lookups import events as lookup

    return lookup(store, type_)


@cli.command()
@click.option("--by", metavar="NAME", help="Only claims by this speaker.")
@lookup_command(render.claim)
def claims(store, by):
    """Attributed claims: who asserted, accused, denied, threatened or intended what."""
    from kg.lookups import claims as lookup

    return lookup(store, by)


@cli.command()
@click.argument("query")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv"]),
    default="table",
    show_default=True,
    help="Result format (json/csv/tsv: the W3C SPARQL results formats).",
)
def query(query, store_path, fmt):
    """Run a SPARQL QUERY (text, or a .rq file) over all graphs; prefixes kg:, id:, rdfs: ... predeclared."""
    from kg.query import run_query
    from kg.store import open_store

    text = query
    if query.endswith(".rq") or _is_file(query):
        path = Path(query)
        if not path.is_file():
            raise KgError(f"No such query file: {path}")
        text = path.read_text(encoding="utf-8")
    click.echo(run_query(open_store(store_path), text, fmt))


@cli.command()
@click.argument("trig", required=False, type=click.Path(path_type=Path))
@store_option
def validate(trig, store_path):
    """Check the store (or a TriG file) against the SHACL shapes in ontology/shapes.ttl."""
    from kg.validate import validate as library

    conforms, report = library(trig=trig, store=store_path)
    if conforms:
        click.echo("conforms: every graph passes the shapes")
        return
    click.echo(report)
    sys.exit(1)


@cli.command()
@store_option
def stats(store_path):
    """Counts: articles, triples, actors by type, facts by kind."""
    from kg.query import stats as library
    from kg.store import open_store

    for label, value in library(open_store(store_path)):
        click.echo(f"{label:24s} {value:>8,}")


@cli.command()
@store_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="The page to write (default: beside the store, STORE.html).",
)
@click.option("--focus", metavar="NAME", help="Only this actor and what lies within --depth links of it.")
@click.option("--depth", type=click.IntRange(1), default=2, show_default=True, help="Links around --focus.")
@click.option(
    "--type",
    "kinds",
    multiple=True,
    metavar="KIND",
    help="Only nodes of this kind (Person, Attack, ...); repeatable.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=2000,
    show_default=True,
    help="Keep the most linked nodes, so that large graphs stay usable.",
)
def view(store_path, out, focus, depth, kinds, max_nodes):
    """Write the graph as one self-contained HTML page: offline, evidence on every link."""
    from kg.store import default_location, open_store
    from kg.view import view as library

    store = open_store(store_path)
    shown = library(
        store,
        out or default_view_path(store_path or default_location()),
        focus=focus,
        depth=depth,
        kinds=kinds,
        max_nodes=max_nodes,
    )
    note = f" of {shown['of']}" if shown["nodes"] < shown["of"] else ""
    click.echo(f"wrote {shown['out']} ({shown['nodes']}{note} nodes, {shown['links']} links)")


@cli.command()
@click.argument("start")
@click.argument("end")
@lookup_command(render.link)
def path(store, start, end):
    """The shortest chain of relationships from START to END, each link with its sentence."""
    from kg.analytics import path as library

    return library(store, start, end)


@cli.command()
@click.argument("name")
@lookup_command(render.link)
def neighbors(store, name):
    """Every relationship of NAME: who and what it is linked to, each with its sentence."""
    from kg.analytics import neighbors as library

    return library(store, name)


@cli.command()
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="How many actors.")
@lookup_command(render.centrality)
def central(store, top):
    """The most connected actors: degree (distinct neighbours) and betweenness centrality."""
    from kg.analytics import central as library

    return library(store, top)


@cli.command()
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["trig", "turtle", "nquads", "jsonld", "graphml"]),
    default="trig",
    show_default=True,
    help="RDF (Turtle merges the graphs), or GraphML of the actors and their links for Gephi/Cytoscape.",
)
@click.option("--article", metavar="NAME", help="Only this article's graph (its file name).")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="File to write (else stdout).")
def export(store_path, fmt, article, out):
    """Export the graph: every named graph or one article's, as RDF or GraphML."""
    from kg.store import open_store

    store = open_store(store_path)
    if fmt == "graphml":
        if article:
            raise KgError("--article works with the RDF formats; GraphML is the whole graph of actors")
        from kg.analytics import graphml
        from kg.projection import project

        data = graphml(project(store)).encode("utf-8")
    else:
        from kg.exchange import export as library

        data = library(store, fmt, article)
    if out is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    try:
        out.write_bytes(data)
    except OSError as err:
        raise KgError(f"Cannot write {out}: {err}") from None
    click.echo(f"wrote {out}")


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@store_option
@click.option("--graph", metavar="IRI", help="Graph for triples in no graph (else named after FILE).")
def import_(file, store_path, graph):
    """Import RDF made elsewhere (Turtle, TriG, N-Quads, N-Triples, JSON-LD) after SHACL validation."""
    from kg.exchange import NotConforming, import_file
    from kg.store import default_location

    try:
        written = import_file(store_path or default_location(), file, graph)
    except NotConforming as err:
        click.echo(err.report, err=True)
        raise
    for name, count in written.items():
        click.echo(f"{name}: {count:,} triples")


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port.")
@click.option("--public", is_flag=True, help="Allow a --host other than loopback (prints a warning).")
def serve(store_path, host, port, public):
    """Serve the store as a read-only SPARQL 1.1 endpoint with a query page, until Ctrl-C."""
    from kg.serve import serve as library
    from kg.store import default_location

    library(store_path or default_location(), host, port, public=public, echo=click.echo)


def main() -> None:
    cli(prog_name="kg")
