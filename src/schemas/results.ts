import { z } from 'astro/zod';
import { updatedDate, vietnameseText } from './common.ts';

export const columnKinds = ['text', 'number', 'percent'] as const;
export const chartKinds = ['bar', 'none'] as const;

const column = z.object({
  /** The name of the column's cells in each row (code name, ASCII). */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a column key is lower-case ASCII letters, digits and _'),
  label: vietnameseText,
  kind: z.enum(columnKinds),
});
export type ResultsColumn = z.infer<typeof column>;

/** The column the bar chart draws: chartKey, or the first number or percent column. */
export function chartColumnOf(table: { chart: string; chartKey?: string | undefined; columns: ResultsColumn[] }): ResultsColumn | undefined {
  if (table.chart !== 'bar') return undefined;
  return table.chartKey ? table.columns.find((c) => c.key === table.chartKey) : table.columns.find((c) => c.kind !== 'text');
}

/**
 * Whether every row must fill this column: text columns and the charted column must; another number or percent
 * cell may be left blank where the source gives no figure, and the page writes "không nêu" there. The CMS
 * configuration (src/cms/config.ts) asks for exactly these cells.
 */
export function cellRequired(table: { chart: string; chartKey?: string | undefined; columns: ResultsColumn[] }, key: string): boolean {
  const found = table.columns.find((c) => c.key === key);
  return found?.kind === 'text' || chartColumnOf(table)?.key === key;
}

/**
 * One table of published figures, one file in content/ket-qua/ (its name is the table's id); charts are drawn
 * from it at build time. Every row has the cells its columns name, so the CMS edits the rows with fixed fields.
 */
export const resultsTable = z
  .object({
    title: vietnameseText,
    /** What the figures are and where they come from, shown under the table. */
    description: vietnameseText,
    chart: z.enum(chartKinds).default('bar'),
    /** Key of the column the bars show; defaults to the first number or percent column. */
    chartKey: z.string().optional(),
    columns: z.array(column).min(2),
    /** A cell is text in a text column and a number in a number or percent column. */
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))).min(1),
    note: vietnameseText.optional(),
    /** Last change to this table (dd/mm/yyyy); the page shows the latest. */
    updated: updatedDate,
  })
  .superRefine((table, ctx) => {
    const keys = table.columns.map((c) => c.key);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) ctx.addIssue({ code: 'custom', path: ['columns', index, 'key'], message: `two columns have the key ${key}` });
    });
    if (table.columns[0]?.kind !== 'text') {
      ctx.addIssue({ code: 'custom', path: ['columns', 0, 'kind'], message: 'the first column names the row: it must be text' });
    }
    const chartColumn = chartColumnOf(table);
    if (table.chart === 'bar' && (!chartColumn || chartColumn.kind === 'text')) {
      ctx.addIssue({ code: 'custom', path: ['chartKey'], message: 'a bar chart needs a number or percent column (chartKey)' });
      return;
    }
    table.rows.forEach((row, index) => {
      for (const key of Object.keys(row)) {
        if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['rows', index, key], message: `no column has the key ${key}` });
      }
      for (const c of table.columns) {
        const value = row[c.key];
        if (value === undefined || value === '') {
          if (cellRequired(table, c.key)) ctx.addIssue({ code: 'custom', path: ['rows', index, c.key], message: `every row needs a value in column ${c.key}` });
        } else if (c.kind === 'text' ? typeof value !== 'string' || value !== value.normalize('NFC') : typeof value !== 'number') {
          ctx.addIssue({ code: 'custom', path: ['rows', index, c.key], message: c.kind === 'text' ? 'expected NFC text' : `expected a number (column ${c.key} is ${c.kind}); leave the cell out where the source gives none` });
        }
      }
    });
  });

export type ResultsTable = z.infer<typeof resultsTable>;
