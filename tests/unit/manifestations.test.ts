import { describe, expect, it } from 'vitest';
import { manifestation } from '../../src/schemas/manifestations.ts';
import type { ProvenanceStatus } from '../../src/lib/vocabulary.ts';
import { loadManifestations, readManifestationsYaml } from '../../support/manifestations-data.ts';

const records = loadManifestations();

// Provenance as shared/brief/bieu-hien.md assigns it; everything not listed is tom-tat.
const expectedStatus: Partial<Record<number, ProvenanceStatus>> = {
  1: 'nguyen-van', 2: 'nguyen-van', 3: 'nguyen-van',
  4: 'nguyen-van-mot-nguon', 19: 'nguyen-van-mot-nguon', 20: 'nguyen-van-mot-nguon', 21: 'nguyen-van-mot-nguon',
  22: 'nguyen-van-mot-nguon', 23: 'nguyen-van-mot-nguon', 25: 'nguyen-van-mot-nguon',
  5: 'trich-doan', 13: 'trich-doan', 14: 'trich-doan', 24: 'trich-doan', 26: 'trich-doan',
};

/** Every string anywhere in a value, for the NFC check. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('the manifestations data file', () => {
  it('holds the 27 manifestations numbered 1 to 27 in order', () => {
    expect(records.map((m) => m.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
  });

  it('puts nine in each group A, B and C', () => {
    for (const group of ['A', 'B', 'C'] as const) {
      expect(records.filter((m) => m.group === group).map((m) => m.numberInGroup)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('has 81 items with unique ids 1a … 27c', () => {
    const ids = records.flatMap((m) => m.items.map((item) => item.id));
    const expected = Array.from({ length: 27 }, (_, i) => ['a', 'b', 'c'].map((letter) => `${i + 1}${letter}`)).flat();
    expect(ids).toEqual(expected);
  });

  it('has no two items with the same text', () => {
    const texts = records.flatMap((m) => m.items.map((item) => item.text.trim().toLocaleLowerCase('vi')));
    expect(new Set(texts).size).toBe(81);
  });

  it('writes every text in Unicode NFC', () => {
    const notNfc = allStrings(readManifestationsYaml()).filter((s) => s !== s.normalize('NFC'));
    expect(notNfc).toEqual([]);
  });

  it('gives each manifestation the provenance status of the brief', () => {
    const actual = Object.fromEntries(records.map((m) => [m.number, m.status]));
    const expected = Object.fromEntries(records.map((m) => [m.number, expectedStatus[m.number] ?? 'tom-tat']));
    expect(actual).toEqual(expected);
  });

  it('never gives a summarised manifestation an official wording', () => {
    const summarised = records.filter((m) => m.status === 'tom-tat');
    expect(summarised).toHaveLength(12);
    for (const m of summarised) {
      expect(m.officialText, `manifestation ${m.number}`).toBeUndefined();
      expect(m.summary, `manifestation ${m.number}`).toBeTruthy();
    }
  });

  it('phrases every item so that "Có" means the problem is present: about "tôi", no negated question', () => {
    for (const m of records) {
      for (const item of m.items) {
        expect(item.text, item.id).toMatch(/\btôi\b/i);
        expect(item.text, item.id).not.toMatch(/\?$/);
      }
    }
  });
});

describe('the manifestation schema', () => {
  const valid = records[5]!;

  it('rejects a summarised manifestation that carries official wording', () => {
    const result = manifestation.safeParse({ ...valid, officialText: 'Một câu bất kỳ.' });
    expect(result.success).toBe(false);
  });

  it('rejects item ids that do not belong to the manifestation', () => {
    const items = valid.items.map((item, index) => (index === 2 ? { ...item, id: '7c' } : item));
    expect(manifestation.safeParse({ ...valid, items }).success).toBe(false);
  });

  it('rejects text that is not NFC', () => {
    const decomposed = valid.shortName.normalize('NFD');
    expect(decomposed).not.toBe(valid.shortName);
    expect(manifestation.safeParse({ ...valid, shortName: decomposed }).success).toBe(false);
  });
});
