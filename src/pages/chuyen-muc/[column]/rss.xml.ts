// Every column's RSS feed, written by @astrojs/rss from the options lib/feed.ts builds.
import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { publication, siteConfig } from '../../../site.config.ts';
import { columnIds, columns, type ColumnId } from '../../../lib/vocabulary.ts';
import { columnFeedPath, columnPath, issuePath } from '../../../lib/paths.ts';
import { issueSlug, published } from '../../../lib/columns.ts';
import { allColumnIssues } from '../../../components/published-issues.ts';
import { feedOptions } from '../../../lib/feed.ts';

export const getStaticPaths = (() => columnIds.map((column) => ({ params: { column } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const column = params.column as ColumnId;
  // Never a draft nor an issue dated later, even under `npm run dev`: a feed reader keeps what it has fetched.
  const issues = published(await allColumnIssues(column), { today: publication.today });
  const options = feedOptions(
    {
      title: columns[column].title,
      path: columnPath(column),
      feedPath: columnFeedPath(column),
      description: columns[column].description,
      items: issues.map((entry) => ({
        title: entry.data.title,
        path: issuePath(column, issueSlug(entry.id)),
        description: entry.data.summary,
        date: entry.data.date!,
      })),
    },
    siteConfig.url,
  );
  const response = await rss(options);
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
};
