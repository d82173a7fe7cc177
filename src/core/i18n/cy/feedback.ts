import type { CatalogueOf } from '../message.js';
import type { FEEDBACK_EN } from '../en/feedback.js';

export const FEEDBACK_CY: CatalogueOf<typeof FEEDBACK_EN> = {};
