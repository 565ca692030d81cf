import { z } from 'astro/zod';
import { vietnameseText } from './common.ts';

/** One table of published figures; charts are drawn from it at build time. */
export const resultsTable = z.object({
  id: z.string(),
  title: vietnameseText,
  /** What the figures are and where they come from, shown under the table. */
  description: vietnameseText,
  chart: z.enum(['bar', 'none']).default('bar'),
  columns: z.array(z.object({ key: z.string(), label: vietnameseText, kind: z.enum(['text', 'number', 'percent']) })).min(2),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))).min(1),
  note: vietnameseText.optional(),
});
