"""The learned policy scorer: candidates, features, the model file, determinism, and its effect on a build."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import learned
from kg.extract.learned import Candidate, PolicyModel

ROOT = Path(__file__).resolve().parents[2]


def _train_module():
    spec = importlib.util.spec_from_file_location("train_policy_model", ROOT / "scripts" / "train_policy_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------- pure logic


def test_select_keeps_the_best_of_overlapping_candidates_above_the_threshold():
    a = Candidate(0, 3, 2, "youth violence fund", "rule")
    b = Candidate(1, 3, 2, "violence fund", "np")
    c = Candidate(5, 7, 6, "curfew scheme", "np")
    d = Candidate(9, 11, 10, "street patrols", "np")
    kept = learned.select([(0.6, b), (0.8, a), (0.5, c), (0.2, d)], 0.4)
    assert kept == [a, c]  # b overlaps the better a; d is below the threshold
    assert learned.select([(0.39, a)], 0.4) == []


def test_model_scores_by_its_weights_and_refuses_other_files():
    model = PolicyModel({"head=fund": 2.0, "cap=none": -1.0}, 0.0, 0.5, {})
    assert model.score(["head=fund"]) > 0.85
    assert model.score(["cap=none"]) < 0.3
    assert model.score(["unknown"]) == pytest.approx(0.5)
    assert PolicyModel.from_json(model.to_json()) == model
    with pytest.raises(ValueError):
        PolicyModel.from_json({"kind": "something-else", "version": 1, "weights": {}, "bias": 0, "threshold": 0.5})


def test_switch_reads_the_environment(monkeypatch):
    monkeypatch.setenv("KG_LEARNED", "0")
    assert not learned.enabled()
    monkeypatch.setenv("KG_LEARNED", "off")
    assert not learned.enabled()
    monkeypatch.setenv("KG_LEARNED", "1")
    assert learned.enabled()
    monkeypatch.delenv("KG_LEARNED")
    assert learned.enabled()


def test_fit_is_deterministic_and_learns_the_signal():
    train = _train_module()
    rows = []
    for i in range(60):  # "head=fund" with a title-case name is a policy; a bare lower-case "plan" is not
        pos = i % 3 != 0
        feats = ["bias", "head=fund" if pos else "head=plan", "cap=all" if pos else "cap=none", f"len={1 + i % 4}"]
        if i % 10 == 0:
            feats.append("noise")
        rows.append({"feats": sorted(feats), "gold": "X" if pos else None})
    one, two = train.fit(rows, {"m": 1}, 0.5), train.fit(list(rows), {"m": 1}, 0.5)
    dump = lambda m: json.dumps(m.to_json(), sort_keys=True)  # noqa: E731
    assert dump(one) == dump(two)
    assert one.score(["head=fund", "cap=all"]) > 0.9
    assert one.score(["head=plan", "cap=none"]) < 0.1


# --------------------------------------------------------------------------- with the real English model

@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


def _cands(nlp, text):
    from kg.extract.policies import find_policies

    doc = nlp(text)
    with learned.using(None):
        facts = list(find_policies(doc))
    return doc, learned.candidates(doc, facts)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    # a title-case run the parser splits ("Hiring" as a verb) is still one candidate
    ("The county launched its Rural Deputies Hiring Program in March.", "Rural Deputies Hiring Program"),
    ("Stadtwerke officials said the Safer Rail Stations Scheme will start in May.", "Safer Rail Stations Scheme"),
    # a sum before the head stays in the name
    ("The Scottish Government unveiled a £12 million fund for victim support.", "£12 million fund"),
    ("Officials said a $3.5 million grant would pay for the new radios.", "$3.5 million grant"),
    # an of/for object and a purpose clause
    ("The board approved a register of licensed door supervisors.", "register of licensed door supervisors"),
    ("Councillors backed a campaign to reduce underage drinking in parks.", "campaign to reduce underage drinking"),
])
def test_candidates_cover_noun_phrases_around_policy_heads(nlp, text, name):
    doc, cands = _cands(nlp, text)
    assert name in [c.name for c in cands]


@pytest.mark.model
def test_bare_heads_are_no_candidates(nlp):
    doc, cands = _cands(nlp, "The chief constable said the plan had worked and the fund was spent.")
    assert [c.name for c in cands] == []


@pytest.mark.model
def test_features_describe_the_candidate(nlp):
    doc, cands = _cands(nlp, "Ministers announced the Safer Rail Stations Scheme on Tuesday. "
                             "A residents parking scheme was dropped.")
    ctx = learned.doc_context(doc, cands)
    named = next(c for c in cands if c.name == "Safer Rail Stations Scheme")
    feats = learned.features(doc, named, ctx)
    assert feats == sorted(feats) and feats == learned.features(doc, named, ctx)
    assert {"head=scheme", "cap=all", "prev=the", "verb_announce", "head_title"} <= set(feats)
    assert "head_recurs" in feats  # "scheme" again in the next sentence


@pytest.mark.model
def test_headline_feature(nlp):
    doc, cands = _cands(nlp, "Council Unveils Safer Parks Programme\n\nThe council said the work starts soon.")
    c = next(c for c in cands if "Safer Parks Programme" in c.name)
    assert "headline" in learned.features(doc, c, learned.doc_context(doc, cands))


@pytest.mark.model
def test_shipped_model_loads_and_is_package_data():
    model = learned.load_model()
    assert model is not None, "kg/data/models/policy_scorer.json is missing"
    assert 0.0 < model.threshold < 1.0
    assert model.meta["trained_on"].startswith("train split")
    assert len(model.weights) > 20
    assert learned.MODEL_PATH.parent.parent.name == "data"  # shipped with kg's data (pyproject package-data)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/**/*"' in pyproject


@pytest.mark.model
def test_rescore_is_deterministic_and_off_means_the_rules(nlp, monkeypatch):
    from kg.extract.policies import find_policies

    text = ("The Home Office announced a £20 million fund for violence reduction projects. "
            "Officers said the Street Safety Pilot Scheme, which starts in June, would add patrols.")
    doc = nlp(text)
    rules = list(find_policies(doc))
    first = learned.rescore(doc, rules)
    assert first == learned.rescore(doc, list(find_policies(doc)))
    monkeypatch.setenv("KG_LEARNED", "0")
    assert learned.rescore(doc, rules) == rules


@pytest.mark.model
def test_the_shipped_model_changes_a_build_as_documented(tmp_path, nlp, monkeypatch):
    """A real `kg.build` with the shipped model has the policies the model keeps (the rules' spans it scores at
    or above its threshold, and noun phrases it adds) and lacks the rules' spans it scores below; with
    KG_LEARNED=0 the build has the rules' policies."""
    import kg
    from kg.extract.policies import find_policies

    text = ("The Attorney General unveiled the Violent Crime Reduction Initiative, which pairs federal prosecutors "
            "with local detectives. The initiative includes a $2 million grant program to support witness "
            "protection. The county said a $3.5 million grant would pay for 40 deputies under the Rural Deputies "
            "Hiring Program. Police in Leeds launched Operation Lantern alongside the Safer Streets Programme. "
            "The Home Office said the money would support community projects and early intervention programmes in "
            "18 areas.\n")
    src = tmp_path / "story.txt"
    src.write_text(text, encoding="utf-8")

    def policy_forms(out):
        graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        return {f.lower() for n in graph["nodes"] if n["type"] == "Policy" for f in [n["name"], *n.get("aliases", [])]}

    monkeypatch.delenv("KG_LEARNED", raising=False)
    kg.build([str(src)], out=tmp_path / "on", nlp=nlp)
    monkeypatch.setenv("KG_LEARNED", "0")
    kg.build([str(src)], out=tmp_path / "off", nlp=nlp)
    on, off = policy_forms(tmp_path / "on"), policy_forms(tmp_path / "off")

    doc = nlp(kg.pipeline.clean_document(text)[0])
    model = learned.load_model()
    scored = learned.scored(doc, list(find_policies(doc)), model)
    kept = learned.select(scored, model.threshold)
    added = {c.name.lower() for c in kept if c.source == "np"}
    dropped = {c.name.lower() for s, c in scored if c.source == "rule" and s < model.threshold} - \
        {c.name.lower() for c in kept}
    assert added or dropped, "the shipped model agrees with the rules on every candidate of this text"
    for name in added:
        assert name in on and name not in off, name
    for name in dropped:
        assert name in off and name not in on, name
    for c in kept:
        assert c.name.lower() in on
    assert "violent crime reduction initiative" in on and "violent crime reduction initiative" in off


@pytest.mark.model
def test_cli_no_learned_flag(tmp_path):
    text = "The council launched the Rural Deputies Hiring Program and a $3.5 million grant for radios.\n"
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    for flag in ("--learned", "--no-learned"):
        proc = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(tmp_path / flag.strip("-")),
                               "--quiet", flag], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    help_text = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True, text=True).stdout
    assert "--no-learned" in help_text


#: A stand-in for the reference scorer's name matching (lower case, no leading "the"): the training script
#: imports the scorer only for these two functions.
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
    ("a", "The Home Office launched the Safer Parks Fund to pay for lighting. Officers said the plan worked.",
     ["Safer Parks Fund"]),
    ("b", "Kent Police announced a crackdown on fly-tipping and a campaign to reduce underage drinking.",
     ["crackdown on fly-tipping", "campaign to reduce underage drinking"]),
    ("c", "The county unveiled the Rural Deputies Hiring Program. The sheriff said more patrols would follow.",
     ["Rural Deputies Hiring Program"]),
    ("d", "The mayor backed a $2 million grant for violence interrupters and the Street Outreach Initiative.",
     ["Street Outreach Initiative"]),
    ("e", "Ministers introduced the Knife Possession Bill. The force said its strategy was under review.",
     ["Knife Possession Bill"]),
    ("f", "The council approved a register of licensed door supervisors and the Night Safety Charter.",
     ["register of licensed door supervisors", "Night Safety Charter"]),
]


@pytest.mark.model
def test_training_script_gives_the_same_bytes_on_rerun(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": i, "text": t, "entities": [{"type": "Policy", "name": n, "aliases": []}
                                                                          for n in names]}) + "\n"
                            for i, t, names in _DOCS), encoding="utf-8")
    scorer = tmp_path / "score.py"
    scorer.write_text(_SCORER, encoding="utf-8")
    script = ROOT / "scripts" / "train_policy_model.py"
    out = tmp_path / "model.json"
    base = [sys.executable, str(script), "--gold", str(gold), "--scorer", str(scorer), "--cv", "3", "--out", str(out)]
    proc = subprocess.run(base, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    written = out.read_bytes()
    model = PolicyModel.from_json(json.loads(written))
    assert model.meta["documents"] == 6 and model.meta["trained_on"] == "given files: gold.jsonl"
    again = subprocess.run(base + ["--check"], capture_output=True, text=True)  # a second training, same bytes
    assert again.returncode == 0, again.stderr
    assert out.read_bytes() == written
    out.write_bytes(written.replace(b'"threshold"', b'"threshold" ', 1))
    stale = subprocess.run(base + ["--check"], capture_output=True, text=True)
    assert stale.returncode == 1 and "differs" in stale.stderr


def test_training_script_refuses_dev_and_test_files():
    script = ROOT / "scripts" / "train_policy_model.py"
    for path in ("eval/holdout3.jsonl", "eval/test-uk.jsonl"):
        proc = subprocess.run([sys.executable, str(script), "--gold", str(ROOT / path), "--scorer", __file__],
                              capture_output=True, text=True)
        assert proc.returncode == 2 and "train documents only" in proc.stderr
