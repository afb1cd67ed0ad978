/**
 * The one command line: `tremplin <command>`. Each command lives in its own module; this file
 * only dispatches. Run `npx tremplin help` for the list.
 */
import { loadConfig } from './config.js';

const USAGE = `Usage: tremplin <command>

  serve                      run the bot server (web chat on http://localhost:3978/)
  applications …             application status: import, set, show, purge (tremplin applications help)
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
    case 'applications': {
      const { runApplicationsCli } = await import('./applications/cli.js');
      return runApplicationsCli(argv.slice(1), { config: loadConfig(), stdout: process.stdout, stderr: process.stderr });
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
