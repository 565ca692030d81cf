import { z } from 'astro/zod';
import { documentStatuses, documentTypes, issuerLevels } from '../lib/vocabulary.ts';
import { slug, source, vietnameseDate, vietnameseText } from './common.ts';

export const document = z.object({
  title: vietnameseText,
  type: z.enum(documentTypes),
  /** Official number such as "04-NQ/TW"; omitted when not known, never invented. */
  number: vietnameseText.optional(),
  issuer: vietnameseText,
  /** Level of the issuer, used to group and filter. */
  issuerLevel: z.enum(issuerLevels),
  date: vietnameseDate.optional(),
  /** Year of issue when the exact date is unknown but the year is. */
  year: z.number().int().min(1930).max(2100).optional(),
  signer: vietnameseText.optional(),
  /** Trích yếu: what the document is about, in one sentence. */
  summary: vietnameseText,
  status: z.enum(documentStatuses).default('chua-cap-nhat'),
  related: z.array(slug).default([]),
  officialUrl: z.url().optional(),
  /** True only when the body holds the document's own text. */
  hasFullText: z.boolean().default(false),
  sources: z.array(source).default([]),
});
