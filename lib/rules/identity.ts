import type { Position } from '../finding.js';
import { findIdentityNumbers, type IdentityKind } from '../identity-numbers.js';
import type { Localized } from '../locale.js';
import type { Rule } from './context.js';

const KIND_NAMES: Record<IdentityKind, Localized> = {
  personnummer: {
    sv: 'ett personnummer',
    nb: 'et svensk personnummer',
    en: 'a Swedish personal identity number',
  },
  samordningsnummer: {
    sv: 'ett samordningsnummer',
    nb: 'et svensk samordningsnummer',
    en: 'a Swedish co-ordination number',
  },
  fodselsnummer: {
    sv: 'ett norskt födelsenummer',
    nb: 'et fødselsnummer',
    en: 'a Norwegian national identity number',
  },
  'd-nummer': { sv: 'ett norskt D-nummer', nb: 'et D-nummer', en: 'a Norwegian D number' },
};

export const identityNumber: Rule = {
  id: 'identity-number',
  severity: 'error',
  description: {
    sv: 'Personnummer, samordningsnummer, fødselsnummer eller D-nummer i en registerfil.',
    nb: 'Personnummer, samordningsnummer, fødselsnummer eller D-nummer i en registerfil.',
    en: 'A personal identity number in a register file.',
  },
  // The message never repeats the number: findings end up in CI logs and PR comments.
  message: {
    sv: 'Här står {kind} (kontrollsiffran stämmer). Identitetsnummer får aldrig finnas i registret.',
    nb: 'Her står {kind} (kontrollsifrene stemmer). Identitetsnummer skal aldri stå i registeret.',
    en: 'This is {kind} (its check digit is valid). Identity numbers must never be in the registry.',
  },
  hint: {
    sv: 'Ta bort numret, även ur kommentarer. Har det redan pushats: skriv om historiken och anmäl en personuppgiftsincident till dataskyddsombudet.',
    nb: 'Fjern nummeret, også fra kommentarer. Er det allerede pushet: skriv om historikken og meld et avvik til personvernombudet.',
    en: 'Remove the number, from comments too. If it was already pushed: rewrite the history and report a personal data breach to the DPO.',
  },
  check(ctx) {
    // Stray YAML files are not registers, but they are in the repo all the same.
    for (const file of [...ctx.registry.files, ...(ctx.registry.strayTexts ?? [])]) {
      for (const hit of identityNumbersIn(file)) {
        ctx.report(
          this,
          { file: file.file, position: hit.position },
          { kind: KIND_NAMES[hit.kind][ctx.locale] },
        );
      }
    }
  },
};

// A file's text does not change while its parse is cached, so neither do the numbers in it.
const memo = new WeakMap<{ text: string }, { kind: IdentityKind; position: Position }[]>();

function identityNumbersIn(file: { text: string; scanText?: string }): {
  kind: IdentityKind;
  position: Position;
}[] {
  let hits = memo.get(file);
  if (hits) return hits;
  hits = [];
  const text = file.text || file.scanText || '';
  const matches = text ? findIdentityNumbers(text) : [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of matches) {
    for (; scanned < m.index; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++;
        lineStart = scanned + 1;
      }
    }
    const column = m.index - lineStart + 1;
    hits.push({ kind: m.kind, position: { line, column, endLine: line, endColumn: column + m.length } });
  }
  memo.set(file, hits);
  return hits;
}
