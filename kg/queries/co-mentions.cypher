// Documents that mention both A and B (people, organisations, policies or places), with the sentence where each is first named.
// @param a   name or alias of the first entity, any case (left out: any)
// @param b   name or alias of the second entity, any case (left out: any)
// Columns: doc published a a_name b b_name sentence_a sentence_b
// One row per document and pair. Same question as the SPARQL query co-mentions.
MATCH (d:Document)-[ma:MENTIONS]->(a), (d)-[mb:MENTIONS]->(b)
WHERE a <> b
  AND any(label IN labels(a) WHERE label IN ['Person', 'Organisation', 'Policy', 'Place'])
  AND any(label IN labels(b) WHERE label IN ['Person', 'Organisation', 'Policy', 'Place'])
  AND ($a IS NULL OR toLower($a) IN [label IN coalesce(a.aliases, []) + [a.name] | toLower(label)])
  AND ($b IS NULL OR toLower($b) IN [label IN coalesce(b.aliases, []) + [b.name] | toLower(label)])
RETURN DISTINCT
  d.doc AS doc, left(d.published, 10) AS published, a.uri AS a, a.name AS a_name, b.uri AS b, b.name AS b_name,
  ma.sentence AS sentence_a, mb.sentence AS sentence_b
ORDER BY doc, a_name, b_name
