// What `lisa init` needs to know about a new organisation, and the defaults for each country. Pure.

export type Country = 'se' | 'no';
export type InitLocale = 'sv' | 'nb';
export type RoleKey = 'coordinator' | 'dpo' | 'informationOwner' | 'systemOwner';
export const ROLE_KEYS: readonly RoleKey[] = ['coordinator', 'dpo', 'informationOwner', 'systemOwner'];

export interface Holder {
  name?: string;
  email?: string;
}

export interface InitOptions {
  name: string;
  country: Country;
  lang: InitLocale;
  /** Board names; the first is the executive board (kommunstyrelsen, formannskapet), the rest committees. */
  boards: string[];
  holders: Partial<Record<RoleKey, Holder>>;
  /** YYYY-MM-DD: the examples' dates are counted from it. */
  today: string;
  /** The npm package the schemas are installed from, for the editor settings. */
  packageName: string;
}

/** The roles every registry starts with: id, name and kind, per language. */
export const ROLES: Record<InitLocale, Record<RoleKey, { id: string; name: string; kind: string }>> = {
  sv: {
    coordinator: {
      id: 'informationssakerhetssamordnare',
      name: 'Informationssäkerhetssamordnare',
      kind: 'security-coordinator',
    },
    dpo: { id: 'dataskyddsombud', name: 'Dataskyddsombud', kind: 'dpo' },
    informationOwner: { id: 'informationsagare', name: 'Informationsägare', kind: 'information-owner' },
    systemOwner: { id: 'systemagare', name: 'Systemägare', kind: 'system-owner' },
  },
  nb: {
    coordinator: {
      id: 'informasjonssikkerhetsleder',
      name: 'Informasjonssikkerhetsleder',
      kind: 'security-coordinator',
    },
    dpo: { id: 'personvernombud', name: 'Personvernombud', kind: 'dpo' },
    informationOwner: { id: 'informasjonseier', name: 'Informasjonseier', kind: 'information-owner' },
    systemOwner: { id: 'systemeier', name: 'Systemeier', kind: 'system-owner' },
  },
};

export const DEFAULT_LANG: Record<Country, InitLocale> = { se: 'sv', no: 'nb' };
export const TIMEZONE: Record<Country, string> = { se: 'Europe/Stockholm', no: 'Europe/Oslo' };

/**
 * A Swedish municipality's boards are each their own controller; a Norwegian kommune is itself the controller
 * (country: "no" in lisa.yaml), so its boards are only the political bodies, starting with formannskapet.
 */
export function defaultBoards(country: Country, _name: string): string[] {
  return country === 'se' ? ['Kommunstyrelsen', 'Socialnämnden'] : ['Formannskapet'];
}

/**
 * The classification model a new Norwegian registry starts with: confidentiality graded by name, integrity and
 * availability lav–svært høy (Swedish registries get KLASSA by leaving the model out).
 */
export const NORWEGIAN_MODEL = `classification:
  method: Kommunens klassifiseringsmodell
  aspects:
    - id: confidentiality
      label: { nb: Konfidensialitet, sv: Konfidentialitet, en: Confidentiality }
      levels:
        - { value: 1, label: { nb: Åpen, en: Open } }
        - { value: 2, label: { nb: Intern, en: Internal } }
        - { value: 3, label: { nb: Fortrolig, en: Confidential } }
        - { value: 4, label: { nb: Strengt fortrolig, en: Strictly confidential } }
    - id: integrity
      label: { nb: Integritet, sv: Riktighet, en: Integrity }
    - id: availability
      label: { nb: Tilgjengelighet, sv: Tillgänglighet, en: Availability }
  levels:
    - { value: 1, label: { nb: Lav, en: Low } }
    - { value: 2, label: { nb: Middels, en: Medium } }
    - { value: 3, label: { nb: Høy, en: High } }
    - { value: 4, label: { nb: Svært høy, en: Very high } }
  restrictedFrom: 4`;

/** "Karin Ek <karin.ek@norrvik.se>", "karin.ek@norrvik.se" or "Karin Ek". */
export function parseHolder(text: string): Holder {
  const t = text.trim();
  const m = /^(.*?)\s*<([^<>\s]+)>$/.exec(t);
  if (m) return { ...(m[1] ? { name: m[1] } : {}), email: m[2] as string };
  if (/^[^\s@]+@[^\s@]+$/.test(t)) return { email: t };
  return t ? { name: t } : {};
}
