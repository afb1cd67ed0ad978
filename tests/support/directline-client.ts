/**
 * The real botframework-directlinejs client, in Node. The library needs two browser things:
 * `XMLHttpRequest` (for rxjs's ajax) and `WebSocket`. Node has neither XMLHttpRequest nor, in
 * version 20, a global WebSocket; the library lets callers hand in both through its `ajax` and
 * `WebSocket` services, so this file gives it an ajax on top of `fetch` and the `ws` package.
 * Everything else is the library's own code.
 */
import { ConnectionStatus, DirectLine, type Activity } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable.js';
import WebSocket from 'ws';

interface AjaxRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeout?: number;
}

/** rxjs 5's `Observable.ajax`, on `fetch`: same response and error shapes as far as the client reads them. */
function fetchAjax(request: AjaxRequest | string): Observable<unknown> {
  const req: AjaxRequest = typeof request === 'string' ? { url: request } : request;
  return Observable.create((subscriber: { next(v: unknown): void; error(e: unknown): void; complete(): void }) => {
    const controller = new AbortController();
    const timer = req.timeout ? setTimeout(() => controller.abort(), req.timeout) : undefined;
    const headers = { ...(req.headers ?? {}) };
    let body: string | undefined;
    if (req.body !== undefined && req.body !== null) body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    fetch(req.url, { method: req.method ?? 'GET', headers, body, signal: controller.signal })
      .then(async (res) => {
        const text = await res.text();
        let response: unknown = text;
        try {
          response = text ? JSON.parse(text) : null;
        } catch {
          // not JSON: keep the text
        }
        const result = { status: res.status, response, request: req, xhr: { getResponseHeader: (name: string) => res.headers.get(name) } };
        if (res.ok) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch((error: unknown) => subscriber.error({ status: 0, response: null, request: req, error, xhr: { getResponseHeader: () => null } }))
      .finally(() => clearTimeout(timer));
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  });
}

/** A Direct Line client pointed at a test server. */
export interface TestClient {
  directLine: DirectLine;
  /** Every activity received, in order. */
  received: Activity[];
  /** Waits until an activity matches, and returns it. */
  waitFor(match: (activity: Activity) => boolean, timeoutMs?: number): Promise<Activity>;
  /** Posts an activity and returns its id. */
  post(activity: Partial<Activity>): Promise<string>;
  end(): void;
}

/**
 * Opens a client with `token`.
 * @param webSocket true to stream, false to poll (every 200 ms, the library's minimum).
 */
export function openClient(baseUrl: string, token: string, webSocket: boolean): TestClient {
  // The library checks for a global WebSocket before it uses the one given as a service.
  const globals = globalThis as { WebSocket?: unknown };
  if (webSocket && globals.WebSocket === undefined) globals.WebSocket = WebSocket;
  const directLine = new DirectLine({
    token,
    domain: `${baseUrl}/v3/directline`,
    webSocket,
    pollingInterval: 200,
    timeout: 30_000,
    ajax: fetchAjax as never,
    WebSocket: WebSocket as never,
  });
  const received: Activity[] = [];
  const waiters = new Set<() => void>();
  directLine.activity$.subscribe({
    next: (activity) => {
      received.push(activity);
      for (const wake of [...waiters]) wake();
    },
    // The library ends its stream with an error ("conversation ended") when the test calls end().
    error: () => {},
  });
  return {
    directLine,
    received,
    waitFor(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching activity after ${timeoutMs} ms; received: ${JSON.stringify(received.map((a) => [a.type, (a as { text?: string }).text]))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    post(activity) {
      return new Promise((resolve, reject) => {
        directLine.postActivity({ from: { id: 'ignored' }, ...activity } as Activity).subscribe({ next: resolve, error: reject });
      });
    },
    end() {
      directLine.end();
    },
  };
}

export { ConnectionStatus };
