// /admin/config.yml: the CMS configuration, generated from the content schemas at build (and on each request
// in development). JSON is valid YAML, so no serializer is needed.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadResultsTables } from '../../components/results-tables.ts';
import { buildCmsConfig } from '../../cms/config.ts';
import { siteConfig } from '../../site.config.ts';
import { columnIds } from '../../lib/vocabulary.ts';

export const GET: APIRoute = async () => {
  // The results tables' rows are edited with each table's own columns, as the build read them.
  const results = (await loadResultsTables()).map(({ id, data }) => ({ id, ...data }));
  // The next issue number of each column: one more than the highest written (drafts have none).
  const nextIssues: Record<string, number> = Object.fromEntries(columnIds.map((id) => [id, 1]));
  for (const { data } of await getCollection('columnIssues')) {
    if (data.issue !== undefined) nextIssues[data.column] = Math.max(nextIssues[data.column] ?? 1, data.issue + 1);
  }
  const config = buildCmsConfig({ env: process.env, development: import.meta.env.DEV, siteUrl: siteConfig.url, results, nextIssues });
  return new Response(`${JSON.stringify(config, null, 2)}\n`, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
