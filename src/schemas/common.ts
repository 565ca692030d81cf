import { z } from 'astro/zod';
import { parseVietnameseDate, toIsoDate } from '../lib/dates.ts';

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
