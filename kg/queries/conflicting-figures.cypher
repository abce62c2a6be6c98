// Conflicting figures: two statistics for the same measure, place, unit and period interval whose values differ.
// @param measure   words the measure must contain, any case (left out: all)
// Columns: measure place period_start period_end unit statistic_a value_a reported_by_a doc_a sentence_a statistic_b value_b reported_by_b doc_b sentence_b
// Measures and places are compared ignoring case (a figure with no place matches one with no place); both
// figures need a period interval and the same change (or none). Each pair once: statistic_a sorts before statistic_b.
// Same question as the SPARQL query conflicting-figures.
MATCH (a:Statistic), (b:Statistic)
WHERE a.uri < b.uri
  AND a.period_start IS NOT NULL AND a.period_start = b.period_start AND a.period_end = b.period_end
  AND a.measure IS NOT NULL AND toLower(a.measure) = toLower(b.measure)
  AND a.unit = b.unit AND a.value <> b.value
  AND toLower(coalesce(a.place, '')) = toLower(coalesce(b.place, ''))
  AND coalesce(a.change, '') = coalesce(b.change, '')
  AND ($measure IS NULL OR toLower(a.measure) CONTAINS toLower($measure))
OPTIONAL MATCH (a)-[:REPORTED_BY]->(ra)
WITH a, b, min(ra.name) AS reported_by_a
OPTIONAL MATCH (b)-[:REPORTED_BY]->(rb)
WITH a, b, reported_by_a, min(rb.name) AS reported_by_b
OPTIONAL MATCH (a)-[:DERIVED_FROM]->(da:Document)
WITH a, b, reported_by_a, reported_by_b, min(da.doc) AS doc_a
OPTIONAL MATCH (b)-[:DERIVED_FROM]->(db:Document)
WITH a, b, reported_by_a, reported_by_b, doc_a, min(db.doc) AS doc_b
RETURN
  a.measure AS measure, a.place AS place, toString(a.period_start) AS period_start, toString(a.period_end) AS period_end,
  a.unit AS unit,
  a.uri AS statistic_a, a.value AS value_a, reported_by_a, doc_a, a.sentence AS sentence_a,
  b.uri AS statistic_b, b.value AS value_b, reported_by_b, doc_b, b.sentence AS sentence_b
ORDER BY measure, period_start, statistic_a, statistic_b
