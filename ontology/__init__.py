"""The vnkg ontology and SHACL shapes (Turtle) and the competency questions
(SPARQL), installed with the package."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY = HERE / "vnkg.ttl"
SHAPES = HERE / "shapes.ttl"
# The competency questions our users gave us: the SPARQL every release must answer.
COMPETENCY_DIR = HERE / "competency"
