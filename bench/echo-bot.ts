/**
 * The reference for `npm run load`: a bare Bot Framework echo bot (express, `express.json()`,
 * CloudAdapter, an ActivityHandler that repeats the message), as the SDK's samples write it.
 * What /api/messages costs with nothing of Tremplin in it: the framework's own price.
 * Run by bench/load.ts as a child process: `PORT=… node --import tsx bench/echo-bot.ts`.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MemoryStorage, ConversationState, UserState } from 'botbuilder';
import express from 'express';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
// State as a sample bot keeps it, read and saved every turn: the same work Tremplin's turns do.
const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const turns = conversationState.createProperty<number>('turns');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await turns.set(context, (await turns.get(context, 0)) + 1);
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await conversationState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  }
}

const bot = new EchoBot();
const app = express();
app.use(express.json({ limit: '256kb' }));
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.post('/api/messages', (req, res) => {
  void adapter.process(req, res, (context) => bot.run(context));
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
