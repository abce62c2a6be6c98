"""What the tests of the error diagnostics share: where the reference scorer is, and a loader for the scripts,
which are no package (``from diagload import ROOT, SCORER, load_script``)."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = Path(os.environ.get("KG_SCORER") or ROOT.parent / "shared" / "eval" / "score.py")


def load_script(name: str, path: Path):
    """The file at ``path`` imported as the module ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
