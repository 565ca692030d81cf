// Registers the service worker (/sw.js) once the page has loaded and the browser is idle, so reading never waits
// for it; not when the member asked the browser to save data. Loaded by BaseLayout on pages whose policy allows it.
import { appFiles } from '../../lib/paths.ts';
import { whenIdle } from '../../stores/idle.ts';

interface Connection {
  saveData?: boolean;
  effectiveType?: string;
}

const connection = (navigator as Navigator & { connection?: Connection }).connection;
const saving = connection?.saveData === true || /(^|-)2g$/.test(connection?.effectiveType ?? '');

if ('serviceWorker' in navigator && !saving) {
  const register = () => whenIdle(() => void navigator.serviceWorker.register(appFiles.serviceWorker).catch(() => undefined));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
