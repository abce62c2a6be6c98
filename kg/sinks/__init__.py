"""Sinks: everything that writes the hub graph somewhere (RDF, Neo4j, files, HTML). Sinks never import spaCy."""
