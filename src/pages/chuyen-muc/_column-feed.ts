// Shared by both columns' rss.xml endpoints (the leading underscore keeps this file from becoming a route).
import { getCollection } from 'astro:content';
import type { ColumnId } from '../../lib/vocabulary.ts';
import { siteConfig } from '../../site.config.ts';
import { columnDescriptions, columnLabels } from '../../ui/labels.ts';
import { buildRss } from '../../lib/feed.ts';
import { issueSlug } from '../../lib/columns.ts';

export async function columnFeedResponse(column: ColumnId): Promise<Response> {
  const issues = await getCollection('columnIssues', (entry) => entry.data.column === column);
  const xml = buildRss(
    {
      title: columnLabels[column],
      path: `/chuyen-muc/${column}/`,
      feedPath: `/chuyen-muc/${column}/rss.xml`,
      description: columnDescriptions[column],
      items: issues.map((entry) => ({
        title: entry.data.title,
        path: `/chuyen-muc/${column}/${issueSlug(entry.id)}/`,
        description: entry.data.summary,
        date: entry.data.date,
        sample: entry.data.sample,
      })),
    },
    siteConfig.url,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
