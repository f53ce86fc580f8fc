"""The graph commands of the `vnkg` CLI on the project's fixture corpus:
incremental build, validate, query errors, export round trip."""
from __future__ import annotations

import io

from click.testing import CliRunner

from graph.cli import main
from graph.export import export_store, load_export
from graph.store import OxigraphStore


def vnkg(*args):
    return CliRunner().invoke(main, list(args))


def test_second_build_of_unchanged_files_does_no_work(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    vnkg("build", str(corpus_dir), "--store", store, "-q")
    result = vnkg("build", str(corpus_dir), "--store", store, "-q")
    assert result.exit_code == 0
    assert result.output.startswith("0 added, 0 updated, 2 unchanged, 0 failed;")


def test_changed_file_is_updated_and_deleted_file_removed(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    vnkg("build", str(corpus_dir), "--store", store, "-q")
    (corpus_dir / "ke-hoach-phuong-an-lac.txt").write_text("Thông báo\n\nNội dung mới.\n", encoding="utf-8")
    (corpus_dir / "hoi-nghi-phuong-an-lac.txt").unlink()
    result = vnkg("build", str(corpus_dir), "--store", store, "-q")
    assert result.output.startswith("0 added, 1 updated, 0 unchanged, 1 removed, 0 failed;")


def test_unreadable_file_fails_alone_and_names_itself(corpus_dir, tmp_path):
    (corpus_dir / "hong.docx").write_bytes(b"not a zip")
    result = vnkg("build", str(corpus_dir), "--store", str(tmp_path / "store"), "-q")
    assert result.exit_code == 1
    assert "2 added, 0 updated, 0 unchanged, 1 failed;" in result.output
    assert f"vnkg: error: {(corpus_dir / 'hong.docx').resolve()}:" in result.output


def test_built_fixture_graph_conforms_to_the_shapes(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    vnkg("build", str(corpus_dir), "--store", store, "-q")
    result = vnkg("validate", "--store", store)
    assert (result.exit_code, result.output) == (0, "The graph conforms to ontology/shapes.ttl: no violations.\n")


def test_query_syntax_error_is_one_line_naming_the_file(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    vnkg("build", str(corpus_dir), "--store", store, "-q")
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    result = vnkg("query", str(bad), "--store", store)
    assert result.exit_code == 1
    assert result.output.startswith(f"vnkg: error: {bad}: SPARQL syntax error:")
    assert result.output.count("\n") == 1


def test_query_table_lists_documents(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    vnkg("build", str(corpus_dir), "--store", store, "-q")
    q = tmp_path / "files.rq"
    q.write_text("PREFIX vnkg: <https://w3id.org/vnkg/ont#>\n"
                 "SELECT ?file WHERE { ?d vnkg:fileName ?file } ORDER BY ?file", encoding="utf-8")
    result = vnkg("query", str(q), "--store", store)
    assert result.output.splitlines() == [
        "file", "--------------------------", "hoi-nghi-phuong-an-lac.txt", "ke-hoach-phuong-an-lac.txt", "(2 rows)"]


def test_trig_export_loads_into_an_empty_store_with_the_same_triples(corpus_dir, tmp_path):
    store = str(tmp_path / "store")
    vnkg("build", str(corpus_dir), "--store", store, "-q")
    original = OxigraphStore(store, read_only=True)
    buffer = io.BytesIO()
    export_store(original, "trig", buffer)
    copy = OxigraphStore(None)
    load_export(copy, buffer.getvalue(), "trig")
    assert set(copy.quads()) == set(original.quads())
    assert copy.count() == original.count() > 0


def test_missing_store_is_a_one_line_error(tmp_path):
    result = vnkg("stats", "--store", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert result.output == f"vnkg: error: {tmp_path / 'nowhere'}: no store here (run `vnkg build` first)\n"


def test_export_into_a_closed_pipe_stops_quietly(corpus_dir, tmp_path):
    import subprocess
    import sys

    store = str(tmp_path / "store")
    vnkg("build", str(corpus_dir), "--store", store, "-q")
    export = subprocess.Popen([sys.executable, "-m", "graph.cli", "export", "--store", store, "--format", "nq"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    export.stdout.readline()
    export.stdout.close()  # as `| head -1` does
    assert (export.wait(timeout=60), export.stderr.read()) == (141, b"")
