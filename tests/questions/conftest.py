"""The question suite's fixtures, defined in questions_support.py (see there)."""
from questions_support import (  # noqa: F401  (pytest collects fixtures from this namespace)
    corpus_build,
    driver,
    examples_build,
    neo4j_server,
    served_corpus,
    served_examples,
)
