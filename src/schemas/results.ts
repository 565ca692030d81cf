import { z } from 'astro/zod';
import { updatedDate, vietnameseText } from './common.ts';

/** One table of published figures; charts are drawn from it at build time. */
export const resultsTable = z
  .object({
    id: z.string(),
    title: vietnameseText,
    /** What the figures are and where they come from, shown under the table. */
    description: vietnameseText,
    chart: z.enum(['bar', 'none']).default('bar'),
    /** Key of the column the bars show; defaults to the first number or percent column. */
    chartKey: z.string().optional(),
    columns: z.array(z.object({ key: z.string(), label: vietnameseText, kind: z.enum(['text', 'number', 'percent']) })).min(2),
    /** A string in a number column is shown as written, e.g. "không nêu" where the source gives no figure. */
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))).min(1),
    note: vietnameseText.optional(),
    /** Last change to this table (dd/mm/yyyy); the page shows the latest. */
    updated: updatedDate,
  })
  .superRefine((table, ctx) => {
    const keys = new Set(table.columns.map((column) => column.key));
    table.rows.forEach((row, index) => {
      for (const key of Object.keys(row)) {
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['rows', index, key], message: `no column has key ${key}` });
      }
    });
    if (table.chart !== 'bar') return;
    const chartColumn = table.chartKey
      ? table.columns.find((column) => column.key === table.chartKey)
      : table.columns.find((column) => column.kind !== 'text');
    if (!chartColumn || chartColumn.kind === 'text') {
      ctx.addIssue({ code: 'custom', path: ['chartKey'], message: 'a bar chart needs a number or percent column' });
      return;
    }
    table.rows.forEach((row, index) => {
      if (typeof row[chartColumn.key] !== 'number') {
        ctx.addIssue({ code: 'custom', path: ['rows', index, chartColumn.key], message: 'every charted row needs a number' });
      }
    });
  });

export type ResultsTable = z.infer<typeof resultsTable>;
