import type { APIRoute, GetStaticPaths } from 'astro';
import { drawIcon, encodePng, parseIconSvg } from '../../lib/app-icon.ts';
import { appFiles, appIconPath } from '../../lib/paths.ts';
import { appIcons } from '../../ui/app-icons.ts';
import { faviconSvg } from '../../ui/favicon.ts';

// The manifest's icons, drawn at build from the favicon (one source), so "Thêm vào màn hình chính" shows the same mark.
export const getStaticPaths = (() =>
  appIcons.map(({ size, purpose }) => ({
    params: { icon: appIconPath(size, purpose).slice(appFiles.iconsDir.length, -'.png'.length) },
    props: { size, purpose },
  }))) satisfies GetStaticPaths;

/** zlib-format deflate with the platform's CompressionStream (no package, no native module). */
async function deflate(raw: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const GET: APIRoute = async ({ props }) => {
  const { size, purpose } = props as (typeof appIcons)[number];
  const png = await encodePng(drawIcon(parseIconSvg(faviconSvg), size, purpose), size, deflate);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
