import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { manifestation, type Manifestation } from '../../src/schemas/manifestations.ts';
import { projectRoot } from './build.ts';

/** The manifestations data file, validated by the same schema the build uses: the expected values of page tests. */
export function loadManifestations(): Manifestation[] {
  const text = readFileSync(resolve(projectRoot, 'content/bieu-hien/manifestations.yaml'), 'utf8');
  return z.array(manifestation).parse(parse(text));
}
