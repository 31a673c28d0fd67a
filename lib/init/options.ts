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
 * A Swedish municipality's boards are each their own controller; a Norwegian municipality is one controller
 * (kommunen), so it starts with one board named after the organisation.
 */
export function defaultBoards(country: Country, name: string): string[] {
  return country === 'se' ? ['Kommunstyrelsen', 'Socialnämnden'] : [name];
}

/** "Karin Ek <karin.ek@norrvik.se>", "karin.ek@norrvik.se" or "Karin Ek". */
export function parseHolder(text: string): Holder {
  const t = text.trim();
  const m = /^(.*?)\s*<([^<>\s]+)>$/.exec(t);
  if (m) return { ...(m[1] ? { name: m[1] } : {}), email: m[2] as string };
  if (/^[^\s@]+@[^\s@]+$/.test(t)) return { email: t };
  return t ? { name: t } : {};
}
