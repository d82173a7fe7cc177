#!/usr/bin/env node
// The installed command. The CLI is TypeScript, built by tsc into dist/ and bundled into
// dist/bundle/ (by `npm ci`, `npm run build`: scripts/bundle.mjs); this file only starts it, so
// that the package's entry never moves when the build does.
await import('../dist/bundle/cli.js');
