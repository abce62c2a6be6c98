"""The learned ANNOUNCED pair scorer: the model file, the switch, candidates and features, determinism, its
effect on a build, and the training script (same bytes on a rerun, never dev or test files)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from kg.extract import announce_model, extract_facts
from kg.extract.announce_model import PairModel

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- pure logic


def test_model_scores_by_its_weights_and_refuses_other_files():
    model = PairModel({"same_verb_nsubj": 3.0, "src=issuer": -2.0}, -0.5, 0.5, {})
    assert model.score(["same_verb_nsubj"]) > 0.9
    assert model.score(["src=issuer"]) < 0.1
    assert PairModel.from_json(model.to_json()) == model
    with pytest.raises(ValueError):
        PairModel.from_json({**model.to_json(), "kind": "kg-policy-scorer"})


def test_switch_is_off_by_default_and_follows_the_learned_switch(monkeypatch):
    monkeypatch.delenv("KG_LEARNED_PAIRS", raising=False)
    monkeypatch.delenv("KG_LEARNED", raising=False)
    assert not announce_model.enabled()
    monkeypatch.setenv("KG_LEARNED_PAIRS", "1")
    assert announce_model.enabled()
    monkeypatch.setenv("KG_LEARNED", "0")  # every learned part off
    assert not announce_model.enabled()


def test_shipped_model_loads_and_is_package_data():
    model = announce_model.load_model()
    assert model is not None, "kg/data/models/announce_scorer.json is missing"
    assert 0.0 < model.threshold < 1.0
    assert model.meta["trained_on"].startswith("train split")
    assert model.meta["documents"] >= 50 and len(model.weights) > 20
    assert announce_model.MODEL_PATH.parent.parent.name == "data"
    assert '"data/**/*"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- on the parse

_TEXT = ("The Home Office said on Tuesday that the Safer Parks Fund would open to councils in May. "
         "Officers in Kent welcomed the news.")


def _announced(facts):
    names = {n.id: n.name for n in facts.nodes}
    return {(names[l.source], names[l.target]): l.props for l in facts.links if l.type == "ANNOUNCED"}


@pytest.mark.model
def test_a_model_links_the_pairs_it_scores_and_none_when_off(nlp):
    doc = nlp(_TEXT)
    with announce_model.using(None):
        off = _announced(extract_facts(doc, "t"))
    assert ("Home Office", "Safer Parks Fund") not in off  # no frame reads "said ... would open"
    eager = PairModel({"atype=Organisation": 4.0}, 0.0, 0.5, {})
    with announce_model.using(eager):
        on = _announced(extract_facts(doc, "t"))
    props = on[("Home Office", "Safer Parks Fund")]
    assert props["learned"] is True and props["status"] == "announced" and props["cue"] == "open"
    shy = PairModel({"atype=Organisation": -4.0}, 0.0, 0.5, {})
    with announce_model.using(shy):
        assert _announced(extract_facts(doc, "t")) == off  # the frames' links stay, nothing is added


@pytest.mark.model
def test_candidates_and_features_are_deterministic(nlp):
    rows = []
    for _ in range(2):
        with announce_model.collecting() as got:
            extract_facts(nlp(_TEXT), "t")
        rows.append(got)
    assert rows[0] == rows[1]
    pairs = {(tuple(p["agent"])[0], tuple(p["policy"])[0]): p["feats"] for p in rows[0][0]["pairs"]}
    feats = pairs[("Home Office", "Safer Parks Fund")]
    assert feats == sorted(feats)
    assert "atype=Organisation" in feats and "src=name" in feats and "is_publisher" in feats
    assert any(f.startswith("path=") for f in feats) and "govc=other" in feats


@pytest.mark.model
def test_a_considered_measure_keeps_its_status(nlp):
    doc = nlp("Westshire Police is considering a dispersal order. Its chief said the Night Watch Scheme was "
              "being considered too.")
    eager = PairModel({"atype=Organisation": 4.0}, 0.0, 0.5, {})
    with announce_model.using(eager):
        found = _announced(extract_facts(doc, "t"))
    statuses = {k: v["status"] for k, v in found.items() if k[0] == "Westshire Police"}
    assert statuses and all(s == "considered" for s in statuses.values()), found


# --------------------------------------------------------------------------- one announcer per policy


class _E(NamedTuple):
    id: str


def _pair(agent: str, policy: str, feats=(), start=0) -> announce_model.Pair:
    return announce_model.Pair(_E(agent), _E(policy), tuple(feats), "announced", "-", (0, 1), start, start + 1)


def test_policy_decision_gives_each_unframed_policy_its_best_agent_only():
    scored = [(0.9, _pair("council", "fund")), (0.7, _pair("police", "fund")), (0.6, _pair("police", "scheme")),
              (0.2, _pair("council", "scheme")), (0.95, _pair("mayor", "order", ["rule_link"])),
              (0.8, _pair("police", "order")), (0.3, _pair("police", "patrols"))]
    by_pair = {(p.agent.id, p.policy.id) for p in announce_model.decide(scored, 0.5, "pair")}
    assert by_pair == {("council", "fund"), ("police", "fund"), ("police", "scheme"), ("mayor", "order"),
                       ("police", "order")}
    by_policy = [(p.agent.id, p.policy.id) for p in announce_model.decide(scored, 0.5, "policy")]
    # one agent per policy, the best; a policy a frame already links gets nobody more; below the threshold: none
    assert sorted(by_policy) == [("council", "fund"), ("police", "scheme")]
    assert announce_model.decide(scored, 0.95, "policy") == []


_TWO_BODIES = [
    # UK: two bodies, each naming its own scheme in a sentence no frame reads
    ("Westshire Police said on Tuesday that the Safer Parks Fund would open to councils in May. "
     "Northshire County Council said the Night Watch Scheme would start in June.",
     {("Westshire Police", "Safer Parks Fund"), ("Northshire County Council", "Night Watch Scheme")}),
    # US: a state office and a city force
    ("The Ohio Attorney General's Office said the Safe Campus Initiative would reach 40 colleges this fall. "
     "The Columbus Division of Police said its Violence Interruption Program would grow to three more districts.",
     {("Ohio Attorney General's Office", "Safe Campus Initiative"),
      ("Columbus Division of Police", "Violence Interruption Program")}),
    # US: a sheriff and a county board, the policies in the second clause
    ("Sheriff Dana Ruiz said on Friday that the Jail Reentry Program would hire six counselors. "
     "The Maricopa County Board of Supervisors said the Youth Diversion Grant would pay for two more.",
     {("Dana Ruiz", "Jail Reentry Program"), ("Maricopa County Board of Supervisors", "Youth Diversion Grant")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", _TWO_BODIES)
def test_policy_decision_links_one_agent_per_policy_on_a_parse(nlp, text, expected):
    doc = nlp(text)
    # both agents of the document score above the threshold for both policies; the nearer one scores higher
    weights = {"src=name": 2.0, "atype=Organisation": 1.0, "atype=Person": 1.0}
    pairs = {}
    for decision in ("pair", "policy"):
        with announce_model.using(PairModel(weights, 0.0, 0.5, {"decision": decision})):
            pairs[decision] = {k for k, v in _announced(extract_facts(doc, "t")).items() if v.get("learned")}
    assert pairs["policy"] == expected
    assert pairs["pair"] > expected  # the per-pair decision also links each body to the other's policy


@pytest.mark.model
def test_document_level_features_name_the_main_actor_and_the_lead(nlp):
    text = ("Kent County Council announces new youth fund\n\n"
            "Kent County Council said on Monday that a new £2 million Youth Futures Fund would open in April. "
            "The council said the Street Safe Scheme would run alongside it. "
            "Kent Police said the force would support both.")
    with announce_model.collecting() as got:
        extract_facts(nlp(text), "t")
    feats = {(p["agent"][0], p["policy"][0]): set(p["feats"]) for p in got[0]["pairs"]}
    council = feats[("Kent County Council", "Youth Futures Fund")]
    assert {"is_top_actor", "in_lead", "sent_money", "policy_new", "policy_titled"} <= council, council
    police = feats[("Kent Police", "Youth Futures Fund")]
    assert "is_top_actor" not in police and "in_lead" not in police


# --------------------------------------------------------------------------- training

_SCORER = '''
import re
def canon_type(t):
    return str(t or "").strip().capitalize()
def name_forms(names):
    out = set()
    for n in names:
        k = re.sub(r"\\s+", " ", re.sub(r"[^\\w\\s]", " ", (n or "").lower())).strip()
        k = re.sub(r"^the ", "", k)
        if k:
            out.add(k)
    return out
'''

_DOCS = [
    ("a", "The Home Office launched the Safer Parks Fund. Kent Police said the Safer Parks Fund worked.",
     [("Home Office", "Safer Parks Fund")]),
    ("b", "Essex Police unveiled the Night Bus Patrol Scheme. The council said the Night Bus Patrol Scheme was costly.",
     [("Essex Police", "Night Bus Patrol Scheme")]),
    ("c", "The county announced the Rural Deputies Hiring Program. The sheriff praised the Rural Deputies Hiring Program.",
     [("county", "Rural Deputies Hiring Program")]),
    ("d", "The Justice Department funds the Street Outreach Initiative. The mayor said the Street Outreach Initiative helps.",
     [("Justice Department", "Street Outreach Initiative")]),
    ("e", "Ministers introduced the Knife Possession Bill. Campaigners said the Knife Possession Bill is weak.",
     [("Ministers", "Knife Possession Bill")]),
    ("f", "The Mayor of Leeds set up the Violence Reduction Partnership. Police said the Violence Reduction "
          "Partnership met monthly.", [("Mayor of Leeds", "Violence Reduction Partnership")]),
]


@pytest.mark.model
def test_training_script_gives_the_same_bytes_on_rerun(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": i, "text": t, "announced": [{"agent": a, "policy": p} for a, p in pairs],
                                        "entities": [e for a, p in pairs for e in ({"type": "Organisation", "name": a},
                                                                                   {"type": "Policy", "name": p})]})
                            + "\n" for i, t, pairs in _DOCS), encoding="utf-8")
    scorer = tmp_path / "score.py"
    scorer.write_text(_SCORER, encoding="utf-8")
    out = tmp_path / "model.json"
    base = [sys.executable, str(ROOT / "scripts" / "train_announce_model.py"), "--gold", str(gold),
            "--scorer", str(scorer), "--cv", "3", "--out", str(out)]
    proc = subprocess.run(base, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    written = out.read_bytes()
    model = PairModel.from_json(json.loads(written))
    assert model.meta["documents"] == 6 and model.meta["trained_on"] == "given files: gold.jsonl"
    assert model.meta["positives"] >= 1
    again = subprocess.run(base + ["--check"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    out.write_bytes(written.replace(b'"threshold"', b'"threshold" ', 1))
    stale = subprocess.run(base + ["--check"], capture_output=True, text=True)
    assert stale.returncode == 1 and "differs" in stale.stderr


def test_training_script_refuses_dev_and_test_files():
    script = ROOT / "scripts" / "train_announce_model.py"
    for path in ("eval/holdout3.jsonl", "eval/test-uk.jsonl"):
        proc = subprocess.run([sys.executable, str(script), "--gold", str(ROOT / path), "--scorer", __file__],
                              capture_output=True, text=True)
        assert proc.returncode == 2 and "train documents only" in proc.stderr


def test_cli_learned_pairs_flag(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("The Home Office said the Safer Parks Fund would open to councils in May.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(tmp_path / "out"), "--quiet",
                           "--learned-pairs"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "graph.json").exists()
    help_text = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True, text=True).stdout
    assert "--learned-pairs" in help_text
