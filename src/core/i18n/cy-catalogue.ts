// What loadLanguages (messages.ts) imports to speak Welsh: only the catalogue as `say` reads it, so
// that the bundle leaves out cy.ts's merged CY, which only tests read (an import() keeps every export
// of the module it names).
export { CY_CATALOGUE } from './cy.js';
