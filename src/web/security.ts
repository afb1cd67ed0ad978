/**
 * HTTP security headers of the website (helmet), with a Content-Security-Policy that lets the
 * pages run only the server's own scripts: no inline script, no `eval`, styles only from the
 * server or carrying the page's nonce (Web Chat injects its styles with it).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The nonce of this response, made by `assignNonce`. */
export function nonceOf(res: ServerResponse): string {
  return String((res as ServerResponse & { locals?: { cspNonce?: string } }).locals?.cspNonce ?? '');
}

/** Gives every page response a fresh nonce (`res.locals.cspNonce`). */
export const assignNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
};

/** `ws://host` or `wss://host` for the request's own host: where the chat's stream connects. */
function streamOrigin(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost';
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim();
  const secure = forwarded === 'https' || Boolean((req.socket as { encrypted?: boolean }).encrypted);
  return `${secure ? 'wss' : 'ws'}://${host}`;
}

/**
 * The hash of an empty `<style>` element. Web Chat's scroll container (react-scroll-to-bottom)
 * creates one without the nonce, then fills it through the CSSOM (`insertRule`), which CSP
 * does not restrict. Allowing this one hash is what lets the policy do without
 * `'unsafe-inline'`: an empty style element can style nothing.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** Options of `pageSecurity`. */
export interface PageSecurityOptions {
  /**
   * Sites allowed to show the page in a frame: `'self'` for the home page, `'*'` for the chat
   * page that any site embeds with /embed.js.
   */
  frameAncestors: "'self'" | '*';
  /** Adds `upgrade-insecure-requests` (when the public address is https). */
  upgradeInsecureRequests: boolean;
}

/** Helmet for an HTML page; needs `assignNonce` before it. */
export function pageSecurity(options: PageSecurityOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", (_req, res) => `'nonce-${nonceOf(res)}'`, EMPTY_STYLE_HASH],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", (req) => streamOrigin(req)],
        frameAncestors: [options.frameAncestors],
        frameSrc: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: options.upgradeInsecureRequests ? [] : null,
      },
    },
    frameguard: options.frameAncestors === "'self'" ? { action: 'sameorigin' } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/**
 * Helmet for static files. `crossOrigin` lets other sites load them (the embed's script and
 * style): public files, so CORS is open too, which also allows `<script crossorigin>` with
 * Subresource Integrity on the host page.
 */
export function assetSecurity(crossOrigin: boolean): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: crossOrigin ? 'cross-origin' : 'same-origin' },
  });
  if (!crossOrigin) return headers;
  return (req, res, next) => {
    res.set('Access-Control-Allow-Origin', '*');
    headers(req, res, next);
  };
}
