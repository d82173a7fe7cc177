/** What `validate`, `preview`, `translate` and `schema` say about questionnaires, translations and maps. */
export const AUTHORING_EN = {} as const;
