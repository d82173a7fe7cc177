import type { CatalogueOf } from '../message.js';
import type { EVALUATE_EN } from '../en/evaluate.js';

export const EVALUATE_CY: CatalogueOf<typeof EVALUATE_EN> = {};
