import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import SelfCheck from '../../src/islands/SelfCheck.tsx';
import type { CheckManifestation } from '../../src/lib/self-check/scoring.ts';
import { STORAGE_KEY } from '../../src/stores/self-check-storage.ts';
import { manifestationPath } from '../../src/lib/paths.ts';

const manifestations: CheckManifestation[] = [
  {
    number: 1,
    group: 'A',
    numberInGroup: 1,
    shortName: 'Phai nhạt lý tưởng',
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
    items: [
      { id: '10a', text: 'Nội dung mười a.' },
      { id: '10b', text: 'Nội dung mười b.' },
      { id: '10c', text: 'Nội dung mười c.' },
    ],
  },
];

const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the self-check island', () => {
  it('renders each item as a fieldset named by its text, with Có and Không', () => {
    render(<SelfCheck manifestations={manifestations} />);
    const group = screen.getByRole('group', { name: '1a. Nội dung một a.' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('radio')).toHaveLength(12);
    expect((screen.getByLabelText('Có', { selector: '#cau-1a-co' }) as HTMLInputElement).name).toBe('1a');
    expect(screen.getByRole('link', { name: 'Phai nhạt lý tưởng' }).getAttribute('href')).toBe(manifestationPath(1));
  });

  it('counts answers per group, saves them and lists the marked manifestation in the result', async () => {
    render(<SelfCheck manifestations={manifestations} />);
    await screen.findByRole('heading', { name: 'Tiến độ' });
    fireEvent.click(document.getElementById('cau-10b-co')!);
    fireEvent.click(document.getElementById('cau-1a-khong')!);
    await waitFor(() => expect(screen.getByText(/Nhóm B .*: 1\/3/)).toBeTruthy());
    expect(screen.getByText(/Nhóm A .*: 1\/3/)).toBeTruthy();
    expect(stored().rounds[0].answers).toEqual({ '10b': 'co', '1a': 'khong' });
    expect(screen.getByRole('heading', { name: 'Biểu hiện 10: Chủ nghĩa cá nhân' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Đến nội dung chưa trả lời đầu tiên \(1b\)/ })).toBeTruthy();
  });

  it('restores stored answers after it has read storage', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        kind: 'nq4-tu-kiem-tra',
        schemaVersion: 2,
        rounds: [{ period: { year: 2026 }, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', answers: { '1c': 'co' }, notes: { '1': 'Cam kết cũ' } }],
      }),
    );
    render(<SelfCheck manifestations={manifestations} />);
    await waitFor(() => expect((document.getElementById('cau-1c-co') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText('Cam kết và cách khắc phục của tôi với biểu hiện 1') as HTMLTextAreaElement).value).toBe('Cam kết cũ');
  });

  it('follows a change made in another tab', async () => {
    render(<SelfCheck manifestations={manifestations} />);
    await screen.findByRole('heading', { name: 'Tiến độ' });
    const other = JSON.stringify({
      kind: 'nq4-tu-kiem-tra',
      schemaVersion: 2,
      rounds: [{ period: { year: 2026 }, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', answers: { '10a': 'khong' }, notes: {} }],
    });
    localStorage.setItem(STORAGE_KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: other }));
    await waitFor(() => expect((document.getElementById('cau-10a-khong') as HTMLInputElement).checked).toBe(true));
  });

  it('asks before erasing and erases only when confirmed', async () => {
    render(<SelfCheck manifestations={manifestations} />);
    await screen.findByRole('heading', { name: 'Tiến độ' });
    fireEvent.click(document.getElementById('cau-1a-co')!);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Không xóa' }));
    expect(stored()).not.toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa toàn bộ dữ liệu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Có, xóa hết' }));
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    await waitFor(() => expect((document.getElementById('cau-1a-co') as HTMLInputElement).checked).toBe(false));
  });
});
