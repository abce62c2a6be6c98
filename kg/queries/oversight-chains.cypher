// Oversight chains: which bodies oversee an organisation (a police force, say), directly or through others.
// @param overseer   name or alias of the organisation or person at the top of the chain, any case (left out: all)
// @param overseen   name or alias of the organisation, policy or area overseen, e.g. a force (left out: all)
// Columns: overseer overseer_name overseen overseen_name overseen_type hops
// hops is the length of the shortest OVERSEES chain (1 = a direct link), up to 6.
// Same question as the SPARQL query oversight-chains: (a)-[:OVERSEES*]->(b).
MATCH chain = (a)-[:OVERSEES*1..6]->(b)
WHERE a <> b
  AND ($overseer IS NULL
       OR toLower($overseer) IN [label IN coalesce(a.aliases, []) + [a.name] | toLower(label)])
  AND ($overseen IS NULL
       OR toLower($overseen) IN [label IN coalesce(b.aliases, []) + [b.name] | toLower(label)])
WITH a, b, min(length(chain)) AS hops
RETURN
  a.uri AS overseer, a.name AS overseer_name,
  b.uri AS overseen, b.name AS overseen_name, head(labels(b)) AS overseen_type,
  hops
ORDER BY overseer_name, hops, overseen_name
