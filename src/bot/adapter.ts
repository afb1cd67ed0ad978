/**
 * The seam between Tremplin and the Bot Framework SDK.
 *
 * botbuilder is archived (support ended 31 Dec 2025; its successor is the Microsoft 365 Agents
 * SDK, which speaks the same Activity protocol). Adapter creation lives here and only here, so
 * a move to the Agents SDK means rewriting this file and the activity handler, nothing else.
 */
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, DeliveryModes } from './sdk.js';
import type { Config } from '../config.js';
import { LruCache } from '../text/lru.js';
import { setTurnOrigin, type TurnOrigin } from './turn-origin.js';

/** What the bot does with one turn. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/** The address given to activities that enter through Tremplin's own channels. */
export const IN_PROCESS_SERVICE_URL = 'https://tremplin.invalid/in-process';

/**
 * The CloudAdapter, plus a way to run a turn for an activity that Tremplin itself has already
 * authenticated (the Direct Line endpoint after checking its token, the command line).
 */
export class TremplinAdapter extends CloudAdapter {
  private trusted: AuthenticateRequestResult | undefined;
  /** The SDK's answer for a caller without a token when no app id is set: the same for every such request. */
  private anonymous: Promise<AuthenticateRequestResult> | undefined;

  /**
   * @param authentication the SDK's authentication (see `createAdapter`).
   * @param acceptsAnonymous whether no app id is configured, so that callers without a token
   *   are let in (local use, the Emulator, tests); their identity is then built once, not per request.
   */
  constructor(
    authentication: ConfigurationBotFrameworkAuthentication,
    private readonly acceptsAnonymous = false,
  ) {
    super(authentication);
  }

  /**
   * What in-process turns run with: an anonymous identity and a connector that is never used
   * (replies are buffered), built once. The connector factory is the authentication's own, which
   * reuses its clients (see ReusingAuthentication).
   */
  private trustedRequest(): AuthenticateRequestResult {
    if (!this.trusted) {
      const claimsIdentity = this.createClaimsIdentity('');
      const connectorFactory = this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity);
      this.trusted = { audience: '', callerId: undefined, claimsIdentity, connectorFactory };
    }
    return this.trusted;
  }

  /**
   * Answers `POST /api/messages`: what `CloudAdapter.process` does with a request whose JSON
   * body the route has parsed and checked (bot/inbound-activity.ts), without building its zod
   * schemas again for every request (~5 % of a turn's CPU). The caller is authenticated as the
   * SDK does it (JWT when an app id is configured, anonymous otherwise, that identity built on
   * the first such request and kept, as it never differs); a refused caller gets
   * the 401 `CloudAdapter` would give, with the SDK's message. Other failures are thrown to the
   * route's error handler.
   */
  async processMessage(req: MessageRequest, res: MessageResponse, logic: TurnLogic, origin?: TurnOrigin): Promise<void> {
    const activity = withDates(req.body as Activity);
    if (origin) logic = withOrigin(logic, origin);
    const authorization = req.headers.authorization;
    let invokeResponse: InvokeResponse | undefined;
    try {
      if (this.acceptsAnonymous && !authorization) {
        if (!this.anonymous) {
          this.anonymous = this.botFrameworkAuthentication.authenticateRequest(activity, '');
          this.anonymous.catch(() => (this.anonymous = undefined));
        }
        invokeResponse = await this.processActivity(await this.anonymous, activity, logic);
      } else {
        invokeResponse = await this.processActivity(typeof authorization === 'string' ? authorization : '', activity, logic);
      }
    } catch (error) {
      if (!isAuthenticationFailure(error)) throw error;
      res.status(401).send(error.message);
      return;
    }
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body) res.send(invokeResponse.body);
    res.end();
  }

  /**
   * Runs one turn and returns the bot's replies (the `expectReplies` delivery mode, without a
   * round trip through HTTP or a channel service).
   * @param activity an inbound activity; `serviceUrl` and `deliveryMode` are set here.
   * @param origin who the channel says the turn is for (its client).
   */
  async runTrustedTurn(activity: Partial<Activity>, logic: TurnLogic, origin?: TurnOrigin): Promise<Partial<Activity>[]> {
    if (origin) logic = withOrigin(logic, origin);
    const inbound = {
      ...activity,
      serviceUrl: IN_PROCESS_SERVICE_URL,
      deliveryMode: DeliveryModes.ExpectReplies,
    } as Activity;
    const response = await this.processActivity(this.trustedRequest(), inbound, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  }
}

/** `logic`, with the turn's origin recorded first (see turn-origin.ts). */
function withOrigin(logic: TurnLogic, origin: TurnOrigin): TurnLogic {
  return (context) => {
    setTurnOrigin(context, origin);
    return logic(context);
  };
}

/** The request `processMessage` reads: its parsed JSON body and its headers. */
export interface MessageRequest {
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

/** The response `processMessage` writes (an express response is one). */
export interface MessageResponse {
  status(code: number): MessageResponse;
  send(body: unknown): MessageResponse;
  end(): unknown;
}

/**
 * The activity's date fields as `Date`s, their text kept aside (`rawTimestamp`…), as the SDK's
 * own request handling does before a turn.
 */
function withDates(activity: Activity): Activity {
  const fields = activity as unknown as Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = fields[field];
    if (typeof value === 'string') {
      fields[raw] = value;
      fields[field] = new Date(value);
    }
  }
  return activity;
}

/**
 * Whether the SDK refused the caller: its `AuthenticationError` carries the HTTP status it
 * stands for (botframework-connector is not a dependency of ours: read, not imported).
 */
function isAuthenticationFailure(error: unknown): error is Error & { statusCode: number } {
  return error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number' && error.constructor.name === 'AuthenticationError';
}

/** Connector and token clients kept for reuse (one per bot identity, service URL and audience). */
const REUSED_CLIENTS = 100;

/** The claims a client depends on: the bot identity the channel's token names. */
const identityOf = (claims: ClaimsIdentity) => ['aud', 'appid', 'azp', 'ver'].map((type) => claims.getClaimValue(type) ?? '').join('|');

/**
 * The SDK's authentication, with its clients reused: botbuilder builds a connector client and a
 * user token client (each with its HTTP pipeline) for every turn, about 9 % of a turn's CPU,
 * though they depend only on the bot identity, the service URL and the audience. A bounded LRU
 * keeps the last 100 (the service URL comes from the request: an anonymous caller could vary it).
 */
class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new LruCache<string, Promise<ConnectorClient>>(REUSED_CLIENTS);
  private readonly tokenClients = new LruCache<string, Promise<UserTokenClient>>(REUSED_CLIENTS);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = identityOf(claimsIdentity);
    let client = this.tokenClients.get(key);
    if (!client) {
      client = super.createUserTokenClient(claimsIdentity);
      this.tokenClients.set(key, client);
      client.catch(() => this.tokenClients.delete(key));
    }
    return client;
  }

  private reusing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const identity = identityOf(claimsIdentity);
    return {
      create: (serviceUrl, audience) => {
        const key = `${identity}|${audience ?? ''}|${serviceUrl}`;
        let client = this.connectors.get(key);
        if (!client) {
          client = factory.create(serviceUrl, audience);
          this.connectors.set(key, client);
          client.catch(() => this.connectors.delete(key));
        }
        return client;
      },
    };
  }
}

/**
 * Builds the adapter from the configuration: anonymous when no `MicrosoftAppId` is set (local
 * use, the Emulator, tests), JWT-validated when it is.
 */
export function createAdapter(config: Config): TremplinAdapter {
  const app = config.microsoftApp;
  const settings = {
    MicrosoftAppId: app.id ?? '',
    MicrosoftAppPassword: app.password ?? '',
    MicrosoftAppType: app.type,
    MicrosoftAppTenantId: app.tenantId ?? '',
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const auth = new ReusingAuthentication(settings, credentials);
  return new TremplinAdapter(auth, !app.id);
}
