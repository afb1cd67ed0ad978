/**
 * How deeply a parsed JSON body nests. JSON.parse accepts 10,000 levels, but what comes next
 * does not: serialising such a value again (a reply, a store, a log line) overflows the stack.
 * Real activities nest a dozen levels (an Adaptive Card's containers included), so bodies are
 * refused with 400 beyond `MAX_JSON_DEPTH`, before anything else reads them.
 */

/** Deepest nesting of objects and arrays accepted in a request body. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `value` nests objects or arrays more than `max` levels deep (`{}` is one level).
 * Iterative, so that the check itself cannot overflow the stack; stops at the first branch
 * that goes too deep.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return false;
}
