/**
 * The values of the Bot Framework SDK (botbuilder) the server runs, named in one place, as
 * dialogs/sdk.ts names the dialogs' classes: types still come from 'botbuilder' itself.
 *
 * They come from the package's public index only. The built server (`npm start`) holds this
 * file and dialogs/sdk.ts with the SDK inside them, written to cost less memory
 * (scripts/build.ts, `buildSdk`); the code is the package's, loaded through its index.
 */
export {
  ActionTypes,
  ActivityTypes,
  AttachmentLayoutTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  ConversationState,
  DeliveryModes,
  TeamsActivityHandler,
  TurnContext,
  UserState,
} from 'botbuilder';
