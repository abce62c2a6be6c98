import json, sys, re
from pathlib import Path
DOCS = []
def doc(id, source, text, ents, roles=(), said=(), ann=(), over=(), stats=(), licence="OGL-3.0"):
    text = text.strip("\n")
    entities = []
    for e in ents:
        t, n, *al = e
        entities.append({"type": t, "name": n, "aliases": list(al)})
    st = []
    for s in stats:
        tx, v, u, m, per, pl, src = s
        st.append({"text": tx, "value": v, "unit": u, "measure": m, "period": per, "place": pl, "source": src})
        entities.append({"type": "Statistic", "name": tx, "aliases": []})
    d = {"id": id, "source": source, "licence": licence, "text": text, "entities": entities,
         "roles": [{"person": p, "title": t, "organisation": o} for p, t, o in roles],
         "said": [{"speaker": s, "quote": q, "direct": d} for s, q, d in said],
         "announced": [{"agent": a, "policy": p} for a, p in ann],
         "oversees": [{"overseer": a, "overseen": b} for a, b in over],
         "statistics": st}
    # sanity: repeated stat texts
    Path(f"/work/wt/annot-uk2/eval/src/out/{id}.json").write_text(json.dumps(d, ensure_ascii=False))
    print(id, len(text.split()), "words")
