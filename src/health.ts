/**
 * What a store reports to /healthz. A store that can lose its backend (Redis) says `degraded`
 * while the instance serves what it can without it; one in memory is always `ok`.
 */

/** What /healthz shows of a store. */
export interface BackendHealth {
  /** `degraded`: the shared store cannot be reached; the instance serves what it can without it. */
  status: 'ok' | 'degraded';
  /** Where the data lives: this process's memory, or Redis. */
  backend: 'memory' | 'redis';
  /** When the outage began (ISO 8601), while degraded. */
  since?: string;
}

/** Something that can say how it is. */
export interface HasHealth {
  health(): BackendHealth;
}

/** The health of `value` when it can tell it (duck-typed, so any `Storage` or store can be passed). */
export function healthOf(value: unknown): BackendHealth | undefined {
  const candidate = value as Partial<HasHealth> | undefined;
  return typeof candidate?.health === 'function' ? candidate.health() : undefined;
}
