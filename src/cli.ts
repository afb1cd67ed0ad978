/**
 * The one command line: `tremplin <command>`. Each command lives in its own module; this file
 * only dispatches. Run `npx tremplin help` for the list.
 */
import path from 'node:path';
import { loadConfig } from './config.js';

const USAGE = `Usage: tremplin <command>

  serve                      run the bot server (web chat on http://localhost:3978/)
  ask "question" [--lang en] [--json]
                             ask the bot one question; the reply as text or JSON (intent, sources)
  chat                       talk to the bot in the terminal
  knowledge check [dir]      check the knowledge files (default: the knowledge folder); exit 1 on problems
  knowledge diff [--against REF | --base DIR] [--questions FILE] [--json]
                             re-ask the evaluation questions before/after an edit of the knowledge; show what changed
  knowledge import DIR… [--format auto|beta-gouv-jobs|hugo|jekyll] [--out dir] [--organisation id] [--force] [--dry-run] [--json]
                             import published Jekyll/Hugo pages as offers (tremplin knowledge import --help)
  manifest [--out file.zip]  build the Teams app package (default build/tremplin-teams.zip)
  applications …             application status: import, set, show, purge (tremplin applications help)
  report …                   unanswered questions and answer feedback: unanswered, feedback, purge (tremplin report help)
  help                       this text
`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'serve': {
      const { serve } = await import('./serve.js');
      await serve(loadConfig());
      return -1; // keeps running
    }
    case 'ask': {
      const { ask } = await import('./terminal-chat.js');
      return ask(loadConfig(), argv.slice(1), (text) => process.stdout.write(text));
    }
    case 'chat': {
      const { chat } = await import('./terminal-chat.js');
      return chat(loadConfig());
    }
    case 'knowledge': {
      if (argv[1] === 'check') {
        const { checkKnowledge } = await import('./knowledge/check.js');
        const { LAST_GOOD_FOLDER, LastGoodStore } = await import('./knowledge/last-good.js');
        const config = loadConfig();
        const dir = argv[2] ?? config.knowledgeDir;
        const lastGood = await LastGoodStore.open(path.join(config.dataDir, LAST_GOOD_FOLDER), dir, { readOnly: true });
        return checkKnowledge(dir, { lastGood });
      }
      if (argv[1] === 'diff') {
        const { runKnowledgeDiff } = await import('./knowledge-diff/diff-command.js');
        return runKnowledgeDiff(argv.slice(2), { config: loadConfig(), stdout: process.stdout, stderr: process.stderr });
      }
      if (argv[1] === 'import') {
        const { runImportCommand } = await import('./knowledge/import/index.js');
        return runImportCommand(argv.slice(2), { knowledgeDir: loadConfig().knowledgeDir, stdout: process.stdout, stderr: process.stderr });
      }
      process.stderr.write(`tremplin: unknown command "${argv.join(' ')}"\n\n${USAGE}`);
      return 2;
    }
    case 'manifest': {
      const { runManifestCommand } = await import('./teams/manifest.js');
      return runManifestCommand(loadConfig(), argv.slice(1), {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    }
    case 'applications': {
      const { runApplicationsCli } = await import('./applications/cli.js');
      return runApplicationsCli(argv.slice(1), { config: loadConfig(), stdout: process.stdout, stderr: process.stderr });
    }
    case 'report': {
      const { runReportCli } = await import('./insights/cli.js');
      return runReportCli(argv.slice(1), { config: loadConfig(), stdout: process.stdout, stderr: process.stderr });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`tremplin: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
