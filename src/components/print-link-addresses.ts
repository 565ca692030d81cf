// The print rule of PrintLinkAddresses.astro and its CSP hash, computed once per build instead of on every page.
import { siteConfig } from '../site.config.ts';

// ":root" outranks global.css, whose rule for other links comes later in the page.
export const printLinkAddressesCss = `@media print{:root main a[href^="/"]::after{content:" (" ${JSON.stringify(siteConfig.url.replace(/\/$/, ''))} attr(href) ")"}}`;

let hash: Promise<`sha256-${string}`> | undefined;

/** "sha256-…" of the rule, for the page's Content-Security-Policy (Web Crypto: pages may not import node:*). */
export function printLinkAddressesHash(): Promise<`sha256-${string}`> {
  hash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(printLinkAddressesCss))
    .then((digest) => `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}` as const);
  return hash;
}
