import type { CatalogueOf } from '../message.js';
import type { COHORT_EN } from '../en/cohort.js';

export const COHORT_CY: CatalogueOf<typeof COHORT_EN> = {};
