/**
 * Which entries say the same thing in two languages, from their `translation_of` links.
 */
import type { Entry } from '../schemas.js';

/**
 * A number per entry, shared by the entries linked through `translation_of` (in either
 * direction, or through a chain), so that a French entry and its English translation are
 * known to say the same thing. Entries without translation keep their own number.
 */
export function translationGroups(entries: readonly Entry[]): Int32Array {
  const groups = Int32Array.from(entries.keys());
  if (!entries.some((e) => e.translation_of)) return groups;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const e of entries) {
    if (!e.translation_of) continue;
    const a = find(`${e.kind}:${e.id}`);
    const b = find(`${e.kind}:${e.translation_of}`);
    if (a !== b) parent.set(a, b);
  }
  const firstOfRoot = new Map<string, number>();
  entries.forEach((e, d) => {
    const key = `${e.kind}:${e.id}`;
    if (!parent.has(key)) return;
    const root = find(key);
    if (!firstOfRoot.has(root)) firstOfRoot.set(root, d);
    groups[d] = firstOfRoot.get(root)!;
  });
  return groups;
}
