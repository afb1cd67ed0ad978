/**
 * Lookups of words users typed in tables written as object literals. A plain object answers
 * `constructor`, `toString` or `__proto__` with what Object.prototype holds (a function, an
 * object): a word that happens to be one of those keys would crash a turn or read as something
 * it is not. Every such lookup goes through `own`; tables built at run time are `Map`s.
 */

/** `record[key]` when `key` is one of `record`'s own keys; `undefined` otherwise. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
