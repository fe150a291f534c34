#!/usr/bin/env node
'use strict';
// Built by `npm run build:cli`, which `npm ci` runs through the prepare script.
require('../dist/cli/cli/main.js').main();
