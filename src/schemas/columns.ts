import { z } from 'astro/zod';
import { fromIsoDate } from '../lib/dates.ts';
import { columnIds, columns } from '../lib/vocabulary.ts';
import { CONTENT_FIRST_WRITTEN, source, updatedDate, vietnameseDate, vietnameseText } from './common.ts';

export const columnIssue = z
  .object({
    column: z.enum(columnIds),
    /** Required unless the issue is a draft: a draft has no number until it is scheduled. */
    issue: z.number().int().positive().optional(),
    /** Publication day; the issue is not published before it. Required unless the issue is a draft. */
    date: vietnameseDate.optional(),
    /** Why an issue appeared off its column's day; required in that case. */
    offDayReason: vietnameseText.optional(),
    title: vietnameseText,
    /** The relic or person the issue is about. */
    subject: vietnameseText,
    summary: vietnameseText,
    sources: z.array(source).default([]),
    /** Last change to the file (dd/mm/yyyy). */
    updated: updatedDate,
    /** A draft is built by `npm run dev` for editors and left out of `npm run build`: no page, feed or listing. */
    draft: z.boolean().default(false),
  })
  .superRefine((entry, ctx) => {
    if (!entry.draft) {
      if (entry.issue === undefined) {
        ctx.addIssue({ code: 'custom', path: ['issue'], message: 'an issue that is not a draft needs its issue number' });
      }
      if (entry.date === undefined) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'an issue that is not a draft needs its publication date (dd/mm/yyyy)' });
      }
      if (entry.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'an issue that is not a draft needs its sources' });
      }
    } else {
      // A draft's date or number would be shown in development as if it were settled.
      if (entry.issue !== undefined) ctx.addIssue({ code: 'custom', path: ['issue'], message: 'a draft has no issue number' });
      if (entry.date !== undefined) ctx.addIssue({ code: 'custom', path: ['date'], message: 'a draft has no date' });
    }
    if (entry.date !== undefined) {
      if (entry.date < CONTENT_FIRST_WRITTEN) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: `an issue is dated on the day it is published, not before the site's content existed (${CONTENT_FIRST_WRITTEN})` });
      }
      const day = fromIsoDate(entry.date).day;
      const columnDay = columns[entry.column].day;
      if (day !== columnDay && !entry.offDayReason) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `column ${entry.column} appears on day ${columnDay}; give offDayReason for day ${day}`,
        });
      }
    }
  });

export type ColumnIssue = z.infer<typeof columnIssue>;
