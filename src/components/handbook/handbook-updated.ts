// "Cập nhật lần cuối" of handbook pages: the latest change among the parts shown, and for part 1 its manifestations.
import { getCollection, type CollectionEntry } from 'astro:content';

export async function handbookUpdated(parts: CollectionEntry<'handbook'>[]): Promise<string> {
  const dates = parts.map((p) => p.data.updated);
  if (parts.some((p) => p.data.part === 1)) dates.push(...(await getCollection('manifestations')).map((m) => m.data.updated));
  return dates.sort().at(-1)!;
}
