import type { Finding } from '../finding.js';
import { tell } from '../finding.js';
import { KINDS } from '../kinds.js';
import type { Locale } from '../locale.js';
import { locate } from '../parse.js';
import type { Entity, Registry } from '../registry.js';
import { entityKey } from '../registry.js';
import { defineRule, type RuleDef } from '../rule-def.js';
import { closest } from '../suggest.js';

export const suppressError = defineRule({
  id: 'suppress-error',
  severity: 'error',
  description: {
    sv: 'Försök att tysta ett fel.',
    nb: 'Forsøk på å dempe en feil.',
    en: 'An attempt to silence an error.',
  },
  message: {
    sv: 'Regeln "{rule}" ger fel, och fel kan inte tystas.',
    nb: 'Regelen «{rule}» gir feil, og feil kan ikke dempes.',
    en: 'The rule "{rule}" reports errors, and errors cannot be silenced.',
  },
  hint: {
    sv: 'Rätta felet i stället och ta bort raden ur suppress.',
    nb: 'Rett feilen i stedet og fjern linjen fra suppress.',
    en: 'Fix the error instead and remove the line from suppress.',
  },
});

export const suppressUnknown = defineRule({
  id: 'suppress-unknown-rule',
  severity: 'error',
  description: {
    sv: 'Okänd regel i suppress.',
    nb: 'Ukjent regel i suppress.',
    en: 'An unknown rule in suppress.',
  },
  message: {
    sv: 'Det finns ingen regel "{rule}".{didYouMean}',
    nb: 'Det finnes ingen regel «{rule}».{didYouMean}',
    en: 'There is no rule "{rule}".{didYouMean}',
  },
  hint: {
    sv: 'Kör "lisa rules" för att se alla regler.',
    nb: 'Kjør «lisa rules» for å se alle regler.',
    en: 'Run "lisa rules" to list every rule.',
  },
});

export const suppressUnused = defineRule({
  id: 'suppress-unused',
  severity: 'warning',
  description: {
    sv: 'Undantag som inte längre behövs.',
    nb: 'Unntak som ikke lenger trengs.',
    en: 'A suppression no longer needed.',
  },
  message: {
    sv: 'Regeln "{rule}" ger ingen varning för den här posten; undantaget behövs inte.',
    nb: 'Regelen «{rule}» gir ingen advarsel for denne posten; unntaket trengs ikke.',
    en: 'The rule "{rule}" reports nothing for this entry; the suppression is not needed.',
  },
  hint: {
    sv: 'Ta bort raden ur suppress så att varningen syns om problemet kommer tillbaka.',
    nb: 'Fjern linjen fra suppress slik at advarselen vises om problemet kommer tilbake.',
    en: 'Remove the line from suppress so the warning shows if the problem returns.',
  },
});

export const SUPPRESS_RULES = [suppressError, suppressUnknown, suppressUnused];

const DID_YOU_MEAN = { sv: ' Menade du "{s}"?', nb: ' Mente du «{s}»?', en: ' Did you mean "{s}"?' } as const;

/**
 * Applies each entity's `suppress` list: a warning named there with a reason is dropped for that entity only.
 * Errors stay, and a suppression that names an error, no rule, or nothing to silence is itself a finding.
 */
export function applySuppressions(
  findings: Finding[],
  registry: Registry,
  locale: Locale,
  rules: readonly RuleDef[],
): Finding[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const suppressed = new Map<string, Set<string>>();
  const extra: Finding[] = [];
  const used = new Set<string>();
  const report = (rule: RuleDef, entity: Entity, index: number, params: Record<string, unknown>) => {
    const text = tell(rule, locale, params);
    extra.push({
      file: entity.file,
      severity: rule.severity,
      rule: rule.id,
      ...locate(entity.parsed, ['suppress', index, 'rule']),
      message: text.message,
      ...(text.hint ? { hint: text.hint } : {}),
      entity: entityKey(entity),
    });
  };
  const entries: [Entity, number, string][] = [];
  for (const kind of KINDS) {
    for (const entity of registry.entities[kind].values()) {
      if (!entity.valid) continue;
      const list = (entity.data as { suppress?: { rule: string }[] }).suppress ?? [];
      list.forEach((s, i) => {
        const rule = byId.get(s.rule);
        if (!rule) {
          const guess = closest(s.rule, byId.keys());
          report(suppressUnknown, entity, i, {
            rule: s.rule,
            didYouMean: guess ? DID_YOU_MEAN[locale].replace('{s}', guess) : '',
          });
        } else if (rule.severity === 'error') {
          report(suppressError, entity, i, { rule: s.rule });
        } else {
          const key = entityKey(entity);
          let set = suppressed.get(key);
          if (!set) {
            set = new Set();
            suppressed.set(key, set);
          }
          set.add(s.rule);
          entries.push([entity, i, s.rule]);
        }
      });
    }
  }
  const kept = findings.filter((f) => {
    if (f.severity !== 'warning' || !f.entity || !suppressed.get(f.entity)?.has(f.rule)) return true;
    used.add(`${f.entity}#${f.rule}`);
    return false;
  });
  for (const [entity, i, rule] of entries) {
    if (!used.has(`${entityKey(entity)}#${rule}`)) report(suppressUnused, entity, i, { rule });
  }
  return [...kept, ...extra];
}
