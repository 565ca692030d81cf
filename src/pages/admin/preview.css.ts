// The site's own stylesheet for the CMS preview pane, so an editor sees an issue as readers will.
import type { APIRoute } from 'astro';
import siteCss from '../../styles/global.css?raw';
import previewCss from '../../cms/preview.css?raw';

export const GET: APIRoute = () =>
  new Response(`${siteCss}\n${previewCss}`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
