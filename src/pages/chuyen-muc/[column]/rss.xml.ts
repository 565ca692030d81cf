// Every column's RSS feed, written by @astrojs/rss from the options lib/feed.ts builds.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import { siteConfig } from '../../../site.config.ts';
import { columnIds, columns, type ColumnId } from '../../../lib/vocabulary.ts';
import { columnFeedPath, columnPath, issuePath } from '../../../lib/paths.ts';
import { issueSlug } from '../../../lib/columns.ts';
import { feedOptions } from '../../../lib/feed.ts';

export const getStaticPaths = (() => columnIds.map((column) => ({ params: { column } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const column = params.column as ColumnId;
  const issues = await getCollection('columnIssues', (entry) => entry.data.column === column);
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
        date: entry.data.date,
        sample: entry.data.sample,
      })),
    },
    siteConfig.url,
  );
  const response = await rss(options);
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
};
