/**
 * A small stand-in for Tremplin's bot, for channel tests: it greets on Web Chat's
 * `webchat/join` event with suggested actions, answers "Réponse : <text>" (or "Answer: …" in
 * English), sends an Adaptive Card on "carte"/"card", fails on "panne", and reports who it
 * thinks it is talking to on "qui suis-je".
 */
import { ActivityHandler, CardFactory, MessageFactory, type Activity } from 'botbuilder';

/** Cards the bot sends, to assert on. */
export const TEST_CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Développeur·se — beta.gouv.fr', weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Lieu', value: 'Paris' },
        { title: 'Télétravail', value: 'Possible' },
      ],
    },
  ],
  actions: [{ type: 'Action.OpenUrl', title: "Voir l'offre", url: 'https://beta.gouv.fr/recrutement' }],
};

/** Everything the bot received, for tests that check what reached it. */
export type Received = Partial<Activity>[];

export class EchoBot extends ActivityHandler {
  readonly received: Received = [];
  private held: Promise<void> | undefined;

  /** Makes every message wait for an answer until the returned function is called (a slow bot). */
  hold(): () => void {
    let release = () => {};
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = undefined;
      release();
    };
  }

  constructor() {
    super();
    this.onEvent(async (context, next) => {
      this.received.push(context.activity);
      if (context.activity.name === 'webchat/join') {
        const english = /^en/i.test((context.activity.value as { locale?: string } | undefined)?.locale ?? '');
        const welcome = english
          ? MessageFactory.suggestedActions(['Remote work', 'Salaries', 'Card'], 'Hello, I am Tremplin. Ask me about our offers.')
          : MessageFactory.suggestedActions(['Télétravail', 'Salaires', 'Carte'], 'Bonjour, je suis Tremplin. Posez-moi vos questions sur nos offres.');
        await context.sendActivity(welcome);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const { activity } = context;
      this.received.push(activity);
      await this.held;
      const text = activity.text ?? '';
      const english = /^en/i.test(activity.locale ?? '');
      if (/^(carte|card)$/i.test(text.trim())) {
        await context.sendActivity({ type: 'typing' });
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(TEST_CARD)] });
      } else if (text === 'panne') {
        throw new Error('the test bot fails on purpose');
      } else if (text === 'qui suis-je') {
        const { from, channelId } = activity;
        await context.sendActivity(`Vous êtes ${from.id} (${from.role ?? '?'}, ${String(from.aadObjectId)}) sur ${channelId}`);
      } else {
        await context.sendActivity({
          text: english ? `Answer: ${text}` : `Réponse : ${text}`,
          channelData: { intent: 'echo' },
        });
      }
      await next();
    });
  }
}
