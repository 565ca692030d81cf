// For the self-check's size test and load benchmark: which scripts the browser had fetched when the page was
// ready to answer (an Astro island hydrated, in earlier builds, or the form marked `data-sc-ready`, which the
// page sets when it has mounted, before anything is fetched later). Pass to `page.addInitScript`; read
// `window.startScripts` afterwards.
export function recordStartScripts(): void {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('astro-island:not([ssr]), [data-sc-ready]')) return;
    observer.disconnect();
    (window as unknown as { startScripts: string[] }).startScripts = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js'));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sc-ready', 'ssr'] });
}
