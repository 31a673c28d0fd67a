// What each register entry offers a question, before any of it is reduced to stems: its names (the name, each
// alias, the file id), lesser names, ways of asking, and the data subjects it holds. One function per kind;
// index.ts turns the drafts into entries.
import type { Kind } from '../kinds.js';
import type { RegisterText } from '../locale.js';
import type { Entity } from '../registry.js';
import type { EntryKind } from './index.js';

export interface Draft {
  kind: EntryKind;
  entity: Entity;
  /** For a recommendation: its index in the audit's list. */
  item?: number;
  names: string[];
  secondary?: string[];
  questions?: string[];
  words: string[];
  subjects?: string[];
}

function text(value: RegisterText | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}

function idWords(id: string): string {
  return id.replace(/-/g, ' ');
}

function system(entity: Entity<'system'>): Draft[] {
  const s = entity.data;
  return [
    {
      kind: 'system',
      entity,
      names: [s.name, ...(s.aliases ?? []), idWords(entity.id)],
      words: [text(s.description), s.supplier ?? ''],
    },
  ];
}

function asset(entity: Entity<'asset'>): Draft[] {
  const a = entity.data;
  return [
    {
      kind: 'asset',
      entity,
      names: [a.name, ...(a.aliases ?? []), idWords(entity.id)],
      words: [text(a.description)],
      subjects: [
        ...(a.personalData?.dataSubjects ?? []),
        ...(a.personalData?.categories ?? []),
        a.name,
        ...(a.aliases ?? []),
      ],
    },
  ];
}

function processing(entity: Entity<'processing'>): Draft[] {
  const p = entity.data;
  return [
    {
      kind: 'processing',
      entity,
      names: [p.name, idWords(entity.id)],
      words: [...(p.purposes ?? [])],
      subjects: [...(p.dataSubjects ?? []), ...(p.personalData ?? [])],
    },
  ];
}

function document(entity: Entity<'document'>): Draft[] {
  const doc = entity.data;
  return [
    {
      kind: 'document',
      entity,
      names: [doc.title, idWords(entity.id)],
      secondary: [...(doc.topics ?? [])],
      words: [text(doc.summary)],
    },
  ];
}

function kpi(entity: Entity<'kpi'>): Draft[] {
  const k = entity.data;
  return [
    { kind: 'kpi', entity, names: [k.name, idWords(entity.id)], words: [text(k.definition), k.source ?? ''] },
  ];
}

function cycle(entity: Entity<'cycle'>): Draft[] {
  const c = entity.data;
  return [{ kind: 'cycle', entity, names: [c.name, idWords(entity.id)], words: [text(c.description)] }];
}

/** An audit, and each of its recommendations as an entry of its own. */
function audit(entity: Entity<'audit'>): Draft[] {
  const a = entity.data;
  const out: Draft[] = [
    {
      kind: 'audit',
      entity,
      names: [a.title, idWords(entity.id)],
      secondary: [a.firm ?? ''],
      words: [a.summary ?? ''],
    },
  ];
  (a.recommendations ?? []).forEach((r, i) => {
    out.push({
      kind: 'recommendation',
      entity,
      item: i,
      names: [r.id],
      secondary: [r.text],
      words: [r.answer ?? '', ...(r.plannedActions ?? []).map((p) => `${p.id} ${p.text}`), a.title],
    });
  });
  return out;
}

function faq(entity: Entity<'faq'>): Draft[] {
  const f = entity.data;
  return [
    {
      kind: 'faq',
      entity,
      names: [idWords(entity.id)],
      questions: [...(f.questions ?? [])],
      words: [...(f.topics ?? [])],
    },
  ];
}

/** Who a training is for, in the words staff use for them in each language. */
const AUDIENCE: Record<string, string[]> = {
  staff: ['medarbetare', 'anställda', 'ansatte', 'medarbeidere', 'staff', 'employees'],
  managers: ['chefer', 'ledare', 'ledere', 'managers'],
  'elected-members': [
    'förtroendevalda',
    'politiker',
    'folkevalgte',
    'politikere',
    'elected members',
    'politicians',
  ],
  'crisis-management': ['krisledningen', 'kriseledelsen', 'crisis management'],
  specialists: ['specialister', 'spesialister', 'specialists'],
};

/**
 * The risk, action-plan, incident and review registers: found by their titles and, below them, by what they
 * say happened or is to be done (an incident's account and lessons, an action's description), so "the email
 * outage in September" finds the incident titled "E-post og Teams utilgjengelig".
 */
function titled(entity: Entity): Draft[] {
  const d = entity.data as unknown as Record<string, unknown>;
  const name = typeof d.title === 'string' ? d.title : '';
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const secondary = [typeof d.description === 'string' ? d.description : '', ...strings(d.lessons)].filter(
    (x) => x.length > 0,
  );
  return [
    {
      kind: entity.kind,
      entity,
      names: [name, idWords(entity.id)],
      ...(secondary.length > 0 ? { secondary } : {}),
      words: [],
    },
  ];
}

function agreement(entity: Entity<'agreement'>): Draft[] {
  const a = entity.data;
  return [
    { kind: 'agreement', entity, names: [a.counterparty, a.reference ?? '', idWords(entity.id)], words: [] },
  ];
}

function training(entity: Entity<'training'>): Draft[] {
  const tr = entity.data;
  return [
    {
      kind: 'training',
      entity,
      names: [tr.name, idWords(entity.id)],
      // Who it was for, the exercise's scenario and its lessons: "the ransomware tabletop".
      secondary: [...(AUDIENCE[tr.audience.group] ?? []), tr.scenario ?? '', ...(tr.lessons ?? [])].filter(
        (x) => x.length > 0,
      ),
      words: [],
    },
  ];
}

/**
 * The yearly report's assessment: found as "the annual report 2026" in any language (its file has no title),
 * and below that by its assessment, conclusions and proposals.
 */
function report(entity: Entity<'report'>): Draft[] {
  const r = entity.data;
  const year = String(r.year);
  // Every language a text is written in is searchable: the question may be in any of them.
  const all = (texts: readonly RegisterText[] | undefined) =>
    (texts ?? []).flatMap((x) => (typeof x === 'string' ? [x] : Object.values(x)));
  const parts = Object.values(r.boards ?? {}).filter((p) => p !== undefined);
  const secondary = [
    ...all(r.assessment === undefined ? [] : [r.assessment]),
    ...all(r.conclusions),
    ...all(r.proposals),
    ...parts.flatMap((p) => [
      ...all(p.assessment === undefined ? [] : [p.assessment]),
      ...all(p.conclusions),
    ]),
  ].filter((x): x is string => typeof x === 'string' && x.length > 0);
  return [
    {
      kind: 'report',
      entity,
      names: REPORT_NAMES.map((n) => `${n} ${year}`),
      ...(secondary.length > 0 ? { secondary } : {}),
      words: [],
    },
  ];
}

/** What staff call the yearly report, in the three languages (search words, not text shown). */
const REPORT_NAMES = [
  'årsrapport',
  'årsrapport informationssäkerhet',
  'årsrapport informasjonssikkerhet',
  'annual report',
];

const BY_KIND: { [K in Kind]?: (entity: Entity<K>) => Draft[] } = {
  system,
  asset,
  processing,
  document,
  kpi,
  cycle,
  audit,
  faq,
  risk: titled,
  plan: titled,
  incident: titled,
  review: titled,
  report,
  agreement,
  training,
};

/** The drafts of one entity: one, or an audit's and each of its recommendations'; none for other kinds. */
export function drafts(entity: Entity): Draft[] {
  const make = BY_KIND[entity.kind] as ((e: Entity) => Draft[]) | undefined;
  return make ? make(entity) : [];
}
