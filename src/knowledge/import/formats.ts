/**
 * The kinds of published pages the import reads, and how it recognises each one when asked to
 * (`--format auto`, the default):
 *
 * - `beta-gouv-jobs`: the job files of beta.gouv.fr (Jekyll collection `_jobs`): `roles` as the
 *   headline, `startup`, `open`, `contrat`, `poste_ferme`…;
 * - `hugo`: Hugo content pages (`content/…`, `_index.md`, TOML `+++` or YAML front matter,
 *   shortcodes);
 * - `jekyll`: any other markdown page with YAML front matter (`title`, `date`, `layout`…).
 */
/** The formats `--format` accepts besides `auto`. */
export const IMPORT_FORMATS = ['beta-gouv-jobs', 'hugo', 'jekyll'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Front-matter keys only beta.gouv.fr job files use. */
const BETA_GOUV_KEYS = ['roles', 'role', 'titles', 'startup', 'open', 'poste_pourvu', 'poste_ferme', 'post_ouvert', 'poste_ouvert', 'depublication_date', 'friend', 'junior', 'contrat'];

/**
 * The format of a page, from its path (relative to the imported folder), its fields, how they
 * were written and its body.
 */
export function detectFormat(relative: string, data: Record<string, unknown>, syntax: 'yaml' | 'toml' | 'none', body: string): ImportFormat {
  const segments = relative.split('/');
  if (segments.some((s) => /^_jobs/.test(s)) || BETA_GOUV_KEYS.some((key) => Object.hasOwn(data, key))) return 'beta-gouv-jobs';
  if (syntax === 'toml' || segments.includes('content') || /^_?index\.(md|markdown)$/i.test(segments.at(-1) ?? '') || /\{\{[<%]/.test(body)) return 'hugo';
  return 'jekyll';
}
