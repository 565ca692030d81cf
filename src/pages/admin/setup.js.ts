// /admin/setup.js: Decap's preview templates and Vietnamese phrases (src/cms/admin-setup.js), given the column
// names and the preview stylesheet's address from the same modules the site uses.
import type { APIRoute } from 'astro';
import setupScript from '../../cms/admin-setup.js?raw';
import { columnLabels } from '../../ui/labels.ts';
import { adminPaths } from '../../lib/paths.ts';
import { columnIds, columns } from '../../lib/vocabulary.ts';
import { loadResultsTables } from '../../components/results-tables.ts';

export const GET: APIRoute = async () => {
  const columnDays = Object.fromEntries(columnIds.map((id) => [id, columns[id].day]));
  // The results tables' file names: each gets the table preview.
  const resultsTables = (await loadResultsTables()).map((table) => table.id);
  const site = { columnNames: columnLabels, columnDays, previewStyle: adminPaths.previewStyle, resultsTables };
  return new Response(`var SITE = ${JSON.stringify(site)};\n${setupScript}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
