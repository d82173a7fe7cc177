#!/usr/bin/env node
// The installed command. The CLI is TypeScript built into dist/ (by `npm ci`, `npm run build`);
// this file only starts it, so that the package's entry never moves when the build does.
await import('../dist/cli.js');
