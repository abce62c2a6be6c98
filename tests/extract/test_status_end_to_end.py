"""A measure only considered, proposed or rejected keeps that status from the sentence to graph.json, the RDF store
and the shipped ``announcements`` query: a real ``kg build --store`` of a story written for this test."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

STORY = (
    "Kent Police launched Operation Tamar in May to tackle burglary. "
    "Essex Police is considering using live facial recognition cameras at railway stations. "
    "The Home Office has rejected plans to introduce a curfew for teenagers. "
    "The Home Office has launched a consultation on proposals to extend Serious Violence Reduction Orders. "
    "The figures come ahead of the introduction of a new Victims and Prisoners Bill.\n"
)
AGENTLESS = "The figures come ahead of the introduction of a new Victims and Prisoners Bill."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("status")
    (tmp / "story.txt").write_text(STORY, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp / "story.txt"), "--out", str(tmp / "out"),
                           "--store", str(tmp / "store")], capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    return tmp


def test_statuses_reach_graph_json(built: Path) -> None:
    graph = json.loads((built / "out" / "graph.json").read_text(encoding="utf-8"))
    names = {n["id"]: n.get("name") for n in graph["nodes"]}
    found = {(names[l["source"]], names[l["target"]]): l.get("status") for l in graph["links"] if l["type"] == "ANNOUNCED"}
    assert found[("Kent Police", "Operation Tamar")] == "announced"
    assert found[("Essex Police", "live facial recognition")] == "considered"
    assert found[("Home Office", "curfew for teenagers")] == "rejected"
    assert found[("Home Office", "Serious Violence Reduction Orders")] == "proposed"
    # nobody is named as proposing the bill: the document's mention of it carries the status and its sentence
    bill = [l for l in graph["links"] if names[l["target"]] == "Victims and Prisoners Bill" and l.get("status")]
    assert [(l["type"], l["source"], l["status"], l["sentence"]) for l in bill] == \
        [("MENTIONS", "doc/story", "proposed", AGENTLESS)]
    assert not any(l["type"] == "ANNOUNCED" and names[l["target"]] == "Victims and Prisoners Bill"
                   for l in graph["links"])


def test_the_announcements_query_filters_and_shows_the_status(built: Path) -> None:
    from kg.store import Store, shipped_queries

    st = Store(built / "store", read_only=True)
    try:
        q = shipped_queries()["announcements"]
        announced = {(r["agent_name"], r["policy_name"]) for r in st.query(q.bind({"status": "announced"})).rows}
        assert ("Kent Police", "Operation Tamar") in announced
        assert not any(p in {"live facial recognition", "curfew for teenagers", "Serious Violence Reduction Orders"}
                       for _, p in announced)  # only considered, rejected or proposed: not presented as announced
        every = {str(r["policy_name"]): str(r["status"]) for r in st.query(q.bind({})).rows}
        assert every["live facial recognition"] == "considered"
        assert every["curfew for teenagers"] == "rejected"
        assert every["Serious Violence Reduction Orders"] == "proposed"
        proposed = st.query(q.bind({"status": "proposed"})).rows
        bill = [r for r in proposed if r["policy_name"] == "Victims and Prisoners Bill"]
        assert len(bill) == 1 and bill[0].get("agent") is None and bill[0].get("agent_name") is None
        assert (str(bill[0]["sentence"]), str(bill[0]["doc"]), str(bill[0]["policy_type"])) == \
            (AGENTLESS, "story", "Policy")
        by_home_office = st.query(q.bind({"agent": "Home Office"})).rows
        assert by_home_office and not any(r["policy_name"] == "Victims and Prisoners Bill" for r in by_home_office)
    finally:
        st.close()
