// Statistics with their source sentences: every figure, what it counts, for which period and place, who reported it, and the sentence it was read from.
// @param organisation   name or alias of the organisation (or person) that reported the figure, any case (left out: all)
// @param measure        words the measure must contain, any case, e.g. "deaths" (left out: all)
// @param place          name of the place the figure covers, any case (left out: all)
// @param doc            id of the document the figure was read from (left out: all documents)
// @param change         a change the figure reports: up, down, rise, fall, ... or "any" for every figure that reports a change (left out: all figures)
// @param from           first day, YYYY-MM-DD: only figures whose period interval ends on or after it (left out: no limit)
// @param to             last day, YYYY-MM-DD: only figures whose period interval begins on or before it (left out: no limit)
// Columns: statistic name value unit measure change period period_start period_end place reported_by doc sentence
// period_start/period_end are the period's interval (Neo4j dates); with from or to, figures without one are left out.
// reported_by is the REPORTED_BY agent's name, else the statistic's source as written. sentence is the
// sentence of the REPORTED_BY link, else of a MENTIONS link to the figure (the first in text order).
// Same question as the SPARQL query statistics.
MATCH (s:Statistic)
WHERE ($doc IS NULL OR EXISTS { MATCH (s)-[:DERIVED_FROM]->(:Document {doc: $doc}) })
  AND ($change IS NULL OR (s.change IS NOT NULL AND (toLower($change) = 'any' OR toLower(s.change) = toLower($change))))
  AND ($from IS NULL OR s.period_end >= date($from))
  AND ($to IS NULL OR s.period_start <= date($to))
  AND ($measure IS NULL OR toLower(coalesce(s.measure, '')) CONTAINS toLower($measure))
  AND ($place IS NULL
       OR toLower(coalesce(s.place, '')) = toLower($place)
       OR EXISTS {
         MATCH (s)-[:LOCATED_IN]->(pl:Place)
         WHERE toLower($place) IN [label IN coalesce(pl.aliases, []) + [pl.name] | toLower(label)]
       })
  AND ($organisation IS NULL
       OR EXISTS {
         MATCH (s)-[:REPORTED_BY]->(agent)
         WHERE toLower($organisation) IN [label IN coalesce(agent.aliases, []) + [agent.name] | toLower(label)]
       }
       OR toLower(coalesce(s.source, '')) = toLower($organisation))
OPTIONAL MATCH (s)-[rep:REPORTED_BY]->(agent)
WITH s, agent, rep ORDER BY agent.name, rep.start
WITH s, collect(agent.name)[0] AS reporter, collect(rep.sentence)[0] AS reported_sentence
OPTIONAL MATCH ()-[men:MENTIONS]->(s)
WITH s, reporter, reported_sentence, men ORDER BY coalesce(men.start, 0)
WITH s, reporter, reported_sentence, collect(men.sentence)[0] AS mention_sentence
OPTIONAL MATCH (s)-[:DERIVED_FROM]->(d:Document)
WITH s, reporter, reported_sentence, mention_sentence, min(d.doc) AS doc
RETURN
  s.uri AS statistic, s.name AS name, s.value AS value, s.unit AS unit, s.measure AS measure, s.change AS change,
  s.period AS period, toString(s.period_start) AS period_start, toString(s.period_end) AS period_end, s.place AS place,
  coalesce(reporter, s.source) AS reported_by, doc,
  coalesce(s.sentence, reported_sentence, mention_sentence) AS sentence
ORDER BY doc, measure, value, statistic
