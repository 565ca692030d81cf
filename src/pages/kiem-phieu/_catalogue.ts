// The 81 items as the tally pages need them, from the same collection as the self-check.
import { getCollection } from 'astro:content';
import type { Group } from '../../lib/vocabulary.ts';

export interface BallotManifestation {
  number: number;
  group: Group;
  shortName: string;
  items: { id: string; text: string }[];
}

export async function loadBallot(): Promise<BallotManifestation[]> {
  const entries = await getCollection('manifestations');
  return entries
    .map(({ data }) => ({
      number: data.number,
      group: data.group,
      shortName: data.shortName,
      items: data.items.map((item) => ({ id: item.id, text: item.text })),
    }))
    .sort((a, b) => a.number - b.number);
}
