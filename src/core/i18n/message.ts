/** One text, or one per plural category of the language (Intl.PluralRules' names), chosen by `count`. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** A catalogue in another language: every key of the English one (`T`), each a message. */
export type CatalogueOf<T> = { readonly [K in keyof T]: Message };
