// Vietnamese text of the offline copy and of the installed app, kept together so it can be proof-read.
import { fillText } from '../lib/fill-text.ts';

/** Put in front of a page's content when the kept copy is shown ("{1}": the day it was kept, dd/mm/yyyy). */
export function keptCopyNote(day: string): string {
  return fillText('Bản lưu ngày {1} trên máy này: không tải được bản mới qua mạng.', day);
}

/** The page shown offline for an address that was not kept. */
export const notKeptTexts = {
  title: 'Trang này chưa được lưu trên máy',
  body: 'Không tải được trang qua mạng, và trang này không nằm trong các trang đã lưu để đọc khi không có mạng. Đồng chí hãy mở lại khi có mạng.',
  home: 'Về trang chủ (bản đã lưu)',
} as const;

/** The web app manifest's short name, under the icon on a phone's home screen (at most 12 characters). */
export const appShortName = 'Nghị quyết 4';
