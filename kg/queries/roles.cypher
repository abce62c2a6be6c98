// Roles: who holds which post in which organisation, with the document and sentence that say so; titles seen with no organisation named appear with an empty organisation.
// @param person         name or alias of the person, any case (left out: everyone)
// @param organisation   name or alias of the organisation, any case (left out: all)
// Columns: person person_name title organisation organisation_name doc sentence
// Same question as the SPARQL query roles: (Person)-[:HOLDS_ROLE {title}]->(Organisation), plus Person.titles.
CALL () {
  MATCH (p:Person)-[role:HOLDS_ROLE]->(o)
  RETURN p, role.title AS title, o, role.doc AS doc, role.sentence AS sentence
  UNION
  MATCH (p:Person)
  UNWIND coalesce(p.titles, []) AS title
  WITH p, title
  WHERE NOT EXISTS { MATCH (p)-[other:HOLDS_ROLE]->() WHERE other.title = title }
  RETURN p, title, null AS o, null AS doc, null AS sentence
}
WITH p, title, o, doc, sentence
WHERE ($person IS NULL
       OR toLower($person) IN [label IN coalesce(p.aliases, []) + [p.name] | toLower(label)])
  AND ($organisation IS NULL
       OR (o IS NOT NULL
           AND toLower($organisation) IN [label IN coalesce(o.aliases, []) + [o.name] | toLower(label)]))
RETURN DISTINCT
  p.uri AS person, p.name AS person_name, title,
  o.uri AS organisation, o.name AS organisation_name, doc, sentence
ORDER BY person_name, title, organisation_name, doc
