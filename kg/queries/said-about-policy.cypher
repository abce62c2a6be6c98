// Who said what about a policy: every quote that mentions the policy, with its speaker and source sentence.
// @param policy   name or alias of the policy, any case (left out: every policy)
// @param from     first day, YYYY-MM-DD: only documents published on or after it (left out: no limit)
// @param to       last day, YYYY-MM-DD: only documents published on or before it (left out: no limit)
// Columns: speaker speaker_name policy policy_name quote text cue doc published start end sentence
// Same question as the SPARQL query said-about-policy: (speaker)-[:SAID]->(Quote)-[:MENTIONS]->(Policy).
MATCH (speaker)-[said:SAID]->(q:Quote)-[:MENTIONS]->(p:Policy)
OPTIONAL MATCH (d:Document {doc: said.doc})
WITH speaker, said, q, p, left(d.published, 10) AS published
WHERE ($policy IS NULL
       OR toLower($policy) IN [label IN coalesce(p.aliases, []) + [p.name] | toLower(label)])
  AND ($from IS NULL OR published >= $from)
  AND ($to IS NULL OR published <= $to)
RETURN DISTINCT
  speaker.uri AS speaker, speaker.name AS speaker_name,
  p.uri AS policy, p.name AS policy_name,
  q.uri AS quote, q.text AS text, said.cue AS cue,
  said.doc AS doc, published, said.start AS start, said.end AS end, said.sentence AS sentence
ORDER BY policy_name, doc, start, speaker_name
