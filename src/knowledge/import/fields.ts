/**
 * Reading a page's front-matter fields under their variant names (`roles`/`role`,
 * `externalURL`/`externalUrl`, `post_ouvert`/`poste_ouvert`, `contact`/`contacts`,
 * `domaine`/`domaines`), case-insensitively, with empty values treated as absent.
 */

/** True for `null`, `undefined`, an empty or blank string, an empty list. */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The first non-empty value among `names` (compared without case), with the name it was found under. */
export function field(data: Record<string, unknown>, ...names: string[]): { name: string; value: unknown } | undefined {
  const keys = Object.keys(data);
  for (const name of names) {
    const key = keys.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined && !isEmpty(data[key])) return { name: key, value: data[key] };
  }
  return undefined;
}

/** The first non-empty value among `names` as a trimmed string (numbers included), or `undefined`. */
export function textField(data: Record<string, unknown>, ...names: string[]): string | undefined {
  const found = field(data, ...names);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value.trim();
  if (typeof found.value === 'number') return String(found.value);
  return undefined;
}

/** Every string of the fields `names` (a single value or a list; commas split strings when `split`). */
export function listField(data: Record<string, unknown>, names: readonly string[], split = false): string[] {
  const out: string[] = [];
  for (const name of names) {
    const found = field(data, name);
    if (!found) continue;
    const values = Array.isArray(found.value) ? found.value : [found.value];
    for (const value of values) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const parts = split ? String(value).split(/\s*[,;+]\s*/) : [String(value)];
      out.push(...parts.map((p) => p.trim()).filter((p) => p !== ''));
    }
  }
  return out;
}
