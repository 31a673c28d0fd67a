// Every rule has its page, docs/rules/<id>.md, with what it checks, why, how to fix it and an example of
// wrong and right YAML; the index lists it; `lisa rules` and SARIF link to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ruleDocUrl } from '../../lib/rules/docs.js';
import { ALL_RULES } from '../../lib/rules/index.js';
import { ROOT } from '../action/harness.js';
import { lisa, registryOnDisk } from '../cli/helpers.js';

const DOCS = path.join(ROOT, 'docs/rules');

describe('rule documentation', () => {
  for (const rule of ALL_RULES)
    it(`${rule.id} has a page with what, why, how to fix and examples`, () => {
      const file = path.join(DOCS, `${rule.id}.md`);
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toMatch(new RegExp(`^# \`${rule.id}\` — `));
      expect(text).toContain(rule.severity === 'error' ? '**Fel.**' : '**Varning.**');
      expect(text).toMatch(/^> \*In English:\* \S/m);
      for (const heading of ['## Vad regeln kontrollerar', '## Varför', '## Så rättar du', '## Exempel'])
        expect(text).toContain(heading);
      const wrong = /\*\*Fel\*\*\n\n```(\w+)\n([\s\S]*?)```/.exec(text);
      const right = /\*\*Rätt\*\*\n\n```(\w+)\n([\s\S]*?)```/.exec(text);
      expect(wrong, 'an example of wrong YAML').not.toBeNull();
      expect(right, 'an example of right YAML').not.toBeNull();
      // The right example is YAML that reads without an error.
      if (right?.[1] === 'yaml')
        for (const doc of parseAllDocuments(right[2] ?? '')) expect(doc.errors, rule.id).toEqual([]);
      // No identity number in an example: placeholders only.
      expect(text).not.toMatch(/\d{6}[-+]?\d{4}/);
    });

  it('no page for a rule that does not exist, and the index lists every rule', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pages.map((f) => f.replace(/\.md$/, '')).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
    const index = readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    for (const rule of ALL_RULES) expect(index).toContain(`](${rule.id}.md)`);
  });

  it('lisa rules links each rule to its page', async () => {
    const r = await lisa(['rules'], { cwd: registryOnDisk({}) });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(ALL_RULES.length);
    for (const [i, rule] of ALL_RULES.entries())
      expect(lines[i]).toMatch(new RegExp(`${ruleDocUrl(rule.id)}$`));
    expect(ruleDocUrl('identity-number')).toBe(
      'https://github.com/lisa-isms/lisa/blob/main/docs/rules/identity-number.md',
    );
  });
});
