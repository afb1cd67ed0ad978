/**
 * How long tests wait for what must happen (a reload, a reply, a server that starts, a page that
 * renders): long enough for the busiest machine, since a wait ends as soon as the thing happens.
 * No test measures speed — benches do (`npm run bench`, `npm run load`) — so a loaded machine
 * makes the suite slower, never red. vitest.config.ts applies the same rule to every test.
 */

/** `vi.waitFor` options for something that must eventually be true. */
export const EVENTUALLY = { timeout: 30_000, interval: 20 } as const;

/** Timeout of a test or hook that starts processes or servers. */
export const SLOW = 180_000;
