// Bundled in place of the `debug` package for @stdlib's modules (scripts/bundle.mjs), which make a
// logger of it as they load (math-base-special-gammaincinv) and write with it only when $DEBUG names
// them. Loading debug (it looks at the terminal, util and supports-color) cost `report` about 5 ms:
// without $DEBUG, a logger that writes nothing; with it, the real debug package, bundled from
// @stdlib's own dependency and loaded only then, so that DEBUG=gammaincinv:* shows what it would
// without the bundle.
'use strict';
module.exports = function debug(namespace) {
  if (process.env.DEBUG) return require('debug')(namespace);
  function log() {}
  log.enabled = false;
  return log;
};
