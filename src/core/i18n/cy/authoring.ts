import type { CatalogueOf } from '../message.js';
import type { AUTHORING_EN } from '../en/authoring.js';

export const AUTHORING_CY: CatalogueOf<typeof AUTHORING_EN> = {};
