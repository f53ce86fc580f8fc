"""The `vnkg` command line through its public entry point."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from graph.cli import main

COMMANDS = ["build", "extract", "query", "export", "serve", "stats", "validate"]

SAMPLE = (
    "Hội nghị Ban Chấp hành Đảng bộ huyện Đông Anh lần thứ 12\n\n"
    "Sáng ngày 15/3/2022, Ban Chấp hành Đảng bộ huyện Đông Anh (khóa XXIII) tổ chức Hội nghị lần thứ 12.\n"
)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"], prog_name="vnkg")
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: vnkg {command} ")


def test_extract_json_prints_the_record_shape(runner, tmp_path):
    path = tmp_path / "dong-anh.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert sorted(record) == ["directives", "document", "implements", "meetings", "organisations", "people"]
    assert record["document"]["file"] == "dong-anh.txt"
    assert record["document"]["date"] == "2022-03-15"


def test_extract_missing_file_is_one_line_error(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(main, ["extract", str(missing), "--json"])
    assert result.exit_code == 1
    assert result.output.strip() == f"vnkg: error: {missing}: no such file (it may have been moved or deleted)"


def test_extract_unsupported_type_names_the_file(runner, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4 binary")
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert str(path) in result.output
    assert "unsupported file type '.pdf'" in result.output
    assert "Traceback" not in result.output


def test_debug_flag_shows_the_traceback(tmp_path):
    missing = tmp_path / "nope.txt"
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "--debug", "extract", str(missing)],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr


def test_installed_console_script_runs():
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert "vnkg: a knowledge graph" in proc.stdout
