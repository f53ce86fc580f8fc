"""vnkg graph: extraction records to RDF, stored per document in a named graph.

The embedded store is Oxigraph (graph.store); a remote SPARQL 1.1 store is
reached by URL (graph.remote). The `vnkg` command line lives in graph.cli.
"""
