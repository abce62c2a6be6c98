// What a person or organisation said: every quote with its cue, whether direct, and where it stands.
// @param speaker   name or alias of the speaker, any case (left out: everyone)
// Columns: speaker speaker_name text cue direct doc start end sentence
// Same question as the SPARQL query quotes: (speaker)-[:SAID]->(Quote).
MATCH (sp)-[said:SAID]->(q:Quote)
WHERE $speaker IS NULL
   OR toLower($speaker) IN [label IN coalesce(sp.aliases, []) + [sp.name] | toLower(label)]
RETURN
  sp.uri AS speaker, sp.name AS speaker_name, q.text AS text, said.cue AS cue, said.direct AS direct,
  said.doc AS doc, said.start AS start, said.end AS end, said.sentence AS sentence
ORDER BY speaker_name, doc, start
