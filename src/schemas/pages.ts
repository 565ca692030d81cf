import { z } from 'astro/zod';
import { updatedDate, vietnameseText } from './common.ts';

/** A standalone page of the site written by the editors, e.g. "Về nội dung và nguồn". */
export const sitePage = z.object({
  title: vietnameseText,
  summary: vietnameseText,
  /** Last change to the file (dd/mm/yyyy): shown as "Cập nhật lần cuối". */
  updated: updatedDate,
});
