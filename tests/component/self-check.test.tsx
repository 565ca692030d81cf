// The island over a static form like the page's: it enhances the form, never re-renders it, and shows state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { mountSelfCheck } from '../../src/islands/self-check/SelfCheck.tsx';
import { selfCheckPageTexts } from '../../src/ui/self-check-text.ts';
import type { CheckManifestation } from '../../src/islands/self-check/types.ts';
import { ANSWER_ORDER, FORM_ID, TEXTS_ID, answerInputId, itemAnchor } from '../../src/lib/self-check/anchors.ts';
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
      { id: '1b', text: 'Nội dung một b.' },
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
      { id: '10a', text: 'Nội dung mười a.' },
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
              `<fieldset id="${itemAnchor(item.id)}"><legend>${item.id}. ${item.text}</legend>${ANSWER_ORDER.map(
                (value) => `<label for="${answerInputId(item.id, value)}"><input type="radio" id="${answerInputId(item.id, value)}" name="${item.id}" value="${value}">${value === 'co' ? 'Có' : 'Không'}</label>`,
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
