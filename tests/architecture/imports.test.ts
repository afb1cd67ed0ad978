/**
 * The shape of the code, as a newcomer relies on it: no two modules import each other (even
 * through others, even for types), the layers of the domain import only the layers beneath
 * them, and the domain core never imports the Bot Framework SDK or express.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph } from './import-graph.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const graph = importGraph(ROOT);

/** The layers, bottom first: each may import only the layers before it (and modules outside this list). */
const LAYERS = [
  ['src/text', 'src/tuning'],
  ['src/knowledge'],
  ['src/understanding'],
  ['src/answers'],
  ['src/core', 'src/conversation'],
  ['dialogs'],
  ['src/bot'],
];
const layerOf = new Map(LAYERS.flatMap((names, i) => names.map((n) => [n, i] as const)));
/** `src/understanding/recogniser.ts` → `src/understanding`; `src/tuning.ts` → `src/tuning`; `dialogs/x.ts` → `dialogs`. */
const folderOf = (module: string) => {
  const parts = module.split('/');
  if (parts[0] === 'dialogs') return 'dialogs';
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : `${parts[0]}/${parts[1]!.replace(/\.tsx?$/, '')}`;
};

describe('imports', () => {
  it('reads the whole project', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('src/understanding/recogniser.ts')?.has('src/understanding/catalogue.ts')).toBe(true);
  });

  it('has no cycle between modules, in src/ and dialogs/', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(looped)).toEqual([['a', 'b', 'c']]);
  });

  it('lets each layer of the domain import only the layers beneath it', () => {
    const upward: string[] = [];
    for (const [from, targets] of folderGraph(graph, folderOf)) {
      const level = layerOf.get(from);
      if (level === undefined) continue;
      for (const to of targets) {
        const target = layerOf.get(to);
        if (target !== undefined && target >= level) upward.push(`${from} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps the insights the bot records apart from the bot: src/insights imports neither the bot nor the assembled app', () => {
    const reaching = [...folderGraph(graph, folderOf).get('src/insights') ?? []].filter((to) => ['src/bot', 'src/assemble', 'dialogs', 'src/server'].includes(to));
    expect(reaching).toEqual([]);
  });

  it('keeps botbuilder and express out of the domain core (knowledge, understanding, answers, text)', () => {
    const core = [...graph.keys()].filter((m) => /^src\/(knowledge|understanding|answers|text)\//.test(m));
    const offending = core.flatMap((m) =>
      ts
        .preProcessFile(fs.readFileSync(path.join(ROOT, m), 'utf8'), true, true)
        .importedFiles.filter((f) => /^(botbuilder|express)/.test(f.fileName))
        .map((f) => `${m} → ${f.fileName}`),
    );
    expect(core.length).toBeGreaterThan(40);
    expect(offending).toEqual([]);
  });
});
