import { z } from 'astro/zod';
import { source, updatedDate, vietnameseText } from './common.ts';

export const provenanceStatuses = ['nguyen-van', 'nguyen-van-mot-nguon', 'trich-doan', 'tom-tat'] as const;
export type ProvenanceStatus = (typeof provenanceStatuses)[number];

export const groups = ['A', 'B', 'C'] as const;
export type Group = (typeof groups)[number];

const GROUP_OFFSET: Record<Group, number> = { A: 0, B: 9, C: 18 };

export const selfCheckItem = z.object({
  /** Stable id "1a" … "27c": answers are keyed by it, so never renumber. */
  id: z.string().regex(/^([1-9]|1\d|2[0-7])[abc]$/, 'item id must be 1a … 27c'),
  /** One behaviour, written "Tôi có lúc …", so that "Có" always means it is present in the one answering. */
  text: vietnameseText.refine((text) => text.startsWith('Tôi có lúc '), { message: 'an item is written "Tôi có lúc …" so that "Có" means the behaviour is present' }),
});

export const manifestation = z
  .object({
    /** Site-wide number 1–27 as a string (the file loader keys entries by id). */
    id: z.string(),
    number: z.number().int().min(1).max(27),
    group: z.enum(groups),
    numberInGroup: z.number().int().min(1).max(9),
    shortName: vietnameseText,
    status: z.enum(provenanceStatuses),
    /** Official wording, or the known fragment for trich-doan; never our own words. */
    officialText: vietnameseText.optional(),
    /** Our own summary; required where the full official wording is not known. */
    summary: vietnameseText.optional(),
    sources: z.array(source).default([]),
    items: z.array(selfCheckItem).length(3),
    /** Last change to this record (dd/mm/yyyy); pages built from the file show the latest. */
    updated: updatedDate,
  })
  .superRefine((m, ctx) => {
    if (m.id !== String(m.number)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must equal number (${m.number})` });
    }
    if (GROUP_OFFSET[m.group] + m.numberInGroup !== m.number) {
      ctx.addIssue({ code: 'custom', path: ['numberInGroup'], message: `group ${m.group} number ${m.numberInGroup} is not manifestation ${m.number}` });
    }
    const expectedIds = ['a', 'b', 'c'].map((letter) => `${m.number}${letter}`);
    m.items.forEach((item, index) => {
      if (item.id !== expectedIds[index]) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `expected ${expectedIds[index]}` });
      }
    });
    const official = m.status === 'nguyen-van' || m.status === 'nguyen-van-mot-nguon';
    if ((official || m.status === 'trich-doan') && !m.officialText) {
      ctx.addIssue({ code: 'custom', path: ['officialText'], message: `status ${m.status} needs the official wording or fragment` });
    }
    if (m.status === 'tom-tat' && m.officialText) {
      ctx.addIssue({ code: 'custom', path: ['officialText'], message: 'status tom-tat must not carry official wording' });
    }
    if (!official && !m.summary) {
      ctx.addIssue({ code: 'custom', path: ['summary'], message: `status ${m.status} needs our own summary` });
    }
    if (m.status !== 'tom-tat' && m.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'quoted wording needs at least one source' });
    }
  });

export type Manifestation = z.infer<typeof manifestation>;
