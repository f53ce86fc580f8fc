"""Build or update the graph from files and folders, incrementally.

Each file's content hash is kept on its document node; an unchanged file does
no work, a changed one has its named graph replaced in one update, and a file
that was built from a folder being rebuilt and is now gone has its graph
dropped. One unreadable file is reported and leaves the store as it was.
"""
from __future__ import annotations

import hashlib
import os
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import click

from extract.ingest import SUPPORTED_SUFFIXES, IngestError, display_path

from . import iris
from .entities import facts_update
from .labels import LabelTally, graph_spellings, stored_spellings
from .mapping import DocumentGraph, document_slug, map_record
from .namespaces import ONTOLOGY_GRAPH, VNKG
from .schemes import ontology_fingerprint, ontology_triples
from .store import BaseStore


@dataclass
class BuildSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0
    ontology_loaded: bool = False

    @property
    def changed(self) -> bool:
        """Whether the build wrote anything a reader would see."""
        return bool(self.added or self.updated or self.removed or self.ontology_loaded)

    def line(self) -> str:
        removed = f", {self.removed} removed" if self.removed else ""
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged{removed}, "
                f"{len(self.failed)} failed; {self.triples} triples")


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def collect_files(paths: Iterable[Path], notice: Callable[[str], None],
                  summary: BuildSummary) -> tuple[list[Path], list[Path]]:
    """The supported files under `paths` (sorted), and the folders walked."""
    files, folders = [], []
    for path in paths:
        if path.is_dir():
            folders.append(path.resolve())
            # a link that leads nowhere (or to itself) is listed, so that it is reported
            for f in sorted(p for p in path.rglob("*") if p.is_file() or (p.is_symlink() and not p.exists())):
                if f.name.startswith("."):
                    continue
                if f.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(f)
                else:
                    notice(f"vnkg: skipping {f}: not a supported file type")
        elif path.is_file():
            files.append(path)
        else:
            summary.failed.append((str(path), "no such file or folder"))
    return files, folders


def extract_one(path: str) -> tuple[str, str | None, dict | None, str | None, tuple[str, ...]]:
    """Read and extract one file: (path, text, record, error, notes on how it
    was read). Top-level so that worker processes can import it (spawn-safe)."""
    from extract import extract_text
    from extract.ingest import read_document
    from extract.record import to_record

    try:
        path.encode("utf-8")
    except UnicodeEncodeError:  # bytes kept by surrogateescape cannot go into an RDF literal
        return path, None, None, "the path is not valid UTF-8 (rename the file or its folder)", ()
    try:
        source = read_document(path)
    except IngestError as exc:
        return path, None, None, exc.reason, ()
    try:
        record = to_record(extract_text(source.text, file=Path(path).name))
    except Exception as exc:  # an extractor bug on one file must not stop the others
        return path, None, None, f"extraction failed ({exc.__class__.__name__}: {exc}); please report it", ()
    return path, source.text, record, None, source.notes


def known_documents(store: BaseStore) -> dict[str, tuple[str, str]]:
    """sourcePath → (graph, content hash) of every document built before."""
    rows = store.select(f"SELECT ?g ?path ?hash WHERE {{ GRAPH ?g {{ ?d <{VNKG.sourcePath.value}> ?path ; "
                        f"<{VNKG.contentHash.value}> ?hash }} FILTER(STRSTARTS(STR(?g), \"{iris.graph_prefix()}\")) }}")
    return {r["path"]: (r["g"], r["hash"]) for r in rows}


def ensure_ontology(store: BaseStore) -> bool:
    """(Re)load the ontology graph when vnkg.ttl or the tables changed; True when it did."""
    triples = ontology_triples()
    fingerprint = ontology_fingerprint(triples)
    marker = f"<{ONTOLOGY_GRAPH}> <{VNKG.contentHash.value}> \"{fingerprint}\""
    if store.select(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ {marker} }} }}"):
        return False
    store.replace_graph(ONTOLOGY_GRAPH, triples,
                        extra_update=f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{ {marker} }} }}")
    return True


class GraphWriter:
    """Writes document graphs into one store, each with the SKOS labels it
    changes in the same update (one transaction). The label tally lives as
    long as the writer, so a build pays for the entities each document
    names, never for the other documents that name them."""

    def __init__(self, store: BaseStore):
        self.store = store
        self.tally = LabelTally(store.select, iris.labels_graph())
        self.present_facts: set = set()  # entity facts this writer stored: not written twice

    def write(self, doc_graph: DocumentGraph, replaces: bool = True) -> None:
        """Replace one document's graph; `replaces=False` when the store is known not to hold it."""
        graph = doc_graph.graph_iri
        before = stored_spellings(self.store.select, graph) if replaces else {}
        labels = self.tally.update(before, graph_spellings(doc_graph.triples, doc_graph.skos_labelled))
        facts = facts_update(self.store.select, graph, doc_graph.entity_facts, replaces, self.present_facts)
        self.store.replace_graph(graph, doc_graph.graph_triples(), extra_update=_joined(facts, labels))

    def remove(self, graph: str) -> None:
        """Drop one document's graph and refresh the labels it fed, in one update."""
        labels = self.tally.update(stored_spellings(self.store.select, graph), {})
        facts = facts_update(self.store.select, graph, {}, present=self.present_facts)
        self.store.remove_graph(graph, extra_update=_joined(facts, labels))


def _joined(*updates: str) -> str:
    return " ;\n".join(u for u in updates if u)


def write_document(store: BaseStore, doc_graph: DocumentGraph) -> None:
    """Replace one document's graph and refresh the SKOS labels of the bodies
    and roles it names now or named before, in one update (one transaction)."""
    GraphWriter(store).write(doc_graph)


def remove_document(store: BaseStore, graph: str) -> None:
    """Drop one document's graph and refresh the labels it fed, in one update."""
    GraphWriter(store).remove(graph)


def _slug_for(path: str, taken: dict[str, str]) -> str:
    """The document slug: the file stem, made unique against other paths
    (`taken`: slug → the path that has it)."""
    base = document_slug(path)
    slug, n = base, 1
    while slug in taken and taken[slug] != path:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _dask_extractions(paths: list[str], address: str):
    """Extraction on a Dask cluster, results in the order of `paths` so that
    the graph is the same as a local build's; the store is written here."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise click.ClickException("--dask needs dask.distributed: pip install 'vnkg[dask]'") from None
    try:
        client = Client(address, timeout=os.environ.get("VNKG_DASK_TIMEOUT", "20s"))
    except (OSError, TimeoutError) as exc:
        raise click.ClickException(f"{address}: cannot reach the Dask scheduler ({exc})") from None
    with client:
        futures = client.map(extract_one, paths, pure=False)
        for future in futures:
            yield future.result()
            future.release()  # keep the cluster's memory to the documents not yet written


def _extractions(paths: list[str], workers: int, dask_address: str | None = None):
    if dask_address and paths:
        yield from _dask_extractions(paths, dask_address)
        return
    if workers <= 1 or len(paths) <= 1:
        yield from map(extract_one, paths)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(min(workers, len(paths))) as pool:
        yield from pool.imap(extract_one, paths)


def build(paths: list[Path], store: BaseStore, workers: int = 1, progress: bool = False,
          notice: Callable[[str], None] = lambda msg: None,
          written: Callable[[str], None] = lambda path: None,
          dask_address: str | None = None) -> BuildSummary:
    """Build or update the graph from `paths`; `written(path)` is called as
    each document's graph is committed."""
    summary = BuildSummary()
    files, folders = collect_files(paths, notice, summary)
    summary.ontology_loaded = ensure_ontology(store)
    known = known_documents(store)

    todo: list[tuple[str, str]] = []
    present: set[str] = set()
    for f in files:
        try:
            path = str(f.resolve())
            present.add(path)
            digest = content_hash(f)
        except OSError as exc:
            summary.failed.append((str(f), f"cannot read ({exc.strerror or exc})"))
            continue
        except RuntimeError:  # Path.resolve() on a symlink loop
            summary.failed.append((str(f), "cannot read (Too many levels of symbolic links)"))
            continue
        if path in known and known[path][1] == digest:
            summary.unchanged += 1
        else:
            todo.append((path, digest))

    digests = dict(todo)
    taken = {iris.local_part(g): p for p, (g, _) in known.items()}
    writer = GraphWriter(store)
    results = _extractions([p for p, _ in todo], workers, dask_address)
    if progress and todo:
        bar = click.progressbar(results, length=len(todo), label="Building", file=click.get_text_stream("stderr"))
    else:
        bar = None
    with (bar or _nullcontext(results)) as items:
        for path, text, record, error, notes in items:
            if error is not None:
                summary.failed.append((path, error))
                continue
            for note in notes:  # a legacy encoding converted, broken bytes replaced
                notice(f"vnkg: note: {display_path(path)}: {note}")
            slug = _slug_for(path, taken)
            taken[slug] = path
            doc_graph = map_record(record, text, store.select, doc_slug=slug,
                                   source_path=path, content_hash=digests[path])
            writer.write(doc_graph)
            written(path)
            if path in known:
                summary.updated += 1
            else:
                summary.added += 1
            known[path] = (doc_graph.graph_iri, digests[path])

    for path, (graph, _) in list(known.items()):
        inside = any(Path(path).is_relative_to(folder) for folder in folders)
        if inside and path not in present and not Path(path).exists():
            writer.remove(graph)
            summary.removed += 1
    summary.triples = store.count()
    return summary


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False
