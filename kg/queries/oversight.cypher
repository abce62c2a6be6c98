// Oversight above a body: every OVERSEES link on a chain (one to six links) that ends at the body, with its sentence.
// @param overseen   name or alias of the body at the foot of the chain, e.g. a force, any case (left out: every body overseen)
// @param overseer   name or alias of the overseeing body or person of the link, any case (left out: all)
// Columns: target target_name overseer overseer_name overseen overseen_name hops basis doc sentence
// hops is how far the link's overseer stands above the target (1 = oversees it directly); basis is "registry" for a
// link from kg's registry, else empty. Same question as the SPARQL query oversight.
MATCH (a)-[r:OVERSEES]->(b)
MATCH chain = (b)-[:OVERSEES*0..5]->(t)
WHERE a <> t
  AND ($overseen IS NULL
       OR toLower($overseen) IN [label IN coalesce(t.aliases, []) + [t.name] | toLower(label)])
  AND ($overseer IS NULL
       OR toLower($overseer) IN [label IN coalesce(a.aliases, []) + [a.name] | toLower(label)])
WITH t, a, b, r, min(length(chain)) + 1 AS hops
RETURN
  t.uri AS target, t.name AS target_name, a.uri AS overseer, a.name AS overseer_name,
  b.uri AS overseen, b.name AS overseen_name, hops, r.basis AS basis, r.doc AS doc, r.sentence AS sentence
ORDER BY target_name, hops, overseer_name, doc, r.start
