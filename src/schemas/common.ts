import { z } from 'astro/zod';
import { parseVietnameseDate, siteToday, toIsoDate } from '../lib/dates.ts';

/** A date written dd/mm/yyyy in content; becomes the ISO string "yyyy-mm-dd". */
export const vietnameseDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date) {
    ctx.addIssue({
      code: 'custom',
      message: 'write the date as dd/mm/yyyy (e.g. 30/10/2016); an ISO date is parsed by YAML and an impossible one would silently roll over',
    });
    return z.NEVER;
  }
  if (typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', message: `expected a date written dd/mm/yyyy, got ${typeof value}` });
    return z.NEVER;
  }
  const parsed = parseVietnameseDate(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date in the form dd/mm/yyyy` });
    return z.NEVER;
  }
  return toIsoDate(parsed);
});

/** Visible text must be NFC so search, sorting and comparison behave. */
export const vietnameseText = z
  .string()
  .min(1)
  .refine((s) => s === s.normalize('NFC'), { message: 'text must be Unicode NFC' });

export const source = z.object({
  /** Publication or site, e.g. "Báo Nhân Dân". */
  name: vietnameseText,
  url: z.url().optional(),
  /** Free-form date as the source gives it, e.g. "26/04/2017". */
  date: z.string().optional(),
});

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be ASCII lower-case words joined by hyphens');

/** The day the site's content was first written: no page may claim an earlier date of its own. */
export const CONTENT_FIRST_WRITTEN = '2026-11-26';

/**
 * "Cập nhật lần cuối": the day an editor last changed the file, dd/mm/yyyy. Written in the file rather than
 * read from git, because CI and hosting build from shallow clones whose history does not reach the file's
 * last change. Checked: not before the content existed, not after the build's today (SITE_NOW or the clock).
 */
export const updatedDate = vietnameseDate.superRefine((iso, ctx) => {
  if (iso < CONTENT_FIRST_WRITTEN) {
    ctx.addIssue({ code: 'custom', message: `updated ${iso} is before the content was first written (${CONTENT_FIRST_WRITTEN})` });
  }
  const today = siteToday(new Date(), process.env.SITE_NOW);
  if (iso > today) {
    ctx.addIssue({ code: 'custom', message: `updated ${iso} is in the future (today is ${today}); write the day of the change` });
  }
});
