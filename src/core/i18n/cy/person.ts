import type { CatalogueOf } from '../message.js';
import type { PERSON_EN } from '../en/person.js';

export const PERSON_CY: CatalogueOf<typeof PERSON_EN> = {};
