// What a person or organisation said: every quote with its cue, whether direct, and where it stands.
// @param speaker   name or alias of the speaker, any case (left out: everyone)
// @param from      first day, YYYY-MM-DD: only documents published on or after it (left out: no limit)
// @param to        last day, YYYY-MM-DD: only documents published on or before it (left out: no limit)
// Columns: speaker speaker_name text cue direct doc published start end sentence
// published is the document's publication day (YYYY-MM-DD), empty when the document has none.
// Same question as the SPARQL query quotes: (speaker)-[:SAID]->(Quote).
MATCH (sp)-[said:SAID]->(q:Quote)
OPTIONAL MATCH (d:Document {doc: said.doc})
WITH sp, said, q, left(d.published, 10) AS published
WHERE ($speaker IS NULL
       OR toLower($speaker) IN [label IN coalesce(sp.aliases, []) + [sp.name] | toLower(label)])
  AND ($from IS NULL OR published >= $from)
  AND ($to IS NULL OR published <= $to)
RETURN
  sp.uri AS speaker, sp.name AS speaker_name, q.text AS text, said.cue AS cue, said.direct AS direct,
  said.doc AS doc, published, said.start AS start, said.end AS end, said.sentence AS sentence
ORDER BY speaker_name, doc, start
