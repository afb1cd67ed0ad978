/**
 * Direct Line tokens: short JWTs (HS256) that bind one browser to one conversation and one
 * user id. The client treats them as opaque, except for the `user` claim, which Web Chat and
 * botframework-directlinejs read to know who "you" are (as with the Bot Framework service).
 *
 * Two kinds share the key but not the audience, so neither can stand in for the other:
 * conversation tokens (30 minutes, refreshable, sent as `Authorization: Bearer`) and stream
 * tokens (one minute, only good for opening the WebSocket of one conversation).
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import { directLineErrors, TremplinError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { HttpError } from '../../server/http-errors.js';

/** Who a token speaks for. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
}

/** A freshly signed conversation token. */
export interface IssuedToken {
  token: string;
  /** Seconds until it expires, as Direct Line's `expires_in`. */
  expiresIn: number;
}

const ISSUER = 'tremplin';
const CONVERSATION_AUDIENCE = 'tremplin:directline';
const STREAM_AUDIENCE = 'tremplin:directline:stream';
/** The file, under the data folder, that keeps the generated secret. */
export const SECRET_FILE_NAME = 'directline-secret';

/**
 * The key that signs tokens: `config.directLineSecret` when set, else a random secret
 * generated once and kept in `<dataDir>/directline-secret` (mode 0600), so that tokens survive
 * a restart and every instance sharing the data folder accepts them. Several instances on
 * different machines must share `DIRECTLINE_SECRET`.
 */
export function loadDirectLineSecret(config: Config, logger: Logger): Uint8Array {
  if (config.directLineSecret) {
    if (config.directLineSecret.length < 32) throw new TremplinError('directline_secret', directLineErrors.secretTooShort);
    return new TextEncoder().encode(config.directLineSecret);
  }
  const file = path.join(config.dataDir, SECRET_FILE_NAME);
  try {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if ((fs.statSync(file).mode & 0o077) !== 0) logger.warn(directLineErrors.secretFileTooOpen(file));
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (secret.length < 32) throw new Error('the file holds fewer than 32 characters');
    return new TextEncoder().encode(secret);
  } catch (error) {
    throw new TremplinError('directline_secret', directLineErrors.secretUnreadable(file, (error as Error).message));
  }
}

/**
 * jose, loaded when the first token is signed or checked rather than with the server: an idle
 * server keeps about 0.65 MB less heap, and the first visitor waits for one module load.
 */
let jose: Promise<typeof import('jose')> | undefined;
const loadJose = () => (jose ??= import('jose'));

/** Signs and checks Direct Line tokens. */
export class DirectLineTokens {
  /**
   * @param key the signing key (see `loadDirectLineSecret`).
   * @param options.now the clock, in milliseconds (tests move it forward to expire tokens).
   * @param options.tokenTtlSeconds life of a conversation token. Default 1800 (30 minutes,
   *   as the Bot Framework service); the client refreshes it every 15 minutes.
   * @param options.streamTtlSeconds time allowed to open a stream URL. Default 60.
   */
  constructor(
    private readonly key: Uint8Array,
    private readonly options: { now: () => number; tokenTtlSeconds: number; streamTtlSeconds: number },
  ) {}

  /** Seconds since the epoch, by the injected clock. */
  private seconds(): number {
    return Math.floor(this.options.now() / 1000);
  }

  private async sign(claims: TokenClaims, audience: string, ttl: number): Promise<string> {
    const { SignJWT } = await loadJose();
    const now = this.seconds();
    return new SignJWT({ conv: claims.conversationId, user: claims.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + ttl)
      .sign(this.key);
  }

  private async check(token: string, audience: string): Promise<TokenClaims> {
    const { errors: joseErrors, jwtVerify } = await loadJose();
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience,
        currentDate: new Date(this.options.now()),
      });
      if (typeof payload.conv !== 'string' || typeof payload.user !== 'string') throw new Error('claims missing');
      return { conversationId: payload.conv, userId: payload.user };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new HttpError(403, 'TokenExpired', directLineErrors.expiredToken);
      throw new HttpError(403, 'Forbidden', directLineErrors.invalidToken);
    }
  }

  /** A conversation token for `claims`, valid `tokenTtlSeconds`. */
  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const ttl = this.options.tokenTtlSeconds;
    return { token: await this.sign(claims, CONVERSATION_AUDIENCE, ttl), expiresIn: ttl };
  }

  /** Checks a conversation token; throws a 403 `HttpError` (`TokenExpired` when it has expired). */
  verify(token: string): Promise<TokenClaims> {
    return this.check(token, CONVERSATION_AUDIENCE);
  }

  /** A token for the `t` parameter of a stream URL. */
  issueStream(claims: TokenClaims): Promise<string> {
    return this.sign(claims, STREAM_AUDIENCE, this.options.streamTtlSeconds);
  }

  /**
   * Who owns the conversations a client makes, as a store keeps it: a keyed digest of the
   * client's address key, so that no store (Redis) holds addresses in clear.
   */
  ownerOf(client: string): string {
    return createHmac('sha256', this.key).update(`owner:${client}`).digest('base64url').slice(0, 16);
  }

  /** Checks a stream token; throws a 403 `HttpError`. */
  verifyStream(token: string): Promise<TokenClaims> {
    return this.check(token, STREAM_AUDIENCE);
  }
}
