"""The viewer's blueprints: pages, entity pages, networks and trace, SPARQL."""
