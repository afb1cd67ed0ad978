/**
 * Splits a knowledge file into its YAML front matter and its markdown body (gray-matter, the
 * Jekyll/Hugo convention), parsing the YAML with `yaml` so that every field keeps its line:
 * a problem on `salary.bands.1.amount` points at the line of that `amount`.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { knowledgeErrors } from '../errors.js';
import type { ProblemInFile } from './problems.js';

/** A parsed front matter with the lines of its fields. */
export interface FrontMatter {
  /** The fields, as YAML gives them (strings, numbers, lists, maps); `{}` when there are none. */
  readonly data: Record<string, unknown>;
  /** The markdown after the closing `---`, untrimmed. */
  readonly body: string;
  /** Line of the closing `---`. */
  readonly closingLine: number;
  /**
   * Line of the deepest part of `path` present in the file: the key for a map entry, the item
   * for a list element; 1 (the opening `---`) when not even the first key is present.
   */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Where the YAML errors of one file are reported at most (the first ones say enough). */
const MAX_YAML_ERRORS = 5;

/**
 * Reads the front matter of a file's text (LF line ends, no BOM). Returns the front matter,
 * or the problems that prevent reading it: no front matter, never closed, YAML syntax errors,
 * duplicated keys, not a list of fields.
 */
export function parseFrontMatter(text: string): { frontMatter?: FrontMatter; problems: ProblemInFile[] } {
  const firstLineEnd = text.indexOf('\n');
  const firstLine = (firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).trimEnd();
  if (firstLine === '+++') return { problems: [{ line: 1, message: knowledgeErrors.tomlFrontMatter }] };
  if (firstLine !== '---') return { problems: [{ line: 1, message: knowledgeErrors.noFrontMatter }] };
  // Same rule as gray-matter: the front matter ends at the next line starting with `---`.
  const closing = firstLineEnd === -1 ? -1 : text.indexOf('\n---', firstLineEnd);
  if (closing === -1) return { problems: [{ line: 1, message: knowledgeErrors.unclosedFrontMatter }] };
  const closingLine = countLines(text, closing + 1);

  // gray-matter hands the engine the text from the end of the opening `---`, so line N of
  // what the engine parses is line N of the file.
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  let yamlSource = '';
  const file = matter(text, {
    language: 'yaml',
    engines: {
      yaml: {
        parse: (source: string) => {
          yamlSource = source;
          doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
          return {};
        },
      },
    },
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc && doc.errors.length > 0) {
    const problems: ProblemInFile[] = [];
    const seenLines = new Set<number>();
    for (const error of doc.errors) {
      const line = lineAt(error.pos[0]);
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      problems.push(
        error.code === 'DUPLICATE_KEY'
          ? { line, field: keyAt(yamlSource, error.pos[0]), message: knowledgeErrors.duplicateKey }
          : { line, message: knowledgeErrors.yamlSyntax(error.message.replace(/\s+/g, ' ')) },
      );
      if (problems.length === MAX_YAML_ERRORS) break;
    }
    return { problems };
  }

  let data: unknown = {};
  if (doc && doc.contents !== null) {
    if (!isMap(doc.contents)) return { problems: [{ line: 2, message: knowledgeErrors.notAMapping }] };
    try {
      data = doc.toJS();
    } catch (error) {
      return { problems: [{ line: 2, message: knowledgeErrors.yamlSyntax((error as Error).message) }] };
    }
  }

  const root = doc?.contents;
  return {
    problems: [],
    frontMatter: {
      data: data as Record<string, unknown>,
      body: file.content,
      closingLine,
      lineOf(path) {
        let node: unknown = root;
        let line = 1;
        for (const segment of path) {
          let next: { range?: [number, number, number] | null } | undefined;
          let nodeAtLine: { range?: [number, number, number] | null } | undefined;
          if (isMap(node)) {
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
            nodeAtLine = pair?.key as typeof nodeAtLine;
            next = pair?.value as typeof next;
          } else if (isSeq(node) && typeof segment === 'number') {
            next = nodeAtLine = node.items[segment] as typeof next;
          }
          if (!nodeAtLine?.range) break;
          line = lineAt(nodeAtLine.range[0]);
          node = next;
        }
        return line;
      },
    },
  };
}

/** The key written at `offset` (`question` in `question: …`), without quotes. */
function keyAt(source: string, offset: number): string {
  const key = /^\s*([^:\n]*?)\s*:/.exec(source.slice(offset))?.[1] ?? '';
  return key.replace(/^(["'])(.*)\1$/, '$2');
}

/** The 1-based line of the character at `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
