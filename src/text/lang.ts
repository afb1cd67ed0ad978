/**
 * The languages Tremplin reads and writes. French is the default everywhere. A leaf: the text
 * utilities, the knowledge schemas and the understanding all name languages the same way.
 */

/** Languages the knowledge is written in and the bot speaks. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
