// Announcements: who announced, launched or set up which policy (or body), with its status, document date and sentence.
// @param agent    name or alias of the person or organisation that announced, any case (left out: all)
// @param policy   name or alias of what was announced, any case (left out: all)
// @param status   announced, considered, proposed, planned, rejected or denied, any case (left out: all); a link with no status counts as announced
// @param from     first day, YYYY-MM-DD: only documents published on or after it (left out: no limit)
// @param to       last day, YYYY-MM-DD: only documents published on or before it (left out: no limit)
// Columns: agent agent_name policy policy_name policy_type status cue doc published start end sentence
// One row per ANNOUNCED link, and one per policy a document reports as only considered, proposed, planned or
// rejected with nobody named (the document's MENTIONS link with a status): agent and agent_name are then null.
// Same question as the SPARQL query announcements.
CALL {
  MATCH (a)-[r:ANNOUNCED]->(p)
  RETURN a, r, p
  UNION
  MATCH (:Document)-[r:MENTIONS]->(p)
  WHERE r.status IS NOT NULL
  RETURN null AS a, r, p
}
OPTIONAL MATCH (d:Document {doc: r.doc})
WITH a, r, p, toLower(coalesce(r.status, 'announced')) AS status, left(d.published, 10) AS published
WHERE ($status IS NULL OR status = toLower($status))
  AND ($from IS NULL OR published >= $from)
  AND ($to IS NULL OR published <= $to)
  AND ($agent IS NULL
       OR a IS NOT NULL AND toLower($agent) IN [label IN coalesce(a.aliases, []) + [a.name] | toLower(label)])
  AND ($policy IS NULL
       OR toLower($policy) IN [label IN coalesce(p.aliases, []) + [p.name] | toLower(label)])
RETURN
  a.uri AS agent, a.name AS agent_name, p.uri AS policy, p.name AS policy_name, head(labels(p)) AS policy_type,
  status, r.cue AS cue, r.doc AS doc, published, r.start AS start, r.end AS end, r.sentence AS sentence
ORDER BY published, doc, start, agent_name, policy_name
