/**
 * Who a turn is on behalf of, beyond what the activity claims: the **client** that per-client
 * limits count (the candidates' verification budget). The channel that received the request
 * decides it and hands it to the turn (`TremplinAdapter.processMessage`, `runTrustedTurn`),
 * never the activity's sender:
 *
 * - Direct Line (the website): the HTTP client's address (`address:<ip>`, IPv6 by /56, behind
 *   `TRUST_PROXY` the forwarded one);
 * - /api/messages without an app id (Emulator, Agents Playground, anyone on the network):
 *   the HTTP client's address too — nothing else in the activity can be trusted;
 * - /api/messages with an app id: the caller is Microsoft's Bot Service, whose few addresses
 *   every user shares, so the client is the user the channel vouches for: in Teams the tenant
 *   and the user's Entra object id (`teams:<tenant>:<user>`), elsewhere the channel and the
 *   user id (`channel:<channel>:<user>`);
 * - turns run by Tremplin itself without one (the command line, tests): the channel and user.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { addressKey } from '../server/rate-limit.js';

/** What a channel knows of a turn's origin. */
export interface TurnOrigin {
  /** The client per-client limits count (see the module comment). */
  client: string;
}

const ORIGIN = Symbol('tremplin.turnOrigin');

/** The client of a request that came from `ip` (Direct Line, anonymous /api/messages). */
export function addressClient(ip: string | undefined): string {
  return `address:${addressKey(ip)}`;
}

/** The client of an activity the Bot Service authenticated: the user the channel vouches for. */
export function channelClient(activity: Partial<Activity>): string {
  const user = activity.from?.aadObjectId ?? activity.from?.id ?? '';
  if (activity.channelId === 'msteams') {
    const tenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId ?? '';
    return `teams:${String(tenant)}:${user}`;
  }
  return `channel:${activity.channelId ?? ''}:${user}`;
}

/** Records the origin of the turn (done by the adapter before the bot runs). */
export function setTurnOrigin(context: TurnContext, origin: TurnOrigin): void {
  context.turnState.set(ORIGIN, origin);
}

/** The turn's origin: what the channel recorded, else the channel and user of the activity. */
export function turnOrigin(context: TurnContext): TurnOrigin {
  return (context.turnState.get(ORIGIN) as TurnOrigin | undefined) ?? { client: channelClient(context.activity) };
}
