// The origins of the git host the production CMS talks to, from the same environment variables as its
// configuration. The /admin/ policy itself is in src/lib/security-policy.ts; the page adds these to its connect-src.
import { cmsBackend, type CmsEnvironment } from './config.ts';

const DEFAULT_API: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' };

export function gitHostOrigins(env: CmsEnvironment): string[] {
  const backend = cmsBackend(env);
  const origins = new Set<string>();
  for (const url of [backend.api_root ?? DEFAULT_API[String(backend.name)], backend.base_url]) {
    if (typeof url === 'string' && url) origins.add(new URL(url).origin);
  }
  return [...origins];
}
