#!/usr/bin/env node
'use strict';
// Built by `npm run build:cli`, which `npm ci` runs through the prepare script.
// The version the sheets it writes are stamped with (the add-in gets it from webpack).
globalThis.__GEVINST_VERSION__ = require('../package.json').version;
require('../dist/cli/cli/main.js').main();
