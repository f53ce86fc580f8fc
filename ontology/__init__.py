"""The vnkg ontology and SHACL shapes, as Turtle files installed with the package."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY = HERE / "vnkg.ttl"
SHAPES = HERE / "shapes.ttl"
