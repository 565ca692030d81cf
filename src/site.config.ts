// Site identity is configuration: district Party committees were reorganised in 2025,
// so the organisation's name, locality and URL must be changeable in one place.
import { siteToday } from './lib/dates.ts';
import type { ItemSet } from './lib/tally/item-set.ts';

export interface SiteConfig {
  /** Full organisation name shown in the header, e.g. "Đảng bộ quận Tân Phú". */
  organisation: string;
  /** Short name of the organisation's executive committee, e.g. "Quận ủy Tân Phú". */
  committee: string;
  /** Locality, e.g. "Thành phố Hồ Chí Minh". */
  locality: string;
  /** Absolute site URL, used for feeds, canonical links and the sitemap. */
  url: string;
  /** Site title shown in the header and the browser tab. */
  title: string;
  /** Footer marks of an official site. Each is empty until configured, and an empty one is not shown. */
  /** Cơ quan chủ quản: the body that owns the site. */
  governingBody: string;
  /** Người hoặc bộ phận chịu trách nhiệm nội dung. */
  responsible: string;
  /** Postal address of the governing body or the editorial office. */
  address: string;
  /** Contact line (telephone, e-mail). */
  contact: string;
  /** Who set the 81 items printed on ballots: the Ban biên tập (default), or the committee by a document. */
  itemSet: ItemSet;
}


const fromEnv = (name: string, fallback = ''): string => (process.env[name] ?? fallback).trim();

export const siteConfig: SiteConfig = {
  organisation: fromEnv('SITE_ORGANISATION', 'Đảng bộ quận Tân Phú'),
  committee: fromEnv('SITE_COMMITTEE', 'Quận ủy Tân Phú'),
  locality: fromEnv('SITE_LOCALITY', 'Thành phố Hồ Chí Minh'),
  url: fromEnv('SITE_URL', 'https://nghiquyet4.tanphu.example'),
  title: 'Thực hiện Nghị quyết Trung ương 4 (khóa XII)',
  governingBody: fromEnv('SITE_GOVERNING_BODY'),
  responsible: fromEnv('SITE_RESPONSIBLE'),
  address: fromEnv('SITE_ADDRESS'),
  contact: fromEnv('SITE_CONTACT'),
  // The committee adopts the items by a document (SITE_ITEM_SET_DOCUMENT, SITE_ITEM_SET_DATE dd/mm/yyyy); until then they are the editors'.
  itemSet: fromEnv('SITE_ITEM_SET_DOCUMENT')
    ? { setBy: 'committee', document: fromEnv('SITE_ITEM_SET_DOCUMENT'), date: fromEnv('SITE_ITEM_SET_DATE') }
    : { setBy: 'editors' },
};

/**
 * What the build publishes. `today` decides which column issues are out (SITE_NOW=yyyy-mm-dd fixes it);
 * `preview` is true under `npm run dev`, where editors also see drafts and issues dated later.
 */
export const publication = {
  today: siteToday(new Date(), process.env.SITE_NOW),
  // Strictly true: Vitest exports DEV=1 into the environment, which a child build would otherwise read as dev mode.
  preview: import.meta.env?.DEV === true,
};
