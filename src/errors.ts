/**
 * Every error message Tremplin shows to a developer, an operator or HR, in one module, so
 * tests can assert the exact words and translators find them in one place. Each message is
 * prefixed with the name of the module that raises it (`knowledge: …`, `config: …`).
 *
 * What the bot says to candidates is not here: those replies live with the dialogs.
 */

/** Configuration read from the environment (src/config.ts). */
export const configErrors = {
  invalid: (problems: string[]) => `config: invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
} as const;

/** A typed error whose message comes from this module. `code` is stable for programs. */
export class TremplinError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TremplinError';
  }
}

/** The Teams app package (src/teams/manifest.ts) and the offers API behind the tab (src/teams/offers-api.ts). */
export const teamsErrors = {
  schemaNotFound: (file: string) =>
    `teams: the Teams manifest schema ${file} is missing from @microsoft/app-manifest; reinstall the dependencies (npm ci)`,
  templateUnreadable: (file: string, reason: string) => `teams: cannot read the manifest template ${file}: ${reason}`,
  templateNotJson: (file: string, reason: string) => `teams: ${file} is not valid JSON after substitution: ${reason}`,
  unknownPlaceholders: (file: string, names: string[]) =>
    `teams: ${file} uses placeholders nobody fills in: ${names.map((n) => `{{${n}}}`).join(', ')}`,
  invalidManifest: (file: string, problems: string[]) =>
    `teams: ${file} does not follow the Teams manifest schema:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  iconMissing: (file: string) => `teams: the icon ${file} is missing; run \`npx tsx scripts/icons.ts\``,
  fakeAppId: (fake: string) =>
    `teams: MicrosoftAppId is not set; the package uses the placeholder id ${fake} and will not reach a real bot. Set MicrosoftAppId (the Entra app registration of the bot) before uploading it to Teams.`,
  notHttps: (url: string) =>
    `teams: PUBLIC_URL is ${url}; Teams only loads tabs and bots over https. Set PUBLIC_URL to the public https address (a tunnel in development).`,
  badPublicUrl: (url: string) => `teams: PUBLIC_URL "${url}" is not a web address (expected e.g. https://tremplin.example.gouv.fr)`,
  invalidQuery: (problems: string[]) => `teams: invalid offers query: ${problems.join('; ')}`,
} as const;
