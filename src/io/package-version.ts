import { readFileSync } from 'node:fs';

let version: string | undefined;

/** syslead's version, from its package.json: read once, for --version and the questionnaire cache's key alike. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
