/**
 * The classes of botbuilder-dialogs the bot runs, each loaded from its own module of the
 * package instead of its index.
 *
 * Why: the index loads every prompt, and with the choice, number and date-time prompts the
 * SDK's recognizers-text bundles (~10 MB of source text kept on the heap, ~34 MB of resident
 * memory in all), which Tremplin never calls: its one prompt is a text prompt. These are the
 * same classes the index exports (tests/dialogs/sdk.test.ts checks it, so that an SDK
 * upgrade moving a file fails there, not at run time). Types still come from the index
 * (`import type`, erased when built). Dialog state registers its memory scopes itself
 * (DialogStateManager), so nothing the index does on load is missed.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
