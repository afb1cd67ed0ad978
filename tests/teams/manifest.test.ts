/**
 * The Teams app package: built into a temp folder, checked against the official v1.30 schema,
 * opened, and its icons decoded. What Teams would refuse at upload must fail here first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import {
  buildTeamsPackage,
  FAKE_APP_ID,
  MANIFEST_DIR,
  manifestSchemaPath,
  validateLocalization,
  validateManifest,
} from '../../src/teams/manifest.js';
import { decodePng, readPngHeader } from './png.js';
import { readZipEntry, zipEntries } from './zip.js';

const APP_ID = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tremplin-teams-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the Teams app package', () => {
  it('builds a zip whose manifest, filled in from the configuration, follows the v1.30 schema', async () => {
    const outFile = path.join(tmp, 'ok', 'tremplin-teams.zip');
    const config = loadConfig({ MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://tremplin.example.gouv.fr/' });
    const built = await buildTeamsPackage({ config, outFile });
    expect(built.warnings).toEqual([]);

    const zip = fs.readFileSync(outFile);
    const names = zipEntries(zip).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'color.png', 'outline.png']));
    expect(names.every((n) => !n.includes('/'))).toBe(true); // all at the root, as Teams requires

    const manifest = JSON.parse(readZipEntry(zip, 'manifest.json').toString('utf8'));
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    expect(manifest.composeExtensions[0]).toMatchObject({
      botId: APP_ID,
      commands: [{ id: 'searchOffers', type: 'query', initialRun: true, parameters: [{ name: 'query' }] }],
    });
    expect(manifest.staticTabs[0]).toMatchObject({ name: 'Offres', contentUrl: 'https://tremplin.example.gouv.fr/teams/tab', scopes: ['personal'] });
    expect(manifest.validDomains).toEqual(['tremplin.example.gouv.fr']);
    expect(manifest.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://tremplin.example.gouv.fr/${APP_ID}` });
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/); // no placeholder left
    const version = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
    expect(manifest.version).toBe(version);

    // the English strings ship too, and translate strings that exist
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('fr-fr');
    for (const { file } of manifest.localizationInfo.additionalLanguages) {
      expect(names).toContain(file);
      expect(validateLocalization(JSON.parse(readZipEntry(zip, file).toString('utf8')), manifest)).toEqual([]);
    }
  });

  it('reads the schema from @microsoft/app-manifest, not from the network', () => {
    const file = manifestSchemaPath();
    expect(file).toMatch(/@microsoft[\\/]app-manifest[\\/].*v1\.30[\\/]MicrosoftTeams\.schema\.json$/);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).properties.manifestVersion.const).toBe('1.30');
  });

  it('without MicrosoftAppId, uses an obviously fake id and warns about it and about http', async () => {
    const outFile = path.join(tmp, 'fake', 'package.zip');
    const built = await buildTeamsPackage({ config: loadConfig({}), outFile });
    expect(built.manifest.id).toBe(FAKE_APP_ID);
    expect(built.warnings.join('\n')).toContain(`MicrosoftAppId is not set; the package uses the placeholder id ${FAKE_APP_ID}`);
    expect(built.warnings.join('\n')).toContain('Teams only loads tabs and bots over https');
    expect(validateManifest(built.manifest)).toEqual([]);
    expect(built.manifest.validDomains).toEqual(['localhost:3978']);
  });

  it('refuses a manifest that breaks the schema, naming each problem by its JSON path, and writes nothing', async () => {
    const dir = path.join(tmp, 'broken');
    fs.cpSync(MANIFEST_DIR, dir, { recursive: true });
    const template = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    template.name.short = 'Tremplin, assistant de recrutement public';
    delete template.developer.privacyUrl;
    template.bots[0].scopes.push('everywhere');
    template.staticTabs[0].colour = 'blue';
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(template));
    const outFile = path.join(dir, 'out.zip');

    const failure = buildTeamsPackage({ config: loadConfig({ MicrosoftAppId: APP_ID }), manifestDir: dir, outFile });
    await expect(failure).rejects.toThrow(/\$\.name\.short: must NOT have more than 30 characters/);
    await expect(failure).rejects.toThrow(/\$\.developer\.privacyUrl: is required/);
    await expect(failure).rejects.toThrow(/\$\.bots\[0\]\.scopes\[3\]: must be equal to one of the allowed values/);
    await expect(failure).rejects.toThrow(/\$\.staticTabs\[0\]\.colour: is not a property the schema allows/);
    expect(fs.existsSync(outFile)).toBe(false);
  });

  it('refuses icons of the wrong size and translations of strings that do not exist', async () => {
    const dir = path.join(tmp, 'icons');
    fs.cpSync(MANIFEST_DIR, dir, { recursive: true });
    fs.copyFileSync(path.join(dir, 'outline.png'), path.join(dir, 'color.png'));
    const strings = JSON.parse(fs.readFileSync(path.join(dir, 'en-us.json'), 'utf8'));
    strings['staticTabs[3].name'] = 'Ghost tab';
    fs.writeFileSync(path.join(dir, 'en-us.json'), JSON.stringify(strings));
    const failure = buildTeamsPackage({ config: loadConfig({ MicrosoftAppId: APP_ID }), manifestDir: dir, outFile: path.join(dir, 'out.zip') });
    await expect(failure).rejects.toThrow(/color\.png: must be a 192×192 PNG \(found 32×32\)/);
    await expect(failure).rejects.toThrow(/en-us\.json \$\["staticTabs\[3\]\.name"\]: translates a string the manifest does not have/);
  });

  it('ships a 192×192 colour icon on DSFR blue and a 32×32 outline icon of white on transparent', () => {
    const color = decodePng(fs.readFileSync(path.join(MANIFEST_DIR, 'color.png')));
    expect(color.header).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    expect([2, 6]).toContain(color.header.colorType);
    expect([...color.rgba.subarray(0, 4)]).toEqual([0x00, 0x00, 0x91, 255]); // corner: #000091
    let white = 0;
    for (let i = 0; i < color.rgba.length; i += 4) if (color.rgba[i] === 255 && color.rgba[i + 1] === 255 && color.rgba[i + 2] === 255) white++;
    expect(white).toBeGreaterThan(192 * 192 * 0.05); // a motif, not a plain square

    const outline = decodePng(fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    expect(readPngHeader(fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')))).toMatchObject({ width: 32, height: 32, colorType: 6 });
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a === 0) transparent++;
      else expect([r, g, b]).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(32 * 32 * 0.1);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
  });

  it('`tremplin manifest` writes the package, and exits 1 listing the problems when it would be invalid', async () => {
    const run = promisify(execFile);
    const cli = path.join(PROJECT_ROOT, 'bin', 'tremplin.js');
    const outFile = path.join(tmp, 'cli', 'package.zip');
    const ok = await run(process.execPath, [cli, 'manifest', '--out', outFile], {
      env: { PATH: process.env.PATH, MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://tremplin.example.gouv.fr' },
    });
    expect(ok.stdout).toContain('package.zip');
    expect(ok.stderr).toBe('');
    expect(zipEntries(fs.readFileSync(outFile)).map((e) => e.name)).toContain('manifest.json');

    const bad = run(process.execPath, [cli, 'manifest', '--out', path.join(tmp, 'cli', 'bad.zip')], {
      env: { PATH: process.env.PATH, MicrosoftAppId: 'not-a-guid', PUBLIC_URL: 'https://tremplin.example.gouv.fr' },
    });
    await expect(bad).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/\$\.id: must match pattern/) });
    expect(fs.existsSync(path.join(tmp, 'cli', 'bad.zip'))).toBe(false);
  });
});
