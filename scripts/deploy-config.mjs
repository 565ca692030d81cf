// Writes deploy/nginx.conf from the policy module (src/lib/security-policy.ts); tests/unit/deploy-config.test.ts
// fails when the checked-in file no longer matches.
import { writeFileSync } from 'node:fs';
import { renderNginxSite } from '../src/lib/security-policy.ts';

const target = new URL('../deploy/nginx.conf', import.meta.url);
writeFileSync(target, renderNginxSite());
console.log(`Wrote ${target.pathname}`);
