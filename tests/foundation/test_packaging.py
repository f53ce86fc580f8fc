"""pyproject.toml installs every package and data file the code needs."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_python_package_is_listed():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("extract", "graph", "webviewer", "ontology")
        for init in (ROOT / top).rglob("__init__.py")
        if "node_modules" not in init.parts and "static" not in init.parts
    }
    assert found - listed == set()


def test_domain_tables_are_installed_as_package_data():
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["extract.tabledata"] == "data/tables"


def test_console_script_is_vnkg():
    assert PYPROJECT["project"]["scripts"] == {"vnkg": "graph.cli:main"}
