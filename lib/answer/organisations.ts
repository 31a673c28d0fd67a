// Whether a question is about another organisation than the registry's own: "hva er Trondheim kommunes policy
// for KI?", "how does Västra Götaland handle lost SITHS cards?". The registers say how this organisation does
// things; answering from them a question about a peer's would be answering something else. A peer named as the
// other end of what is done ("skicka röntgenbilder till Region Skåne") is not what the question is about.
import type { Registry } from '../registry.js';
import { fold, STOP_WORDS, words } from './normalize.js';

/** Words that make the word before them an organisation's name: "Trondheim kommune", "Göteborgs stad". */
const AFTER_NAME = new Set(
  [
    // Not the definite forms: "hva svarte kommunen" is "what did the municipality answer", ours.
    'kommun kommuns kommune kommunes stad stads fylkeskommune fylkeskommunes fylke fylkes',
    'landsting landstings municipality municipalitys council councils county countys',
  ]
    .join(' ')
    .split(' '),
);

/** Words that make the word after them an organisation's name: "Region Skåne", "Landstinget Dalarna". */
const BEFORE_NAME = new Set(['region', 'landstinget']);

/** Words that name an organisation by "of": "City of Oslo", "Municipality of Bergen". */
const OF_NAME = new Set(['city', 'municipality', 'county']);

/**
 * Swedish regions and Norwegian counties named without "region" or "fylke" ("Västra Götaland", "VGR"). Names that
 * are also a city's or an everyday word are left out: a city is where something happens as often as who does it.
 */
const REGIONS = [
  'västra götaland',
  'götalandsregionen',
  'vgr',
  'skåne',
  'norrbotten',
  'västerbotten',
  'västernorrland',
  'jämtland',
  'härjedalen',
  'gävleborg',
  'dalarna',
  'värmland',
  'sörmland',
  'östergötland',
  'kronoberg',
  'blekinge',
  'halland',
  'västmanland',
  'gotland',
  'vestland',
  'rogaland',
  'trøndelag',
  'innlandet',
  'agder',
  'nordland',
  'troms',
  'finnmark',
  'møre og romsdal',
  'vestfold',
  'telemark',
  'buskerud',
  'akershus',
  'østfold',
].map((r) => words(r));

/** Before a peer's name, the other end of something done: "till", "from", "med". */
const COUNTERPART = new Set(
  'till til to från fra from med with mot towards into hit dit för åt'.split(' ').map((w) => fold(w)),
);

/** Organisation words alone ("kommun", "region") and generic ones never name a peer. */
const NOT_A_NAME = new Set([
  ...AFTER_NAME,
  ...BEFORE_NAME,
  ...OF_NAME,
  ...'vår vårt våra vor vårt våre our this that the denna denne den det en ett a an annan annen andra andre another other egen egna eget own hela hele whole samma same'.split(
    ' ',
  ),
]);

const ownCache = new WeakMap<Registry, Set<string>>();

/** The words of the registry's own names: the organisation, its boards. A genitive "s" is dropped. */
function ownWords(registry: Registry): Set<string> {
  let out = ownCache.get(registry);
  if (out) return out;
  out = new Set<string>();
  const org = registry.organisation?.data;
  const names = [org?.name ?? '', ...(org?.boards ?? []).map((b) => b.name ?? '')];
  for (const n of names)
    for (const w of words(n)) {
      out.add(w);
      out.add(w.replace(/s$/, ''));
    }
  ownCache.set(registry, out);
  return out;
}

function isNameWord(w: string | undefined): w is string {
  return w !== undefined && w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w) && !NOT_A_NAME.has(w);
}

function own(registry: Registry, name: string): boolean {
  const mine = ownWords(registry);
  const bare = name.replace(/'?s$/, '');
  return mine.has(name) || mine.has(bare);
}

/** Where in the folded words a peer is named, as the first word of its mention; -1 when none is. */
function peerAt(registry: Registry, folded: readonly string[]): number {
  for (let i = 0; i < folded.length; i++) {
    const w = folded[i] as string;
    const prev = folded[i - 1];
    const next = folded[i + 1];
    if (AFTER_NAME.has(w) && isNameWord(prev) && !own(registry, prev)) return i - 1;
    if (BEFORE_NAME.has(w) && isNameWord(next) && !own(registry, next)) return i;
    const after = folded[i + 2];
    if (OF_NAME.has(w) && next === 'of' && isNameWord(after) && !own(registry, after)) return i;
    for (const region of REGIONS) {
      if (!region.every((r, k) => folded[i + k] === r)) continue;
      if (!region.some((r) => own(registry, r))) return i;
    }
  }
  return -1;
}

/**
 * The question names an organisation other than the registry's own as what it asks about: its policy, its
 * systems, how it does something. Not when that organisation is the other end of something done ("send it to
 * Region Skåne", "a request from Oslo kommune").
 */
export function namesOtherOrganisation(registry: Registry, question: string): boolean {
  const folded = words(question.replace(/['’]s\b/g, 's'));
  const at = peerAt(registry, folded);
  if (at < 0) return false;
  const before = folded[at - 1];
  return before === undefined || !COUNTERPART.has(before);
}
