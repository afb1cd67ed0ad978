/**
 * The request counter behind every public route's limit: what a client meets over a minute,
 * with a clock the test moves (the routes' own 429s are in limits.test.ts, over real HTTP).
 */
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { addressKey, limitRequests, RequestCounter } from '../../src/server/rate-limit.js';

/** Sends one request from `ip` through `middleware`: whether it went on, and the headers it got. */
function send(middleware: ReturnType<typeof limitRequests>, ip: string) {
  const headers: Record<string, string> = {};
  let passed = false;
  const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response;
  const limited = middleware as unknown as (req: Request, res: Response, next: () => void) => void;
  limited({ ip } as Request, res, () => (passed = true));
  return { passed, headers };
}

describe('limitRequests', () => {
  it('lets `limit` requests through per address and minute, refuses the next with Retry-After, and starts again after the window', () => {
    let now = 1_000_000;
    const refusals: string[] = [];
    const limit = limitRequests({ limit: 2, name: 'messages', now: () => now, refuse: (req) => refusals.push(req.ip ?? '') });
    expect(send(limit, '198.51.100.1').headers.RateLimit).toBe('"messages"; r=1; t=60');
    expect(send(limit, '198.51.100.1').passed).toBe(true);
    now += 20_000;
    const third = send(limit, '198.51.100.1');
    expect(third.passed).toBe(false);
    expect(third.headers).toMatchObject({ RateLimit: '"messages"; r=0; t=40', 'Retry-After': '40' });
    expect(third.headers['RateLimit-Policy']).toMatch(/^"messages"; q=2; w=60; pk=:[A-Za-z0-9+/=]+:$/);
    expect(refusals).toEqual(['198.51.100.1']);
    expect(send(limit, '198.51.100.2').passed).toBe(true);
    now += 40_000;
    expect(send(limit, '198.51.100.1')).toMatchObject({ passed: true, headers: { RateLimit: '"messages"; r=1; t=60' } });
  });

  it('counts addresses of one IPv6 /56 together (a subscriber has many), and IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('2001:db8:abcd:1200::1')).toBe(addressKey('2001:db8:abcd:12ff:1:2:3:4'));
    expect(addressKey('2001:db8:abcd:1200::1')).not.toBe(addressKey('2001:db8:abcd:1300::1'));
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    const limit = limitRequests({ limit: 1, refuse: () => undefined });
    expect(send(limit, '2001:db8:abcd:1200::1').passed).toBe(true);
    expect(send(limit, '2001:db8:abcd:12aa::9').passed).toBe(false);
  });

  it('keeps at most maxKeys counts however many keys come (60,000 forged ids in a minute), forgetting the oldest first', () => {
    const now = 1_000_000;
    const counter = new RequestCounter({ limit: 1, maxKeys: 1000, now: () => now });
    expect(counter.hit('visitor').allowed).toBe(true);
    for (let n = 0; n < 60_000; n++) counter.hit(`forged-${n}`);
    expect(counter.size).toBe(1000);
    // The newest keys are still counted.
    expect(counter.hit('forged-59999').allowed).toBe(false);
  });
});
