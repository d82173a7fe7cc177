import type { CatalogueOf } from '../message.js';
import type { INPUTS_EN } from '../en/inputs.js';

export const INPUTS_CY: CatalogueOf<typeof INPUTS_EN> = {};
