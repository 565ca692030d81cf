// Site identity is configuration: district Party committees were reorganised in 2025,
// so the organisation's name, locality and URL must be changeable in one place.
export interface SiteConfig {
  /** Full organisation name shown in the header, e.g. "Đảng bộ quận Tân Phú". */
  organisation: string;
  /** Short name of the organisation's executive committee, e.g. "Quận ủy Tân Phú". */
  committee: string;
  /** Locality, e.g. "Thành phố Hồ Chí Minh". */
  locality: string;
  /** Absolute site URL, used for feeds, canonical links and the sitemap. */
  url: string;
  /** Site title shown in the browser tab after the page title. */
  title: string;
  /** Contact line for the footer; empty when not configured. */
  contact: string;
}

export const siteConfig: SiteConfig = {
  organisation: process.env.SITE_ORGANISATION ?? 'Đảng bộ quận Tân Phú',
  committee: process.env.SITE_COMMITTEE ?? 'Quận ủy Tân Phú',
  locality: process.env.SITE_LOCALITY ?? 'Thành phố Hồ Chí Minh',
  url: process.env.SITE_URL ?? 'https://nghiquyet4.tanphu.example',
  title: 'Học tập và làm theo Nghị quyết Trung ương 4 (khóa XII)',
  contact: process.env.SITE_CONTACT ?? '',
};
