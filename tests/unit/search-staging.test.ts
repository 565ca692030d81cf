import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadResults, type SearchOutcome } from '../../src/stores/search-engine.ts';

// A result whose fragment holds the given text, and a log of which fragments were asked for.
function outcomeOf(texts: string[], fetched: number[]): SearchOutcome {
  return {
    results: texts.map((content, i) => ({
      id: String(i),
      score: 1,
      words: [0, 1],
      data: async () => {
        fetched.push(i);
        return { url: `/p${i}/`, content, excerpt: content, meta: { title: `Trang ${i}` }, filters: {}, anchors: [], weighted_locations: [] };
      },
    })),
    exactCount: texts.length,
    pinned: 0,
    numbered: 0,
    pinnedBy: 'number',
    phrase: 0,
    counts: { kind: {}, year: {} },
    countsPending: true,
    words: ['dang', 'vien'],
    typing: false,
  };
}

describe('the first page of results, staged', () => {
  let frames: Array<() => void> = [];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (paint: () => void) => frames.push(paint));
  });
  afterEach(() => vi.unstubAllGlobals());
  const paintFrame = async () => {
    for (const paint of frames.splice(0)) paint();
    await new Promise((done) => setTimeout(done, 5));
  };

  it('fetches only the first fragments before the first paint, then the rest, and keeps the checked order', async () => {
    const fetched: number[] = [];
    const texts = ['đảng viên', 'đảng viên mẫu mực', 'đảng viên trẻ', 'đảng viên cao tuổi'];
    const painted: string[][] = [];
    const loading = loadResults(outcomeOf(texts, fetched), 0, 4, [], (hits) => painted.push(hits.map((h) => h.url)), { first: 2 });
    await new Promise((done) => setTimeout(done, 5));
    expect(fetched.sort()).toEqual([0, 1]);
    // The first result is painted from its own fragment, before the others are even asked for.
    expect(painted[0]).toEqual(['/p0/']);
    await paintFrame();
    const hits = await loading;
    expect(fetched.sort()).toEqual([0, 1, 2, 3]);
    // Every text holds both words where the index said, so all four stay exact, in rank order.
    expect(hits.map((h) => h.url)).toEqual(['/p0/', '/p1/', '/p2/', '/p3/']);
    expect(hits.every((h) => h.exact)).toBe(true);
  });

  it('does not fetch the rest when a newer search replaced this one, and paints nothing for it', async () => {
    const fetched: number[] = [];
    let current = true;
    const painted: string[][] = [];
    const loading = loadResults(outcomeOf(['đảng viên', 'đảng viên', 'đảng viên'], fetched), 0, 3, [], (hits) => painted.push(hits.map((h) => h.url)), {
      first: 1,
      isCurrent: () => current,
    });
    await new Promise((done) => setTimeout(done, 5));
    current = false;
    await paintFrame();
    await loading;
    expect(fetched).toEqual([0]);
    expect(painted).toEqual([['/p0/']]);
  });

  it('while typing, waits a pause after the first paint: a keystroke in it means the rest is never fetched', async () => {
    const fetched: number[] = [];
    let current = true;
    const loading = loadResults(outcomeOf(['đảng viên', 'đảng viên', 'đảng viên'], fetched), 0, 3, [], undefined, {
      first: 1,
      isCurrent: () => current,
      restDelay: 50,
    });
    await new Promise((done) => setTimeout(done, 5));
    await paintFrame();
    // Painted, but the pause has not passed: nothing more asked for yet.
    expect(fetched).toEqual([0]);
    current = false;
    await loading;
    expect(fetched).toEqual([0]);

    const fetchedAfterPause: number[] = [];
    const complete = loadResults(outcomeOf(['đảng viên', 'đảng viên', 'đảng viên'], fetchedAfterPause), 0, 3, [], undefined, { first: 1, restDelay: 50 });
    await new Promise((done) => setTimeout(done, 5));
    await paintFrame();
    expect((await complete).length).toBe(3);
    expect(fetchedAfterPause.sort()).toEqual([0, 1, 2]);
  });

  it('marks a result whose text lacks a word as looser once its fragment is checked', async () => {
    const fetched: number[] = [];
    const loading = loadResults(outcomeOf(['đảng viên', 'đảng bộ quận'], fetched), 0, 2, [], undefined, { first: 1 });
    await new Promise((done) => setTimeout(done, 5));
    await paintFrame();
    const hits = await loading;
    expect(hits.map((h) => [h.url, h.exact])).toEqual([
      ['/p0/', true],
      ['/p1/', false],
    ]);
  });
});
