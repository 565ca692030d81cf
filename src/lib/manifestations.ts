// Ordering, grouping and naming of the 27 manifestations for pages. Pure: no DOM, no Astro.
import { manifestationGroups, type Group } from './vocabulary.ts';

/** What the pages need of a manifestation (a subset of the content collection's entry data). */
export interface ManifestationLike {
  number: number;
  group: Group;
  numberInGroup: number;
}

export interface ManifestationGroup<T extends ManifestationLike> {
  group: Group;
  manifestations: T[];
}

/** Groups A, B, C in that order, each sorted by its number, whatever order the data came in. */
export function groupManifestations<T extends ManifestationLike>(manifestations: readonly T[]): ManifestationGroup<T>[] {
  const sorted = [...manifestations].sort((a, b) => a.number - b.number);
  return manifestationGroups.map((group) => ({ group, manifestations: sorted.filter((m) => m.group === group) })).filter(
    (g) => g.manifestations.length > 0,
  );
}

/** Fragment id of a manifestation on /nghi-quyet/, handbook part 1 and the self-check (links: lib/paths.ts). */
export function manifestationAnchor(number: number): string {
  return `bieu-hien-${number}`;
}

/** Fragment id of a group's heading. */
export function groupAnchor(group: Group): string {
  return `nhom-${group.toLowerCase()}`;
}

/** "Biểu hiện 4 — nhóm A, số 4": the site-wide number and the resolution's own numbering inside its group. */
export function manifestationNumbering(m: ManifestationLike): string {
  return `Biểu hiện ${m.number} — nhóm ${m.group}, số ${m.numberInGroup}`;
}

/** Where the Party publishes the resolution's official full text; we link there rather than reconstruct it. */
export const RESOLUTION_OFFICIAL_URL = 'https://tulieuvankien.dangcongsan.vn/';

/** Puts a known fragment of official wording in quotation marks, unless it already is a quoted phrase. */
export function quoteFragment(fragment: string): string {
  return /^["“]/.test(fragment) ? fragment : `“${fragment}”`;
}
