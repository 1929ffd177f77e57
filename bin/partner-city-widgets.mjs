#!/usr/bin/env node
// The package's command: `npx partner-city-widgets import ARTICLE.txt|.html|- [--lang sl] [--out announcement.json]`.
// The command itself is bin/cli.mjs, built with the importer (src/import) and linkedom into
// dist/cli.mjs by scripts/build-cli.mjs (part of `npm run build` and so of `npm pack`).
import { main } from '../dist/cli.mjs';

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
