"""The policy span categoriser (kg.extract.spancat): the shipped model, determinism, what it proposes on
sentences written for these tests (UK and US), and its use by the policy scorer when turned on."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from kg.extract import learned, spancat
from kg.extract.spancat import SpanModel

ROOT = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------------------------------------- pure logic


def _toy_model(width: int) -> SpanModel:
    rng = np.random.default_rng(1)
    return SpanModel(rng.normal(size=(width, 4)), np.zeros(4), rng.normal(size=4), 0.0, np.zeros(width),
                     np.ones(width), 0.5, {"note": "toy"})


def test_model_file_round_trips(tmp_path):
    model = _toy_model(6)
    model.save(tmp_path / "m.npz")
    back = SpanModel.load(tmp_path / "m.npz")
    x = np.random.default_rng(2).normal(size=(5, 6))
    assert np.allclose(back.score(x), model.score(x), atol=1e-5)
    assert back.threshold == 0.5 and back.meta == {"note": "toy"}


def test_off_by_default_and_switched_by_the_environment(monkeypatch):
    monkeypatch.delenv("KG_SPANCAT", raising=False)
    assert not spancat.enabled() and spancat.current() is None
    monkeypatch.setenv("KG_SPANCAT", "1")
    assert spancat.enabled() and spancat.current() is not None
    monkeypatch.setenv("KG_LEARNED", "0")  # --no-learned turns every learned part off
    assert not spancat.enabled()
    monkeypatch.delenv("KG_LEARNED")
    with spancat.using(None):
        assert spancat.current() is None


# ---------------------------------------------------------------------------------------------- the real model

@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


def _proposed(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return {doc[a:b].text for a, b, _ in spancat.propose(doc, spancat.load_model())}


@pytest.mark.model
def test_the_model_loads_from_package_data():
    model = spancat.load_model()
    assert model is not None, "kg/data/models/policy_spancat.npz is missing from the package"
    assert spancat.MODEL_PATH.parent.name == "models" and spancat.MODEL_PATH.parent.parent.name == "data"
    assert spancat.MODEL_PATH.stat().st_size < 1_000_000  # package data stays small
    assert 0.0 < model.threshold < 1.0
    assert model.meta["positive"] > 100  # trained on the train split's gold policy names


@pytest.mark.model
def test_suggester_spans_end_at_a_noun_and_stay_in_one_sentence(nlp):
    doc = nlp("The Metropolitan Police launched Operation Bluebell last week. It targets burglars in Croydon.")
    spans = spancat.suggest(doc)
    assert spans
    for a, b in spans:
        assert doc[b - 1].pos_ in {"NOUN", "PROPN"} or doc[b - 1].text.isdigit()
        assert doc[a].sent.start == doc[b - 1].sent.start
        assert doc[a].pos_ not in {"DET", "ADP", "PUNCT"}
    assert (doc[4].i, doc[6].i) in spans  # "Operation Bluebell"


@pytest.mark.model
def test_proposals_are_deterministic(nlp):
    text = ("The Scottish Government will expand the Violence Reduction Unit's Navigator programme to hospitals "
            "in Dundee and Aberdeen, the Justice Secretary said.")
    a = [spancat.propose(nlp(text), spancat.load_model()) for _ in range(2)]
    assert a[0] == a[1]
    assert spancat.span_scores(nlp(text), spancat.load_model()) == spancat.span_scores(nlp(text), spancat.load_model())


NAMED = [
    # (sentence, a policy the guidelines count that must be proposed, generic phrases that must not be)
    ("The Home Secretary announced that the Safer Streets Fund will pay for new lighting and CCTV in Bradford.",
     "Safer Streets Fund"),
    ("Governor Walz signed the Community Safety Act into law on Tuesday, expanding violence prevention grants.",
     "Community Safety Act"),
    ("The Justice Department said Project Safe Neighborhoods would target gun crime in St. Louis this summer.",
     "Project Safe Neighborhoods"),
]

GENERIC = [
    ("A spokesperson said our crime reduction strategy was working and grant funding for the initiative "
     "would continue next year.", {"crime reduction strategy", "grant funding", "initiative"}),
    ("The chief constable said the plan had the support of local people and that the funding was welcome.",
     {"plan", "funding"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text,name", NAMED)
def test_named_policies_are_proposed(nlp, text, name):
    assert name in _proposed(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,generic", GENERIC)
def test_generic_phrases_are_not_proposed(nlp, text, generic):
    assert not (_proposed(nlp, text) & generic)


@pytest.mark.model
def test_scorer_reads_the_span_scores_when_turned_on(nlp, monkeypatch):
    from kg.extract.policies import find_policies

    doc = nlp(NAMED[0][0])
    monkeypatch.delenv("KG_SPANCAT", raising=False)
    cands = learned.candidates(doc, list(find_policies(doc)))
    assert all(c.source != "sc" for c in cands)
    assert not any(f.startswith("sc") for c in cands for f in learned.features(doc, c, learned.doc_context(doc, cands)))
    with spancat.using(spancat.load_model()):
        cands = learned.candidates(doc, list(find_policies(doc)))
        ctx = learned.doc_context(doc, cands)
        feats = {c.name: learned.features(doc, c, ctx) for c in cands}
    assert any(f.startswith("sc>=") for fs in feats.values() for f in fs)


def _trainer():
    spec = importlib.util.spec_from_file_location("train_policy_spancat", ROOT / "scripts" / "train_policy_spancat.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_fit_is_deterministic_and_learns_a_separable_set():
    tr = _trainer()
    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 8))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0.8).astype(float)
    a, b = tr.fit(x, y), tr.fit(x, y)
    assert np.array_equal(a.w1, b.w1) and a.b2 == b.b2
    pred = a.score(x) >= 0.5
    assert (pred == (y > 0)).mean() > 0.9
