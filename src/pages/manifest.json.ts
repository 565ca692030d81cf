import type { APIRoute } from 'astro';
import css from '../styles/global.css?raw';
import { appIconPath, paths } from '../lib/paths.ts';
import { siteConfig } from '../site.config.ts';
import { appIcons } from '../ui/app-icons.ts';
import { appShortName } from '../ui/offline-text.ts';

/** A colour of the light scheme, read from the site's CSS so the installed app keeps the site's colours. */
function cssColour(name: string): string {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1];
  if (!value) throw new Error(`global.css has no --${name} colour`);
  return value;
}

// The web app manifest: what "Thêm vào màn hình chính" installs (name, colours, icons, the start page).
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${siteConfig.title} — ${siteConfig.organisation}`,
      short_name: appShortName,
      description: `Nghị quyết Trung ương 4 (khóa XII): nghị quyết, văn bản, cẩm nang và tự kiểm tra — ${siteConfig.organisation}.`,
      lang: 'vi',
      dir: 'ltr',
      id: paths.home,
      start_url: paths.home,
      scope: paths.home,
      display: 'standalone',
      theme_color: cssColour('header-bg'),
      background_color: cssColour('bg'),
      icons: appIcons.map(({ size, purpose }) => ({ src: appIconPath(size, purpose), sizes: `${size}x${size}`, type: 'image/png', purpose })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
