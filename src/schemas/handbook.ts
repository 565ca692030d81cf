import { z } from 'astro/zod';
import { vietnameseText } from './common.ts';

export const handbookPart = z.object({
  part: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  title: vietnameseText,
  summary: vietnameseText,
});
