import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { manifestation } from './schemas/manifestations.ts';
import { document } from './schemas/documents.ts';
import { handbookPart } from './schemas/handbook.ts';
import { columnIssue } from './schemas/columns.ts';
import { resultsTable } from './schemas/results.ts';
import { sitePage } from './schemas/pages.ts';

// Tests point CONTENT_DIR at a fixture to prove that bad content fails the build.
const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  manifestations: defineCollection({
    loader: file(`${contentDir}/bieu-hien/manifestations.yaml`),
    schema: manifestation,
  }),
  documents: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/van-ban` }),
    schema: document,
  }),
  handbook: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/cam-nang` }),
    schema: handbookPart,
  }),
  // One collection for every column: a folder whose name is not a column of lib/vocabulary.ts fails on the
  // `column` field instead of being skipped, and the column route checks that folder and field agree.
  columnIssues: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/chuyen-muc` }),
    schema: columnIssue,
  }),
  // One YAML file per table, so the CMS edits each table's rows with that table's fixed fields.
  results: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/ket-qua` }),
    schema: resultsTable,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/trang` }),
    schema: sitePage,
  }),
};
