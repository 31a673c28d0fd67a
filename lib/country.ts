import { localized } from './i18n/index.js';
import type { Organisation } from './kinds.js';
import type { Localized } from './locale.js';

// What differs between a Swedish and a Norwegian public body is configuration, not a fork: lisa.yaml says the
// country (`country: se | no`, Swedish when absent, so existing registries keep their meaning) and everything
// that follows from it is read from here: who is the controller of personal data, the names of the laws and
// the authority, the default time zone and holidays.

export const COUNTRIES = ['se', 'no'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * Who is the controller (GDPR Art. 4(7)) of a processing activity.
 * - `board`: each board is its own controller (Sweden: every nämnd is personuppgiftsansvarig), so each
 *   activity names its board and the register is kept per board.
 * - `organisation`: the organisation itself is the controller (Norway: the kommune is behandlingsansvarlig,
 *   with day-to-day responsibility delegated to the kommunedirektør); committees are not controllers, and an
 *   activity names a board only when that body is a controller of its own (a company, an IKS).
 */
export type ControllerModel = 'board' | 'organisation';

export interface CountryProfile {
  country: Country;
  /** ISO 3166 code, as in hostingCountry and transfers. */
  iso: 'SE' | 'NO';
  controllerModel: ControllerModel;
  timeZone: string;
  /**
   * Names that follow the country, not the language: the data protection authority. (The GDPR's name follows the
   * language: dataskyddsförordningen, personvernforordningen.)
   */
  names: {
    authority: Localized;
  };
}

export const PROFILES: Record<Country, CountryProfile> = {
  se: {
    country: 'se',
    iso: 'SE',
    controllerModel: 'board',
    timeZone: 'Europe/Stockholm',
    names: {
      authority: localized('country.se.authority'),
    },
  },
  no: {
    country: 'no',
    iso: 'NO',
    controllerModel: 'organisation',
    timeZone: 'Europe/Oslo',
    names: {
      authority: localized('country.no.authority'),
    },
  },
};

export function isCountry(value: unknown): value is Country {
  return typeof value === 'string' && (COUNTRIES as readonly string[]).includes(value);
}

/**
 * The country a registry's lisa.yaml says; Swedish when it says none (every registry before the field). "NO" is
 * read as no: the schema reports the spelling, and the rules should not pile a wrong controller model on top.
 */
export function countryOf(org: { country?: unknown } | undefined): Country {
  const c = typeof org?.country === 'string' ? org.country.trim().toLowerCase() : undefined;
  return isCountry(c) ? c : 'se';
}

export function profileOf(org: { country?: unknown } | undefined): CountryProfile {
  return PROFILES[countryOf(org)];
}

/** The time zone a registry runs in: its own, else its country's. */
export function timeZoneOf(org: Pick<Organisation, 'country' | 'timezone'> | undefined): string {
  return org?.timezone || profileOf(org).timeZone;
}
