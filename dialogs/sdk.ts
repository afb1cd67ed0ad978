/**
 * The classes of botbuilder-dialogs the bot runs, named in one place: the seam a move to
 * another dialogs SDK (the Microsoft 365 Agents SDK's dialogs) would change.
 *
 * They come from the package's public index only. Loading them from the package's own files
 * (`botbuilder-dialogs/lib/…`) would spare the index's prompts and the recognizers-text
 * bundles they load (~10 MB of heap, ~30 MB of resident memory, never called by Tremplin's one
 * text prompt), but those paths are the SDK's internals, not its API: an upgrade or a move
 * could break them silently. README's memory section states the cost. The built server
 * (`npm start`) holds this file with the SDK inside it, written to cost less memory
 * (scripts/build.ts, `buildSdk`); the code is the package's, loaded through its index.
 */
export { ComponentDialog, Dialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
