import { expect } from 'vitest';
import { type Finding, type ToldFinding, tellFindings } from '../../lib/finding.js';
import { type ValidateOptions, type ValidationResult, validateSources } from '../../lib/validate.js';
import { ORG, sources } from '../helpers/sources.js';

export { ORG };

/** Deadlines in these tests are compared with this day. */
export const TODAY = '2026-11-23';

/** A validation with its findings told in the registry's language, as the CLI shows them. */
export interface ToldResult extends ValidationResult {
  findings: ToldFinding[];
}

/** The result with its findings told in `locale` (by default the registry's language). */
export function told(result: ValidationResult, locale = result.registry.locale): ToldResult {
  return { ...result, findings: tellFindings(result.findings, locale) };
}

/** Validates `files` (with the minimal lisa.yaml unless one is given) as the registry `registry/`. */
export function check(files: Record<string, string | Uint8Array>, options: ValidateOptions = {}): ToldResult {
  return told(
    validateSources('registry', sources({ 'lisa.yaml': ORG, ...files }), { today: TODAY, ...options }),
  );
}

export function ofRule(result: ToldResult | readonly ToldFinding[], rule: string): ToldFinding[] {
  const list = Array.isArray(result) ? result : (result as ToldResult).findings;
  return list.filter((f) => f.rule === rule);
}

/** The one finding of a rule; fails the test if there is none or more than one. */
export function single(result: ToldResult, rule: string): ToldFinding {
  const found = ofRule(result, rule);
  expect(
    found,
    `findings of ${rule}: ${JSON.stringify(result.findings.map((f) => `${f.file}:${f.line} ${f.rule}`))}`,
  ).toHaveLength(1);
  return found[0] as ToldFinding;
}

/**
 * The 1-based line and column of `part` inside the first occurrence of `needle` in `text`
 * (of `needle` itself when no part is given), the way editors count them.
 */
export function at(text: string, needle: string, part = needle): { line: number; column: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  const inner = needle.indexOf(part);
  if (inner < 0) throw new Error(`"${part}" not in "${needle}"`);
  const offset = start + inner;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Asserts where a finding points. */
export function expectAt(finding: Finding | undefined, file: string, pos: { line: number; column: number }) {
  expect(finding, `a finding in ${file}`).toBeDefined();
  expect({ file: finding?.file, line: finding?.line, column: finding?.column }).toEqual({
    file: `registry/${file}`,
    ...pos,
  });
}

// Register entries that pass their schema, with the interesting fields passed in as YAML lines.

export function system(name: string, protection: Record<string, number>, extra = ''): string {
  const levels = Object.entries(protection).map(([k, v]) => `  ${k}: ${v}\n`);
  return `name: ${name}\nboard: son\nowner: socialchef\nhosting: on-premises\nprotection:${levels.length ? `\n${levels.join('')}` : ' {}\n'}${extra}`;
}

export function asset(name: string, extra = ''): string {
  return `name: ${name}\nboard: son\nowner: socialchef\n${extra}`;
}

export function classification(
  assetId: string,
  date: string,
  levels: Record<string, number>,
  extra = '',
): string {
  const lines = Object.entries(levels).map(
    ([k, v]) => `  ${k}:\n    level: ${v}\n    justification: Bedömd vid workshop.\n`,
  );
  return `asset: ${assetId}\ndate: ${date}\nparticipants: [socialchef, sakerhetssamordnare]\nlevels:${lines.length ? `\n${lines.join('')}` : ' {}\n'}${extra}`;
}

export function processing(name: string, extra = ''): string {
  return `name: ${name}
controller: son
purposes: [Handläggning av ansökningar om bistånd]
legalBasis:
  - basis: official-authority
    reference: Socialtjänstlagen (2001:453)
dataSubjects: [Sökande]
personalData: [Kontaktuppgifter, Ekonomi]
retention:
  period: 5 år efter avslutat ärende
securityMeasures: [Behörighetsstyrning, Loggning]
${extra}`;
}

export function doc(title: string, extra: string): string {
  return `title: ${title}\ntype: policy\nowner: sakerhetssamordnare\n${extra}`;
}

export const DECIDED = 'status: decided\ndecidedBy: ks\ndecision:\n  date: 2025-03-10\n  paragraph: § 41\n';

/** Asserts a finding's text is Swedish: one of the words given appears, and no English placeholder leaks. */
export function expectSwedish(finding: ToldFinding, ...words: string[]) {
  for (const w of words) expect(finding.message + (finding.hint ?? '')).toContain(w);
  expect(finding.message).not.toMatch(/\{\w+\}/);
  expect(finding.hint ?? '').not.toMatch(/\{\w+\}/);
}

/** An incident that passes its schema and every rule: not a personal-data breach, no names. */
export const INCIDENT = `title: Beslut skickat till fel mottagare
description: En handläggare skickade ett beslut till en annan vårdnadshavare än den avsedda.
board: son
owner: sakerhetssamordnare
discovered: 2026-03-04 10:15
type: [confidentiality]
personalDataBreach: false
`;
