/**
 * The import graph of Tremplin's own modules (src/ and dialogs/), read with TypeScript's own
 * module resolution (the project's tsconfig): every `import`, `export … from` and type-only
 * import counts, since a type-only cycle is still two modules that cannot be understood apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Module (path relative to the root) → the project modules it imports. */
export type ImportGraph = Map<string, Set<string>>;

function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'public') walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return out;
}

/** Reads the graph of every TypeScript file under `folders` of `root`. */
export function importGraph(root: string, folders: readonly string[] = ['src', 'dialogs']): ImportGraph {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) throw new Error('import-graph: no tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const graph: ImportGraph = new Map();
  const inProject = (file: string) => !path.relative(root, file).startsWith('..') && !file.includes(`${path.sep}node_modules${path.sep}`);
  for (const file of sourceFiles(root, folders)) {
    const from = path.relative(root, file);
    const edges = new Set<string>();
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      const resolved = ts.resolveModuleName(ref.fileName, file, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport || !inProject(resolved.resolvedFileName)) continue;
      edges.add(path.relative(root, resolved.resolvedFileName));
    }
    graph.set(from, edges);
  }
  return graph;
}

/** The strongly connected components of more than one node, or with a self-loop (Tarjan). */
export function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return out;
}

/** The graph of folders: `src/understanding` imports `src/knowledge` when one of its modules does. */
export function folderGraph(graph: ImportGraph, folderOf: (module: string) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [from, edges] of graph) {
    const a = folderOf(from);
    const set = out.get(a) ?? new Set<string>();
    for (const to of edges) {
      const b = folderOf(to);
      if (b !== a) set.add(b);
    }
    out.set(a, set);
  }
  return out;
}
