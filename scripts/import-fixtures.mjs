// Builds the spreadsheets in tests/fixtures/import/ in the layouts lisa import knows: the register of
// processing activities as Swedish municipalities keep it (IMY/SKR columns, a title row above the table),
// Datatilsynet's protocol (Norwegian), KLASSA-style classifications and a list of systems, as XLSX and CSV.
// Run: node scripts/import-fixtures.mjs. The files are committed; this script says how they were made.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

const OUT = path.resolve('tests/fixtures/import');
mkdirSync(OUT, { recursive: true });

const IMY_HEADINGS = [
  'Behandling',
  'Personuppgiftsansvarig',
  'Ändamål med behandlingen',
  'Rättslig grund',
  'Kategorier av registrerade',
  'Kategorier av personuppgifter',
  'Känsliga personuppgifter',
  'Personnummer',
  'Kategorier av mottagare',
  'Personuppgiftsbiträden',
  'Överföring till tredjeland',
  'Gallring',
  'Säkerhetsåtgärder',
  'Konsekvensbedömning',
  'Kommentar',
];

const IMY_ROWS = [
  [
    'Handläggning av ekonomiskt bistånd',
    'Socialnämnden',
    'Utreda och besluta om ekonomiskt bistånd\nBetala ut beviljat bistånd',
    'Myndighetsutövning (art. 6.1 e) – socialtjänstlagen (2001:453) 4 kap.',
    'Sökande; Medsökande; Barn i hushållet',
    'Namn och adress\nInkomster och tillgångar\nLäkarintyg',
    'Hälsa',
    'Ja',
    'Försäkringskassan; Skatteverket',
    'Systemleverantören AB',
    'Nej',
    'Fem år efter sista anteckningen',
    'Behörighet efter roll\nLoggning och logguppföljning',
    'Genomförd',
    'Granskad av dataskyddsombudet',
  ],
  [
    'Löneadministration',
    'Kommunstyrelsen',
    'Betala ut lön och göra skatteavdrag',
    'Rättslig förpliktelse – skatteförfarandelagen (2011:1244)',
    'Anställda',
    'Namn; Bankkonto; Lön och skatt',
    'Nej',
    'Ja',
    'Skatteverket; Pensionsbolaget',
    'Lönesystemleverantören AB',
    'Nej',
    'Tio år enligt bokföringslagen',
    'Behörighet efter roll',
    'Behövs inte',
    '',
  ],
  [
    'Synpunkter och klagomål',
    'Kommunstyrelsen',
    'Ta emot och besvara synpunkter',
    'Allmänt intresse',
    'Medborgare som lämnar synpunkter',
    'Namn; E-postadress; Synpunkten',
    'Nej',
    'Nej',
    'Berörd förvaltning',
    'Nej',
    'USA (e-posttjänsten), standardavtalsklausuler',
    'Två år',
    'Behörighet efter roll',
    'Nej',
    '',
  ],
];

const CLASSA_HEADINGS = [
  'Informationstillgång',
  'Beskrivning',
  'Nämnd',
  'Informationsägare',
  'K',
  'R',
  'T',
  'S',
  'Motivering K',
  'Motivering R',
  'Motivering T',
  'Motivering S',
  'Klassningsdatum',
];

const CLASSA_ROWS = [
  [
    'Personakter inom socialtjänsten',
    'Utredningar, beslut och journalanteckningar',
    'Socialnämnden',
    'Informationsägare',
    3,
    3,
    2,
    3,
    'Sekretess enligt OSL 26 kap.; röjande kan skada den enskilde allvarligt.',
    'Felaktiga uppgifter kan leda till felaktiga beslut.',
    'Handläggningen klarar några dagars avbrott med reservrutiner.',
    'Varje läsning av en akt måste kunna följas upp.',
    new Date(Date.UTC(2026, 9, 1)),
  ],
  [
    'Löneunderlag',
    'Underlag för löneutbetalning',
    'Kommunstyrelsen',
    'Informationsägare',
    2,
    3,
    2,
    2,
    'Uppgifter om lön och bankkonto.',
    'Fel belopp betalas ut.',
    'Lönekörningen kan flyttas några dagar.',
    'Ändringar av belopp ska kunna följas.',
    new Date(Date.UTC(2026, 9, 1)),
  ],
  [
    'Uppgifter om personer med skyddad identitet',
    'Förteckning över ärenden med sekretessmarkering',
    'Socialnämnden',
    'Informationsägare',
    4,
    3,
    2,
    3,
    'Röjande kan leda till fara för liv.',
    'En felaktig adress kan röja var personen bor.',
    'Uppgifterna behövs inte i realtid.',
    'Varje åtkomst måste kunna följas.',
    new Date(Date.UTC(2026, 9, 1)),
  ],
];

const PROTOCOL_HEADINGS = [
  'Behandlingsaktivitet',
  'Formålet med behandlingen',
  'Behandlingsgrunnlag',
  'Kategorier av registrerte',
  'Kategorier av personopplysninger',
  'Kategorier av mottakere',
  'Overføring til tredjestater',
  'Planlagte tidsfrister for sletting',
  'Generell beskrivelse av tekniske og organisatoriske sikkerhetstiltak',
  'Særlige kategorier av personopplysninger',
  'Databehandler',
  'DPIA',
];

const PROTOCOL_ROWS = [
  [
    'Barnevernssaker',
    'Undersøke og følge opp bekymringsmeldinger',
    'Rettslig forpliktelse, art. 6 nr. 1 bokstav c – barnevernsloven',
    'Barn; Foreldre',
    'Navn og adresse\nOpplysninger om helse og familieforhold',
    'Statsforvalteren; Barne-, ungdoms- og familieetaten',
    'Nei',
    'Arkiveres etter arkivloven',
    'Tilgangsstyring\nLogging',
    'Helse',
    'Fagsystemleverandøren AS',
    'Gjennomført',
  ],
  [
    'Lønn og personal',
    'Utbetale lønn og føre personalmapper',
    'Rettslig forpliktelse (bokstav c) – arbeidsmiljøloven',
    'Ansatte',
    'Navn; Kontonummer; Lønn',
    'Skatteetaten; KLP',
    'Nei',
    'Fem år etter regnskapsåret',
    'Tilgangsstyring',
    'Nei',
    'Lønnsleverandøren AS',
    'Ikke nødvendig',
  ],
];

function styleHeader(ws, rowNumber) {
  const row = ws.getRow(rowNumber);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4B183' } };
}

async function xlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const { name, title, note, headings, rows } of sheets) {
    const ws = wb.addWorksheet(name);
    // A title and a note above the table, as the authorities' templates have.
    if (title) {
      ws.addRow([title]);
      ws.addRow([note ?? 'Fyll i en rad per behandling. Orange kolumner är obligatoriska.']);
    }
    ws.addRow(headings);
    styleHeader(ws, ws.rowCount);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

function csv(file, headings, rows, separator = ';') {
  const cell = (v) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[";\r\n,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [headings, ...rows].map((r) => r.map(cell).join(separator));
  writeFileSync(path.join(OUT, file), `\ufeff${lines.join('\r\n')}\r\n`);
}

await xlsx('registerforteckning-imy.xlsx', [
  {
    name: 'Registerförteckning',
    title: 'Registerförteckning – Norrviks kommun',
    headings: IMY_HEADINGS,
    rows: IMY_ROWS,
  },
]);
csv('registerforteckning-imy.csv', IMY_HEADINGS, IMY_ROWS);
await xlsx('klassningar-klassa.xlsx', [
  { name: 'Klassningar', headings: CLASSA_HEADINGS, rows: CLASSA_ROWS },
]);
await xlsx('protokoll-datatilsynet.xlsx', [
  {
    name: 'Protokoll',
    title: 'Protokoll over behandlingsaktiviteter – Nordvik kommune',
    note: 'Fyll inn én rad per behandling. Oransje kolonner er obligatoriske.',
    headings: PROTOCOL_HEADINGS,
    rows: PROTOCOL_ROWS,
  },
]);
csv(
  'systemforteckning.csv',
  [
    'System',
    'Nämnd',
    'Systemägare',
    'Leverantör',
    'Drift',
    'Skyddsnivå K',
    'Skyddsnivå R',
    'Skyddsnivå T',
    'Skyddsnivå S',
  ],
  [
    ['Lifecare', 'Socialnämnden', 'Systemägare', 'Tieto', 'Svenskt moln', 3, 3, 2, 3],
    ['Heroma', 'Kommunstyrelsen', 'Systemägare', 'CGI', 'Egen drift', 2, 3, 2, 2],
  ],
);
// Rows that cannot all be imported: an identity number in a cell (Skatteverket's well-known test number
// 19121212-1212, which passes the Luhn check like a real one), a missing purpose, an unknown board, an
// unreadable yes/no.
csv('registerforteckning-fel.csv', IMY_HEADINGS.slice(0, 14), [
  [
    'Bostadsanpassning',
    'Socialnämnden',
    'Handlägga bidrag',
    'Myndighetsutövning',
    'Sökande',
    'Namn; 19121212-1212',
    'Nej',
    'Ja',
    '',
    '',
    'Nej',
    'Två år',
    'Behörighet',
    'Nej',
  ],
  [
    'Utan ändamål',
    'Socialnämnden',
    '',
    'Allmänt intresse',
    'Elever',
    'Namn',
    '',
    '',
    '',
    '',
    '',
    'Ett år',
    'Behörighet',
    '',
  ],
  [
    'Okänd nämnd',
    'Fritidsnämnden',
    'Något',
    'Allmänt intresse',
    'Besökare',
    'Namn',
    '',
    '',
    '',
    '',
    '',
    'Ett år',
    'Behörighet',
    '',
  ],
  [
    'Oläsligt svar',
    'Kommunstyrelsen',
    'Något',
    'Allmänt intresse',
    'Besökare',
    'Namn',
    '',
    'Kanske',
    '',
    '',
    '',
    'Ett år',
    'Behörighet',
    '',
  ],
]);
console.log(`fixtures written to ${path.relative(process.cwd(), OUT)}`);
