// Who said what about a policy: every quote that mentions the policy, with its speaker and source sentence.
// @param policy   name or alias of the policy, any case (left out: every policy)
// Columns: speaker speaker_name policy policy_name quote text cue doc start end sentence
// Same question as the SPARQL query said-about-policy: (speaker)-[:SAID]->(Quote)-[:MENTIONS]->(Policy).
MATCH (speaker)-[said:SAID]->(q:Quote)-[:MENTIONS]->(p:Policy)
WHERE $policy IS NULL
   OR toLower($policy) IN [label IN coalesce(p.aliases, []) + [p.name] | toLower(label)]
RETURN DISTINCT
  speaker.uri AS speaker, speaker.name AS speaker_name,
  p.uri AS policy, p.name AS policy_name,
  q.uri AS quote, q.text AS text, said.cue AS cue,
  said.doc AS doc, said.start AS start, said.end AS end, said.sentence AS sentence
ORDER BY policy_name, doc, start, speaker_name
