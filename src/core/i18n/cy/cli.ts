import type { CatalogueOf } from '../message.js';
import type { CLI_EN } from '../en/cli.js';

export const CLI_CY: CatalogueOf<typeof CLI_EN> = {
  'cli.lang.unknown': "syslead: nodyn: nid oes gan syslead eiriau ar gyfer --lang {lang} (mae'n siarad {known}): defnyddir yr iaith nesaf y mae'n ei gwybod",
};
