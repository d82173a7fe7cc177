// Bundled in place of the `debug` package for @stdlib's modules (scripts/bundle.mjs), which make a
// logger of it as they load (math-base-special-gammaincinv) and write with it only when $DEBUG names
// them. Loading debug (it looks at the terminal, util and supports-color) cost `report` about 5 ms.
'use strict';
module.exports = function debug() {
  function log() {}
  log.enabled = false;
  return log;
};
