import type { CatalogueEntry } from '../core/report/catalogue.js';
import { safeJson } from '../core/safe-text.js';

export function renderListJson(entries: readonly CatalogueEntry[]): string {
  return safeJson(entries);
}
