/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: by area (our
 * sources, each dependency, Node itself, garbage collection, idle) and the functions that
 * take most, both self time and total time (with what they call). Used by `npm run load --
 * --profile`; the same file opens in Chrome DevTools for a flame chart.
 */
import fs from 'node:fs';
import { PROJECT_ROOT } from '../src/config.js';
import { table } from './measure.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Where a frame's code lives: `src/bot/core.ts`, `botbuilder-core`, `node`, `(garbage collector)`… */
function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1]!;
  if (file.startsWith('node:')) return 'node';
  if (file.startsWith(PROJECT_ROOT)) return file.slice(PROJECT_ROOT.length + 1);
  return file;
}

const keyOf = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const area = areaOf(url, functionName);
  return `${functionName || '(anonymous)'} ${area}${url && !area.startsWith('(') ? `:${lineNumber + 1}` : ''}`;
};

/** A text summary of `file`: shares of time by area, then the `top` functions by self and total time. */
export function summariseCpuProfile(file: string, top: number): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const id of profile.samples) {
    const leaf = byId.get(id)!;
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + 1);
    const area = areaOf(leaf.callFrame.url, leaf.callFrame.functionName);
    const areaKey = /^(src|dialogs)\//.test(area) ? area.split('/').slice(0, 2).join('/') : area;
    areas.set(areaKey, (areas.get(areaKey) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + 1);
    }
  }
  const n = profile.samples.length;
  const pct = (v: number) => `${((100 * v) / n).toFixed(1)} %`;
  const rank = (m: Map<string, number>, count: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, count);
  const busy = rank(total, top * 3).filter(([k]) => !/^\((root|program|idle|garbage collector)\)/.test(k));
  return [
    `CPU profile: ${n.toLocaleString('en')} samples`,
    '',
    table(['where (self time)', 'share'], rank(areas, top).map(([k, v]) => [k, pct(v)])),
    '',
    table(['function (self time)', 'share'], rank(self, top).map(([k, v]) => [k, pct(v)])),
    '',
    table(['function (total time, with what it calls)', 'share'], busy.slice(0, top).map(([k, v]) => [k, pct(v)])),
  ].join('\n');
}
