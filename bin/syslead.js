#!/usr/bin/env node
// The installed command. The CLI is TypeScript, built by tsc into dist/ and bundled into
// dist/bundle/ (by `npm ci`, `npm run build`: scripts/bundle.mjs); this file only starts it, so
// that the package's entry never moves when the build does.
import module from 'node:module';

// Node 22.1 and later keep the code they compiled from the bundle in a cache (in the temporary
// folder, unless NODE_COMPILE_CACHE names another; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so
// that the next start compiles less. Node 20 has no such cache: there this does nothing.
module.enableCompileCache?.();
await import('../dist/bundle/cli.js');
