import type { CatalogueOf } from '../message.js';
import type { RESULTS_EN } from '../en/results.js';

export const RESULTS_CY: CatalogueOf<typeof RESULTS_EN> = {};
