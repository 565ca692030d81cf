// The site's icon, once: served as /favicon.svg (src/pages/favicon.svg.ts) and inlined as a data: URL on pages
// whose policy allows no image from the site (the self-check).
export const faviconSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b3261e"/><path d="M16 6l2.9 6.6 7.1.6-5.4 4.7 1.6 7-6.2-3.7-6.2 3.7 1.6-7L6 13.2l7.1-.6z" fill="#ffd23f"/></svg>';

export const faviconDataUrl = `data:image/svg+xml,${encodeURIComponent(faviconSvg)}`;
