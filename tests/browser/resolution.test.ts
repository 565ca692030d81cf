import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../../support/page.ts';
import { builtPages } from '../../support/site-pages.ts';
import { loadManifestations } from '../../support/manifestations-data.ts';
import { groupLabels, provenanceLabels } from '../../src/ui/labels.ts';
import { manifestationAnchor, quoteFragment } from '../../src/lib/manifestations.ts';
import { documentPath, handbookManifestationPath, handbookPartPath, manifestationPath, paths, selfCheckManifestationPath } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const manifestations = loadManifestations();

const session = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await session.context.newPage();
  await page.goto(`${baseUrl}${paths.resolution}`);
});

describe('the resolution page /nghi-quyet/', () => {
  it('shows the resolution’s number, date, body, signer and full title', async () => {
    const text = await page.locator('main').innerText();
    expect(text).toContain('04-NQ/TW');
    expect(text).toContain('30/10/2016');
    expect(text).toContain('Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII');
    expect(text).toContain('Tổng Bí thư Nguyễn Phú Trọng');
    expect(text).toContain('ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống');
    expect(text).toContain('I - Tình hình và nguyên nhân');
  });

  it('links to the official full text and to the document’s own page, which exists', async () => {
    await expect(page.locator('main a[href^="https://tulieuvankien.dangcongsan.vn/"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator(`main a[href="${documentPath('nghi-quyet-04-nq-tw')}"]`).count()).resolves.toBeGreaterThan(0);
    expect(builtPages(siteDir)).toContain(documentPath('nghi-quyet-04-nq-tw'));
  });

  it('files itself in search as a resolution with its number and date', async () => {
    await expect(page.locator('[data-pagefind-filter="kind"]').textContent()).resolves.toBe('Nghị quyết');
    await expect(page.locator('[data-pagefind-meta="number"]').textContent()).resolves.toBe('04-NQ/TW');
    await expect(page.locator('[data-pagefind-meta="date"]').textContent()).resolves.toBe('2016-10-30');
  });

  it('has a table of contents whose every link reaches an element on the page', async () => {
    const targets = await page.locator('nav.page-toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(targets.length).toBeGreaterThanOrEqual(6);
    for (const href of targets) {
      expect(href, String(href)).toMatch(/^#/);
      await expect(page.locator(`[id="${href!.slice(1)}"]`).count(), String(href)).resolves.toBe(1);
    }
  });

  it('heads each group with its label and lists its nine manifestations in order', async () => {
    for (const group of ['A', 'B', 'C'] as const) {
      const section = page.locator('.manifestation-group', { has: page.locator(`h2#nhom-${group.toLowerCase()}`) });
      await expect(section.locator('h2').innerText()).resolves.toContain(groupLabels[group]);
      const ids = await section.locator('section.manifestation').evaluateAll((els) => els.map((el) => el.id));
      const expected = manifestations.filter((m) => m.group === group).map((m) => manifestationAnchor(m.number));
      expect(ids).toEqual(expected);
    }
  });

  it('gives each of the 27 manifestations one element #bieu-hien-N with an h3 showing both numberings', async () => {
    for (let n = 1; n <= 27; n += 1) {
      const entry = page.locator(`[id="${manifestationAnchor(n)}"]`);
      await expect(entry.count(), `#${manifestationAnchor(n)}`).resolves.toBe(1);
      const m = manifestations[n - 1]!;
      const heading = await entry.locator('h3').innerText();
      expect(heading).toContain(`Biểu hiện ${n} — nhóm ${m.group}, số ${m.numberInGroup}`);
      expect(heading).toContain(m.shortName);
    }
  });

  it('scrolls to a manifestation opened by its address', async () => {
    const deep = await session.context.newPage();
    await deep.goto(`${baseUrl}${manifestationPath(22)}`);
    const top = await deep.locator(`#${manifestationAnchor(22)}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    await deep.close();
  });

  it('shows all 81 self-check items, each under its own manifestation', async () => {
    let seen = 0;
    for (const m of manifestations) {
      const items = await page.locator(`#${manifestationAnchor(m.number)} li[data-item-id]`).evaluateAll((lis) =>
        lis.map((li) => ({ id: li.getAttribute('data-item-id'), text: (li as HTMLElement).innerText })),
      );
      expect(items.map((i) => i.id)).toEqual(m.items.map((i) => i.id));
      m.items.forEach((item, index) => expect(items[index]?.text).toContain(item.text));
      seen += items.length;
    }
    expect(seen).toBe(81);
  });

  it('quotes as official only verbatim wording, labelled with its provenance and sources', async () => {
    for (const m of manifestations.filter((x) => x.status === 'nguyen-van' || x.status === 'nguyen-van-mot-nguon')) {
      const entry = page.locator(`#${manifestationAnchor(m.number)}`);
      await expect(entry.locator('blockquote.official').innerText()).resolves.toBe(m.officialText);
      const text = await entry.innerText();
      expect(text).toContain(provenanceLabels[m.status]);
      expect(text).toContain(`Nguồn:`);
      for (const source of m.sources) expect(text).toContain(source.name);
      if (m.status === 'nguyen-van-mot-nguon') expect(text).toContain('cần được đối chiếu với văn bản chính thức');
    }
  });

  it('puts only the known fragment of a partly known manifestation in quotation marks, and labels the rest as a summary', async () => {
    for (const m of manifestations.filter((x) => x.status === 'trich-doan')) {
      const entry = page.locator(`#${manifestationAnchor(m.number)}`);
      await expect(entry.locator('blockquote.official').innerText()).resolves.toBe(quoteFragment(m.officialText!));
      const summary = entry.locator('.wording__summary');
      await expect(summary.innerText()).resolves.toBe(`Tóm tắt ${m.summary}`);
      await expect(summary.evaluate((el) => el.closest('blockquote') === null)).resolves.toBe(true);
    }
  });

  it('never renders a summarised manifestation inside a blockquote and labels it "Tóm tắt nội dung" with a link to the official text', async () => {
    const summarised = manifestations.filter((m) => m.status === 'tom-tat');
    expect(summarised.length).toBeGreaterThan(0);
    for (const m of summarised) {
      const entry = page.locator(`#${manifestationAnchor(m.number)}`);
      await expect(entry.locator('blockquote').count(), `#${manifestationAnchor(m.number)}`).resolves.toBe(0);
      await expect(entry.locator('.wording__summary').innerText()).resolves.toBe(`Tóm tắt nội dung ${m.summary}`);
      await expect(entry.locator('a[href^="https://tulieuvankien.dangcongsan.vn/"]').count()).resolves.toBe(1);
    }
    const quoted = await page.locator('blockquote').allInnerTexts();
    for (const m of summarised) expect(quoted.some((q) => q.includes(m.summary!))).toBe(false);
  });

  it('links every manifestation to its place in the self-check and in handbook part 1', async () => {
    for (const m of manifestations) {
      const entry = page.locator(`#${manifestationAnchor(m.number)}`);
      await expect(entry.locator(`a[href="${selfCheckManifestationPath(m.number)}"]`).count()).resolves.toBe(1);
      await expect(entry.locator(`a[href="${handbookManifestationPath(m.number)}"]`).count()).resolves.toBe(1);
    }
    const pages = builtPages(siteDir);
    expect(pages).toContain(paths.selfCheck);
    expect(pages).toContain(handbookPartPath(1));
  });

  it('has no two elements with the same id', async () => {
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
