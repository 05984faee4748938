// npm run docs: writes the README's rules table from the rules themselves (id, zone, description),
// so the documentation cannot drift from the code; test/readme.test.ts checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesTable } from './rules-table.js';

const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${await rulesTable()}<!-- rules:end -->`);
writeFileSync('README.md', next);
