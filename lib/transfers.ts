// Where personal data may go without a third-country transfer, and where the European Commission has found the
// protection adequate (GDPR Art. 45). One list, one home: the third-country rules, the undeclared-transfer check,
// the hosting check and the documents all read it. Norway, Iceland and Liechtenstein apply the GDPR through the
// EEA Agreement, so a transfer between them and the EU is no transfer to a third country, in either direction.

/** The EU member states and the three EEA EFTA states (ISO 3166-1 alpha-2). */
export const EU = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
export const EEA_EFTA = new Set(['IS', 'LI', 'NO']);
export const EEA: ReadonlySet<string> = new Set([...EU, ...EEA_EFTA]);

/**
 * Adequacy decisions in force (Art. 45), incorporated in the EEA Agreement. `partial` marks a decision that covers
 * only some recipients there (Canada: commercial organisations under PIPEDA; Japan: the private sector under APPI;
 * the United States: organisations certified under the EU–US Data Privacy Framework), so a transfer there still
 * needs the recipient checked. Source: the European Commission's list of adequacy decisions, as of 2025.
 */
export const ADEQUACY: ReadonlyMap<string, { partial?: true }> = new Map([
  ['AD', {}],
  ['AR', {}],
  ['CA', { partial: true }],
  ['CH', {}],
  ['FO', {}],
  ['GB', {}],
  ['GG', {}],
  ['IL', {}],
  ['IM', {}],
  ['JE', {}],
  ['JP', { partial: true }],
  ['KR', {}],
  ['NZ', {}],
  ['US', { partial: true }],
  ['UY', {}],
]);

/** A country code as users write it ("no", "NO", " se") made comparable. */
export function countryCode(code: string | undefined): string {
  return (code ?? '').trim().toUpperCase();
}

/** Whether data sent to this country stays within the EU/EEA: no third-country transfer. */
export function inEea(code: string | undefined): boolean {
  return EEA.has(countryCode(code));
}

export function hasAdequacy(code: string | undefined): boolean {
  return ADEQUACY.has(countryCode(code));
}

export function adequacyOf(code: string | undefined): { partial?: true } | undefined {
  return ADEQUACY.get(countryCode(code));
}
