// The island over a static form like the page's: it enhances the form, never re-renders it, and shows state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { mountSelfCheck } from '../../src/islands/self-check/SelfCheck.tsx';
import { answerLabels, selfCheckPageTexts } from '../../src/ui/self-check-text.ts';
import type { CheckManifestation } from '../../src/islands/self-check/types.ts';
import { FORM_ID, TEXTS_ID, answerChoices, answerInputId, itemAnchor } from '../../src/lib/self-check/anchors.ts';
import { STORAGE_KEY } from '../../src/lib/self-check/document.ts';
import { handbookManifestationPath, manifestationPath } from '../../src/lib/paths.ts';

const manifestations: CheckManifestation[] = [
  {
    number: 1,
    group: 'A',
    numberInGroup: 1,
    shortName: 'Phai nhạt lý tưởng',
    groupLabel: 'Suy thoái về tư tưởng chính trị',
    href: manifestationPath(1),
    handbookHref: handbookManifestationPath(1),
    items: [
      { id: '1a', text: 'Nội dung một a.' },
      // Reworded: answers saved before 10/06/2026 (Vietnam time) were given to an earlier wording.
      { id: '1b', text: 'Nội dung một b.', wordingSince: '2026-06-10' },
      { id: '1c', text: 'Nội dung một c.' },
    ],
  },
  {
    number: 10,
    group: 'B',
    numberInGroup: 1,
    shortName: 'Chủ nghĩa cá nhân',
    groupLabel: 'Suy thoái về đạo đức, lối sống',
    href: manifestationPath(10),
    handbookHref: handbookManifestationPath(10),
    items: [
      { id: '10a', text: 'Nội dung mười a.', appliesTo: 'office-holder' },
      { id: '10b', text: 'Nội dung mười b.' },
      { id: '10c', text: 'Nội dung mười c.' },
    ],
  },
];

/** The same markup as components/self-check/SelfCheckForm.astro renders, as plain HTML. */
function staticForm(): string {
  const items = manifestations
    .map(
      (m) =>
        `<section data-manifestation="${m.number}">${m.items
          .map(
            (item) =>
              `<fieldset id="${itemAnchor(item.id)}"><legend>${item.id}. ${item.text}</legend>${answerChoices(item).map(
                (value) => `<label for="${answerInputId(item.id, value)}"><input type="radio" id="${answerInputId(item.id, value)}" name="${item.id}" value="${value}">${answerLabels[value]}</label>`,
              ).join('')}</fieldset>`,
          )
          .join('')}</section>`,
    )
    .join('');
  return `<form id="${FORM_ID}">${items}</form>`;
}

/** The texts the page writes into its template (components/self-check/SelfCheckTexts.astro). */
function pageTexts(): string {
  const texts = Object.entries(selfCheckPageTexts()).map(([key, text]) => `<p data-text="${key}">${text}</p>`);
  return `<template id="${TEXTS_ID}">${texts.join('')}</template>`;
}

let unmount: (() => void) | undefined;

/** The page as built: its texts, the place above the form, the static form, the place below; then the script. */
function renderIsland() {
  document.body.innerHTML = `${pageTexts()}<div id="above"></div>${staticForm()}<div id="below"></div>`;
  const place = (id: string) => document.getElementById(id)!;
  unmount = mountSelfCheck({ above: place('above'), form: place(FORM_ID), below: place('below'), manifestations });
}

const radio = (id: string) => document.getElementById(id) as HTMLInputElement;
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
const choose = (id: string) => {
  radio(id).checked = true;
  fireEvent.change(radio(id));
};

beforeEach(() => localStorage.clear());
afterEach(() => {
  unmount?.();
  document.body.innerHTML = '';
});

describe('the self-check island', () => {
  it('enhances the static form without replacing it: the same fieldsets, answers saved through one listener', async () => {
    renderIsland();
    const fieldset = document.getElementById('muc-1a');
    await screen.findByText('Danh sách');
    expect(document.getElementById('muc-1a')).toBe(fieldset);
    choose('cau-10b-co');
    choose('cau-1a-khong');
    await waitFor(() => expect(document.querySelector('.sc-bar__count')!.textContent).toBe('2/6 nội dung đã trả lời'));
    expect(stored().rounds[0].answers['10b'].answer).toBe('co');
    expect(stored().rounds[0].answers['1a'].answer).toBe('khong');
    expect(document.getElementById('muc-1a')).toBe(fieldset);
    // The result is loaded once there is an answer to show.
    expect(await screen.findByRole('heading', { name: 'Biểu hiện 10: Chủ nghĩa cá nhân' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Tiếp tục/ }).textContent).toContain('(nội dung 1b)');
  });

  it('sets restored answers as checked and fills the commitment', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        kind: 'nq4-tu-kiem-tra',
        schemaVersion: 2,
        rounds: [{ period: { year: 2026 }, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', answers: { '1c': 'co' }, notes: { '1': 'Cam kết cũ' } }],
      }),
    );
    renderIsland();
    await waitFor(() => expect(radio('cau-1c-co').checked).toBe(true));
    expect(radio('cau-1c-khong').checked).toBe(false);
    expect(((await screen.findByLabelText('Cam kết và cách khắc phục của tôi với biểu hiện 1')) as HTMLTextAreaElement).value).toBe('Cam kết cũ');
  });

  it('shows the task list with each manifestation’s state', async () => {
    renderIsland();
    await screen.findByText('Danh sách');
    choose('cau-1a-co');
    choose('cau-1b-co');
    choose('cau-1c-khong');
    choose('cau-10a-co');
    fireEvent.click(screen.getByRole('button', { name: 'Danh sách' }));
    await waitFor(() => expect(document.querySelectorAll('.sc-task')[0]!.textContent).toContain('Đã xong'));
    expect(document.querySelectorAll('.sc-task')[1]!.textContent).toContain('Đang làm');
    expect(screen.getByText(/Danh sách 2 biểu hiện \(1 đã xong\)/)).toBeTruthy();
  });

  it('asks before erasing, then shows a visible banner that receives focus', async () => {
    renderIsland();
    await screen.findByText('Danh sách');
    choose('cau-1a-co');
    await waitFor(() => expect(stored()).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Xóa dữ liệu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Không xóa' }));
    expect(stored()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa dữ liệu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Có, xóa hết' }));
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    await waitFor(() => expect(radio('cau-1a-co').checked).toBe(false));
    const banner = await waitFor(() => document.querySelector('.sc-banner') as HTMLElement);
    expect(banner.textContent).toContain('Đã xóa toàn bộ dữ liệu tự kiểm tra trên trình duyệt này.');
    await waitFor(() => expect(document.activeElement).toBe(banner));
  });
});

describe('issue 23: “Không thuộc diện” and items reworded since a round', () => {
  it('takes “Không thuộc diện” on an item that offers it, saves it, counts it answered and neither Có nor Không', async () => {
    renderIsland();
    await screen.findByText('Danh sách');
    choose('cau-10a-khong-thuoc-dien');
    choose('cau-10b-co');
    await waitFor(() => expect(document.querySelector('.sc-bar__count')!.textContent).toBe('2/6 nội dung đã trả lời'));
    expect(stored().rounds[0].answers['10a'].answer).toBe('khong-thuoc-dien');
    // Written with the version that holds the new answer: an older page leaves it alone instead of calling it damaged.
    expect(stored().schemaVersion).toBe(4);
    const result = await screen.findByRole('heading', { name: /^Kết quả lượt/ });
    const section = result.closest('section')!;
    await waitFor(() => expect(section.textContent).toContain('1 nội dung được trả lời “Không thuộc diện”, không tính là “Có” hay “Không”.'));
    expect(section.textContent).toContain('Có 1 biểu hiện có ít nhất một nội dung được đánh dấu “Có”.');
  });

  it('opens a saved round answered before an item was reworded with a notice naming it by id and current text', async () => {
    const round = (year: number, at: string) => ({
      period: { year },
      startedAt: `${year}-01-01T00:00:00.000Z`,
      updatedAt: at,
      answers: { '1a': { answer: 'co', at }, '1b': { answer: 'khong', at } },
      notes: {},
    });
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ kind: 'nq4-tu-kiem-tra', schemaVersion: 3, rounds: [round(2025, '2025-05-01T00:00:00.000Z'), round(2026, '2026-05-01T00:00:00.000Z')] }));
    renderIsland();
    const present = (selector: string) => {
      const element = document.querySelector<HTMLElement>(selector);
      expect(element).not.toBeNull();
      return element!;
    };
    const notice = await waitFor(() => present('.sc-start .sc-reworded'));
    expect(notice.textContent).toContain('Có 1 nội dung dưới đây đã được viết lại sau khi đồng chí trả lời.');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['1b. Nội dung một b.']);
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('#muc-1b');
    const earlier = await waitFor(() => present('.sc-earlier .sc-reworded'));
    expect([...earlier.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['1b. Nội dung một b.']);
    // Answered again under the current wording: the notice goes.
    choose('cau-1b-co');
    await waitFor(() => expect(document.querySelector('.sc-start .sc-reworded')).toBeNull());
  });
});
