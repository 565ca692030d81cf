// The one loader of content/bieu-hien/manifestations.yaml for tests: validated by the schema the build uses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { manifestation, type Manifestation } from '../src/schemas/manifestations.ts';
import { projectRoot } from './build.ts';

export const manifestationsFile = resolve(projectRoot, 'content/bieu-hien/manifestations.yaml');

/** The data file as YAML parses it, before validation (for checks on every string it holds). */
export function readManifestationsYaml(): unknown {
  return parse(readFileSync(manifestationsFile, 'utf8'));
}

/** The manifestations, validated by the build's own schema and sorted by number: the expected values of tests. */
export function loadManifestations(): Manifestation[] {
  return z.array(manifestation).parse(readManifestationsYaml()).sort((a, b) => a.number - b.number);
}
