// Shared by both columns' rss.xml endpoints (the leading underscore keeps this file from becoming a route).
import { columnFeedPath, columnPath, issuePath } from '../../lib/paths.ts';
import type { ColumnId } from '../../lib/vocabulary.ts';
import { publication, siteConfig } from '../../site.config.ts';
import { columnDescriptions, columnLabels } from '../../ui/labels.ts';
import { buildRss } from '../../lib/feed.ts';
import { issueSlug, published } from '../../lib/columns.ts';
import { allColumnIssues } from '../../components/published-issues.ts';

export async function columnFeedResponse(column: ColumnId): Promise<Response> {
  // Never a draft nor an issue dated later, even under `npm run dev`: a feed reader keeps what it has fetched.
  const issues = published(await allColumnIssues(column), { today: publication.today });
  const xml = buildRss(
    {
      title: columnLabels[column],
      path: columnPath(column),
      feedPath: columnFeedPath(column),
      description: columnDescriptions[column],
      items: issues.map((entry) => ({
        title: entry.data.title,
        path: issuePath(column, issueSlug(entry.id)),
        description: entry.data.summary,
        date: entry.data.date!,
      })),
    },
    siteConfig.url,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
