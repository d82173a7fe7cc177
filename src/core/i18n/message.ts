/** One text, or one per plural category of the language (Intl.PluralRules' names), chosen by `count`. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
