// /admin/admin.css: our layout fixes for Decap's editor on a phone (src/cms/admin.css); loaded by /admin/ only.
import type { APIRoute } from 'astro';
import adminCss from '../../cms/admin.css?raw';

export const GET: APIRoute = () => new Response(adminCss, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
