import { parseRole } from '../../core/csv/role.js';

/**
 * Codes a survey tool accepts for questions, subquestions and variables, made from syslead's ids:
 * `pattern` says which characters a platform allows, `max` how long a code may be. Two ids that
 * come out the same get a number, so every code stays unique.
 */
export function codeMaker({ allowed, max, lower = false }: { allowed: RegExp; max: number; lower?: boolean }): (id: string, fallback: string) => string {
  const used = new Set<string>();
  return (id, fallback) => {
    let base = (lower ? id.toLowerCase() : id).replace(allowed, '');
    if (!/^[A-Za-z]/.test(base)) base = `${fallback}${base}`;
    base = base.slice(0, max);
    let code = base;
    for (let n = 2; used.has(code.toLowerCase()); n++) code = `${base.slice(0, max - String(n).length)}${n}`;
    used.add(code.toLowerCase());
    return code;
  };
}

/** A YAML double-quoted scalar: JSON's quoting is valid YAML, and keeps any header as written. */
export const yamlString = (text: string) => JSON.stringify(text);

/** A relationship choice's role, for a map's `roles:`; the plan offers only choices syslead reads. */
export function roleOf(label: string): string {
  const role = parseRole(label);
  if (!role) throw new Error(`relationship choice "${label}" is not a role syslead reads`);
  return role;
}
