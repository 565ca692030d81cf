// The addresses /admin/ may connect to: its own origin and the git host the production backend talks to.
import { cmsBackend, type CmsEnvironment } from './config.ts';

const DEFAULT_API: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' };

export function adminConnectSources(env: CmsEnvironment): string[] {
  const backend = cmsBackend(env);
  const sources = new Set(["'self'"]);
  for (const url of [backend.api_root ?? DEFAULT_API[String(backend.name)], backend.base_url]) {
    if (typeof url === 'string' && url) sources.add(new URL(url).origin);
  }
  return [...sources];
}
