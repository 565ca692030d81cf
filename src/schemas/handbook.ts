import { z } from 'astro/zod';
import { updatedDate, vietnameseText } from './common.ts';

export const handbookPart = z.object({
  part: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  title: vietnameseText,
  summary: vietnameseText,
  /** Last change to the file (dd/mm/yyyy): shown as "Cập nhật lần cuối". */
  updated: updatedDate,
});
