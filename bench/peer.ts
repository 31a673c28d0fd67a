// The peer of `lisa validate`: a plain Node script that reads every YAML file of a registry folder, parses it
// with js-yaml and checks it against its JSON Schema with ajv, and nothing else (no positions, no messages in
// the user's language, no rules across files), holding what it parsed as any validation across files must.
// Run as a process by bench/cli.ts beside `lisa validate`, so `lisa/peer` says what lisa's own work costs on
// top of reading, parsing and schema checks.
// Usage: node build/bench/peer.js DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import _Ajv2020 from 'ajv/dist/2020.js';
import _addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import agreement from '../schemas/agreement.schema.json' with { type: 'json' };
import asset from '../schemas/asset.schema.json' with { type: 'json' };
import audit from '../schemas/audit.schema.json' with { type: 'json' };
import classification from '../schemas/classification.schema.json' with { type: 'json' };
import common from '../schemas/common.schema.json' with { type: 'json' };
import cycle from '../schemas/cycle.schema.json' with { type: 'json' };
import document from '../schemas/document.schema.json' with { type: 'json' };
import faq from '../schemas/faq.schema.json' with { type: 'json' };
import incident from '../schemas/incident.schema.json' with { type: 'json' };
import kpi from '../schemas/kpi.schema.json' with { type: 'json' };
import organisation from '../schemas/organisation.schema.json' with { type: 'json' };
import plan from '../schemas/plan.schema.json' with { type: 'json' };
import processing from '../schemas/processing.schema.json' with { type: 'json' };
import report from '../schemas/report.schema.json' with { type: 'json' };
import review from '../schemas/review.schema.json' with { type: 'json' };
import risk from '../schemas/risk.schema.json' with { type: 'json' };
import synonyms from '../schemas/synonyms.schema.json' with { type: 'json' };
import system from '../schemas/system.schema.json' with { type: 'json' };
import training from '../schemas/training.schema.json' with { type: 'json' };

const Ajv2020 = _Ajv2020.default;
const addFormats = _addFormats.default;

const root = path.resolve(process.argv[2] ?? 'registry');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv, ['date', 'uri', 'email']);
// Every register kind lisa reads (lib/kinds.ts), so both read the same files: a kind missing here would make
// the peer's share of the region smaller than lisa's and the ratio say nothing.
const SCHEMAS = {
  agreement,
  asset,
  audit,
  classification,
  cycle,
  document,
  faq,
  incident,
  kpi,
  organisation,
  plan,
  processing,
  report,
  review,
  risk,
  synonyms,
  system,
  training,
};
ajv.addSchema(common);
const check = new Map(Object.entries(SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)]));

// Every parsed file is kept until the end, as lisa keeps them: its rules read across files, so a peer that
// dropped each document at once would measure the garbage collector's luck (young objects die cheaply),
// not validating a registry (as bench/validate.ts's `yaml parse` holds its results too).
const held: unknown[] = [];
let files = 0;
let invalid = 0;
for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!e.isFile() || !/\.ya?ml$/.test(e.name)) continue;
  const abs = path.join(e.parentPath, e.name);
  const folder = path.relative(root, e.parentPath).split(path.sep)[0];
  const top = e.name === 'lisa.yaml' ? 'organisation' : e.name === 'synonyms.yaml' ? 'synonyms' : '';
  const validate = check.get(folder || top);
  if (!validate) continue;
  files++;
  try {
    const data = load(readFileSync(abs, 'utf8'));
    held.push(data);
    if (!validate(data)) invalid++;
  } catch {
    invalid++;
  }
}
console.log(`${files} files, ${invalid} invalid, ${held.length} held`);
