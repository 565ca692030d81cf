import { z } from 'astro/zod';
import { fromIsoDate } from '../lib/dates.ts';
import { columnIds, columns } from '../lib/vocabulary.ts';
import { source, vietnameseDate, vietnameseText } from './common.ts';

export const columnIssue = z
  .object({
    column: z.enum(columnIds),
    issue: z.number().int().positive(),
    date: vietnameseDate,
    /** Why an issue appeared off its column's day; required in that case. */
    offDayReason: vietnameseText.optional(),
    title: vietnameseText,
    /** The relic or person the issue is about. */
    subject: vietnameseText,
    summary: vietnameseText,
    sources: z.array(source).default([]),
    /** Written to show the format, not verified fact: labelled on the page and in the feed. */
    sample: z.boolean(),
  })
  .superRefine((entry, ctx) => {
    const day = fromIsoDate(entry.date).day;
    const columnDay = columns[entry.column].day;
    if (day !== columnDay && !entry.offDayReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `column ${entry.column} appears on day ${columnDay}; give offDayReason for day ${day}`,
      });
    }
    if (!entry.sample && entry.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'an issue not marked sample needs its sources' });
    }
  });
