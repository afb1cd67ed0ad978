#!/usr/bin/env node
// The `tremplin` command: runs the TypeScript sources directly through tsx, so that
// `npx tremplin …` works right after `npm install`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
