import { z } from 'astro/zod';
import {
  MANIFESTATIONS_PER_GROUP,
  isFullyQuoted,
  itemScopes,
  manifestationGroups,
  manifestationNumber,
  provenanceStatuses,
  quotesOfficialWording,
} from '../lib/vocabulary.ts';
import { source, updatedDate, vietnameseText } from './common.ts';

/** How an item may open: a lapse "at times", or for an act that is a crime, a plain "did I, in this period". */
export const ITEM_OPENINGS = ['Tôi có lúc ', 'Trong kỳ qua, tôi đã '] as const;

export const selfCheckItem = z.object({
  /** Stable id "1a" … "27c": answers are keyed by it, so never renumber. */
  id: z.string().regex(/^([1-9]|1\d|2[0-7])[abc]$/, 'item id must be 1a … 27c'),
  /** One behaviour, written "Tôi có lúc …" (or "Trong kỳ qua, tôi đã …" for a crime), so "Có" means it is present. */
  text: vietnameseText.refine((text) => ITEM_OPENINGS.some((opening) => text.startsWith(opening)), {
    message: `an item starts "${ITEM_OPENINGS.join('" or "')}" (the second for a crime), so that "Có" means the behaviour is present`,
  }),
  /** Set where the item concerns only office holders or asset declarants; others answer "Không thuộc diện". */
  appliesTo: z.enum(itemScopes).optional(),
  /** Day (dd/mm/yyyy) this wording took effect; answers saved before it were given to an earlier wording. */
  wordingSince: updatedDate.optional(),
});

export const manifestation = z
  .object({
    /** Site-wide number 1–27 as a string (the file loader keys entries by id). */
    id: z.string(),
    number: z.number().int().min(1).max(27),
    group: z.enum(manifestationGroups),
    numberInGroup: z.number().int().min(1).max(MANIFESTATIONS_PER_GROUP),
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
    if (manifestationNumber(m.group, m.numberInGroup) !== m.number) {
      ctx.addIssue({ code: 'custom', path: ['numberInGroup'], message: `group ${m.group} number ${m.numberInGroup} is not manifestation ${m.number}` });
    }
    const expectedIds = ['a', 'b', 'c'].map((letter) => `${m.number}${letter}`);
    m.items.forEach((item, index) => {
      if (item.id !== expectedIds[index]) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `expected ${expectedIds[index]}` });
      }
    });
    const quoted = quotesOfficialWording(m.status);
    if (quoted && !m.officialText) {
      ctx.addIssue({ code: 'custom', path: ['officialText'], message: `status ${m.status} needs the official wording or fragment` });
    }
    if (!quoted && m.officialText) {
      ctx.addIssue({ code: 'custom', path: ['officialText'], message: 'status tom-tat must not carry official wording' });
    }
    if (!isFullyQuoted(m.status) && !m.summary) {
      ctx.addIssue({ code: 'custom', path: ['summary'], message: `status ${m.status} needs our own summary` });
    }
    if (quoted && m.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'quoted wording needs at least one source' });
    }
  });

export type Manifestation = z.infer<typeof manifestation>;
