/**
 * The three analyst queries shown in docs/infra.md, also saved in the Athena workgroup as named queries.
 * Athena engine 3 (Trino) expands UNNEST of an array of structs into one column per struct field, so
 * `CROSS JOIN UNNEST(r.contacts) AS c` makes c.mode, c.status, ... available by their field names.
 * "date" and "precision" are quoted because they are SQL keywords.
 */
export interface ExampleQuery {
  id: string;
  title: string;
  description: string;
  sql: string;
}

export function exampleQueries(database: string, table: string): ExampleQuery[] {
  const from = `"${database}"."${table}" AS r`;
  return [
    {
      id: 'AllContacts',
      title: 'Every extracted contact, newest first',
      description: 'One row per diplomatic contact with its article, date precision, place and participants.',
      sql: `SELECT r.id AS article_id,
       r.source.outlet AS outlet,
       r.published."date" AS published,
       c.mode,
       c.status,
       c."date"."value" AS contact_date,
       c."date"."precision" AS date_precision,
       c.location.city AS city,
       array_join(c.countries, '-') AS countries,
       array_join(transform(c.participants, p -> p.name), '; ') AS participants
FROM ${from}
CROSS JOIN UNNEST(r.contacts) AS c
ORDER BY contact_date DESC
LIMIT 500;`,
    },
    {
      id: 'TrackContactsByMonth',
      title: 'US-RU contacts per month, mode and status',
      description: 'How often the two sides met or talked, by month; change the two country codes for another track.',
      sql: `SELECT substr(c."date"."value", 1, 7) AS month,
       c.mode,
       c.status,
       count(*) AS contacts,
       count(DISTINCT r.id) AS articles
FROM ${from}
CROSS JOIN UNNEST(r.contacts) AS c
WHERE contains(c.countries, 'US')
  AND contains(c.countries, 'RU')
  AND c."date"."precision" IN ('day', 'month')
GROUP BY 1, 2, 3
ORDER BY month DESC, contacts DESC;`,
    },
    {
      id: 'StatedConditions',
      title: 'Conditions stated by each side, with their source',
      description: 'Demands, preconditions and red lines by actor, newest articles first.',
      sql: `SELECT k.actor.country AS country,
       k.actor.name AS actor,
       k.kind,
       k.text,
       k.quote,
       coalesce(r.published."date", substr(r.extractedat, 1, 10)) AS published,
       r.source.url AS url
FROM ${from}
CROSS JOIN UNNEST(r.conditions) AS k
WHERE k.actor.country IN ('US', 'RU')
ORDER BY published DESC
LIMIT 200;`,
    },
  ];
}
