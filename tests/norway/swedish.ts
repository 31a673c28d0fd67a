// The tell-tale list the Norwegian tests read every output against.

/**
 * Tell-tale Swedish: words and names with no Norwegian look-alike (å/æ/ø are Norwegian too; ä and ö are not),
 * whole words only, so that «for», «og» or «sikkerhetsloven» never trip them.
 */
export const SWEDISH = [
  /nämnd/i,
  /kommunstyrelse/i,
  /personuppgift/i,
  /\bIMY\b/,
  /\bOSL\b/,
  /\bMSB\b/,
  /dataskyddsförordning/i,
  /Begränsad/i,
  /\bSida\b/,
  /\boch\b/i,
  /\bför\b/i,
  /[äöÄÖ]/,
  /\bKLASSA\b/,
  /diarienummer/i,
  /sekretess/i,
  /\bSverige \(Norge\)/,
];
// BEGRENSET is a security grade under sikkerhetsloven: lisa's own marking must not borrow it.
export const WRONG_MARKING = /\bbegrenset\b/i;

export function swedishIn(text: string): string[] {
  return SWEDISH.filter((re) => re.test(text)).map((re) => `${re} in «${text.match(re)?.[0]}»`);
}
