import { describe, expect, inject, it } from 'vitest';
import { newContext, runAxe, useBrowser } from '../../support/page.ts';
import { paths } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');

/** WCAG relative luminance contrast of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const session = useBrowser();

describe(`the results page ${paths.results}`, () => {
  it('draws at least the four required charts, each with a title and description as its text alternative', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/ket-qua/`);
    const charts = await page.locator('main svg').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        return {
          role: svg.getAttribute('role'),
          labelledBy: ids.map((id) => {
            const el = document.getElementById(id);
            return { tag: el?.tagName ?? null, inside: el ? svg.contains(el) : false, text: el?.textContent?.trim() ?? '' };
          }),
        };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      expect(chart.role).toBe('img');
      expect(chart.labelledBy.map((l) => l.tag)).toEqual(['title', 'desc']);
      for (const label of chart.labelledBy) {
        expect(label.inside).toBe(true);
        expect(label.text.length).toBeGreaterThan(10);
      }
    }
    await page.close();
  });

  it('puts a data table beside every chart, and the chart description states every value the table holds for it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/ket-qua/`);
    const sections = page.locator('main section', { has: page.locator('svg') });
    const count = await sections.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let index = 0; index < count; index += 1) {
      const section = sections.nth(index);
      await expect(section.locator('table').count()).resolves.toBe(1);
      const description = await section.locator('svg desc').textContent();
      const rowHeaders = await section.locator('tbody th').allInnerTexts();
      const barLabels = await section.locator('svg text.bar-chart__label').allTextContents();
      expect(barLabels).toEqual(rowHeaders);
      for (const label of rowHeaders) expect(description).toContain(label);
      for (const value of await section.locator('svg text.bar-chart__value').allTextContents()) {
        expect(description).toContain(value);
        await expect(section.locator('tbody td', { hasText: value }).count(), value).resolves.toBeGreaterThan(0);
      }
    }
    await page.close();
  });

  it('covers the survey rounds, the organisation, the satisfaction survey and inspection, in Vietnamese number style', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/ket-qua/`);
    const main = await page.locator('main').innerText();
    for (const figure of ['1,83%', '0,42%', '0,31%', '116', '7.178', '5.446', '12.926', '99,51%', '83', 'tỷ lệ theo số đảng viên được khảo sát']) {
      expect(main).toContain(figure);
    }
    const cells = await page.locator('main td.num').allInnerTexts();
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(cell).toMatch(/^\d{1,3}(\.\d{3})*(,\d+%)?$/);
    await page.close();
  });

  it('needs no client JavaScript and draws each chart at its full height', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/ket-qua/`);
    await expect(page.locator('main script').count()).resolves.toBe(0);
    const sizes = await page.locator('main svg').evaluateAll((svgs) =>
      svgs.map((svg) => ({ drawn: svg.getBoundingClientRect().height, wanted: Number(svg.getAttribute('height')), bars: [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect().width) })),
    );
    for (const size of sizes) {
      expect(size.drawn).toBe(size.wanted);
      expect(Math.max(...size.bars)).toBeGreaterThan(100);
    }
    await page.close();
  });

  it.each(['light', 'dark'] as const)('keeps bars at 3:1 against the page and passes axe in %s mode', async (colorScheme) => {
    const themed = await newContext(session.browser, { colorScheme });
    const page = await themed.newPage();
    await page.goto(`${baseUrl}/ket-qua/`);
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      bar: getComputedStyle(document.querySelector('main svg rect')!).fill,
      text: getComputedStyle(document.querySelector('main svg text')!).fill,
    }));
    expect(contrast(colours.bar, colours.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.text, colours.page)).toBeGreaterThanOrEqual(4.5);
    expect(await runAxe(page)).toEqual([]);
    await themed.close();
  });
});
