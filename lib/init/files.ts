import { stringify } from 'yaml';
import { addMonths } from '../derive.js';
import { KINDS } from '../kinds.js';
import { slugify, uniqueSlug } from '../slug.js';
import { examples } from './examples.js';
import { type InitOptions, NORWEGIAN_MODEL, ROLE_KEYS, ROLES, TIMEZONE } from './options.js';
import { readme, workflow } from './repo-files.js';

// `lisa init`: the files of a new registry repository, as texts. Pure: the command decides where they go and
// refuses to overwrite anything.

export interface InitFile {
  /** Relative to the repository, with forward slashes. */
  path: string;
  content: string;
}

/** A YAML scalar for a value someone typed: plain when that is safe, quoted otherwise. */
export function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export interface Board {
  id: string;
  name: string;
  type: 'council' | 'executive-board' | 'committee';
}

/**
 * In Sweden the first board is the executive board. A Norwegian kommune names its bodies as kommuneloven does,
 * so kommunestyret is the council and formannskapet the executive board wherever they are in the list (the
 * yearly report goes to formannskapet); without a formannskap the first body that is no council is it.
 */
export function boardsOf(options: InitOptions): Board[] {
  const taken = new Set<string>();
  const norwegian = (name: string): Board['type'] | undefined =>
    /kommunestyre|bystyre|fylkesting/i.test(name)
      ? 'council'
      : /formannskap|fylkesutvalg|byråd/i.test(name)
        ? 'executive-board'
        : undefined;
  const named = options.country === 'no' ? options.boards.map(norwegian) : [];
  const executive = named.includes('executive-board')
    ? -1
    : options.boards.findIndex((_, i) => named[i] !== 'council');
  return options.boards.map((name, i) => ({
    id: uniqueSlug(slugify(name) || 'namnd', taken),
    name,
    type: named[i] ?? (i === executive ? 'executive-board' : 'committee'),
  }));
}

const HEAD = {
  sv: (name: string) =>
    `# ${name} – ledningssystem för informationssäkerhet (LIS)
# Organisationen, nämnderna och rollerna. Registren anger roller; här kopplas rollerna till personer.
# Skapad med lisa init. Ändringar granskas via pull request; lisa validate kontrollerar filen.
`,
  nb: (name: string) =>
    `# ${name} – styringssystem for informasjonssikkerhet
# Organisasjonen, de folkevalgte organene og rollene. Registrene angir roller; her kobles rollene til personer.
# Laget med lisa init. Endringer gjennomgås i en pull request; lisa validate kontrollerer filen.
`,
};

const COMMENTS = {
  sv: {
    boards:
      '# Nämnder och styrelser. I en svensk kommun är varje nämnd egen personuppgiftsansvarig.\n# Lägg till fler med id, namn och typ (committee = nämnd, company = bolag).',
    roles: '# Roller och vem som har dem just nu (namn, e-post och gärna Slack-id, t.ex. slack: U04ABCDEF).',
    nobody: '    # Ingen angiven ännu. Fyll i:\n    # people:\n    #   - name: …\n    #     email: …',
    model:
      '# Klassningsmodell: utan egen modell gäller KLASSA (konfidentialitet, riktighet, tillgänglighet, spårbarhet, 0–4).',
    access: '# Vem som får se begränsade poster (i Slack, i direktmeddelande).',
  },
  nb: {
    boards:
      '# Folkevalgte organer. I en norsk kommune er kommunen selv behandlingsansvarlig, ikke organene.\n# Legg til flere med id, navn og type (council = kommunestyre, executive-board = formannskap,\n# committee = utvalg, company = selskap).',
    roles: '# Roller og hvem som har dem nå (navn, e-post og gjerne Slack-id, f.eks. slack: U04ABCDEF).',
    nobody: '    # Ingen angitt ennå. Fyll inn:\n    # people:\n    #   - name: …\n    #     email: …',
    model:
      '# Klassifiseringsmodell: uten egen modell gjelder KLASSA (konfidensialitet, integritet, tilgjengelighet, sporbarhet, 0–4).',
    access: '# Hvem som får se skjermede oppføringer (i Slack, i direktemelding).',
  },
};

// A Norwegian kommune is itself the controller of personal data, with day-to-day responsibility delegated to the
// kommunedirektør: no board is a controller, and none has to be invented for it.
function controllerLines(l: InitOptions['lang']): string[] {
  const dpo = ROLES[l].dpo.id;
  return l === 'nb'
    ? [
        '# Kommunen er behandlingsansvarlig for personopplysningene; utvalgene er det ikke.',
        '# Kommunedirektøren har det daglige ansvaret (delegatedTo). Legg gjerne til contact (funksjonsadresse).',
        'controller:',
        `  dpo: ${dpo}`,
        `  delegatedTo: ${KOMMUNEDIREKTOR.id}`,
        '',
      ]
    : [
        '# Kommunen är personuppgiftsansvarig (i Norge); nämnderna är det inte.',
        '# Lägg gärna till contact (funktionsadress) och delegatedTo (rollen med det dagliga ansvaret).',
        'controller:',
        `  dpo: ${dpo}`,
        '',
      ];
}

/** The role a Norwegian kommune delegates the controller's day-to-day responsibility to. */
const KOMMUNEDIREKTOR = { id: 'kommunedirektor', name: 'Kommunedirektør' };

const NORWEGIAN_COMMENT = {
  sv: '# Klassningsmodell: konfidentialitet Åpen–Strengt fortrolig, riktighet och tillgänglighet lav–svært høy.',
  nb: '# Klassifiseringsmodell: konfidensialitet Åpen–Strengt fortrolig, integritet og tilgjengelighet lav–svært høy.',
};

function organisationYaml(options: InitOptions, boards: Board[]): string {
  const l = options.lang;
  const c = COMMENTS[l];
  const roles = ROLES[l];
  const lines = [
    HEAD[l](options.name.replace(/[\r\n]+/g, ' ')),
    `name: ${scalar(options.name)}`,
    `locale: ${l}`,
    ...(options.country === 'no' ? ['country: "no"'] : []),
    `timezone: ${TIMEZONE[options.country]}`,
    '',
    ...(options.country === 'no' ? controllerLines(l) : []),
    c.boards,
    'boards:',
  ];
  for (const b of boards) {
    lines.push(`  - id: ${b.id}`, `    name: ${scalar(b.name)}`, `    type: ${b.type}`);
    if (options.country === 'se') lines.push(`    dpo: ${roles.dpo.id}`);
  }
  lines.push('', c.roles, 'roles:');
  // In Norway the roles are the administration's, under the kommunedirektør, not a political body's.
  const executive = options.country === 'no' ? undefined : boards[0]?.id;
  const norwegian = options.country === 'no' && l === 'nb';
  if (norwegian)
    lines.push(
      `  ${KOMMUNEDIREKTOR.id}:`,
      `    name: ${KOMMUNEDIREKTOR.name}`,
      '    kind: manager',
      c.nobody,
    );
  for (const key of ROLE_KEYS) {
    const role = roles[key];
    const holder = options.holders[key];
    lines.push(`  ${role.id}:`, `    name: ${scalar(role.name)}`);
    if (executive) lines.push(`    board: ${executive}`);
    lines.push(`    kind: ${role.kind}`);
    if (holder?.name || holder?.email) {
      lines.push('    people:');
      const first = holder.name ? `name: ${scalar(holder.name)}` : `email: ${scalar(holder.email ?? '')}`;
      lines.push(`      - ${first}`);
      if (holder.name && holder.email) lines.push(`        email: ${scalar(holder.email)}`);
    } else lines.push(c.nobody);
  }
  lines.push(
    '',
    ...(options.country === 'no' ? [NORWEGIAN_COMMENT[l], NORWEGIAN_MODEL] : [c.model]),
    '',
    c.access,
    'access:',
    '  restricted:',
    `    roles: [${roles.coordinator.id}, ${roles.dpo.id}]`,
    '',
  );
  return lines.join('\n');
}

/**
 * The editor's schemas in the registry's language: schemas/ is Swedish, schemas/nb/ bokmål. Every register
 * kind is mapped from the one list in lib/kinds.ts, so a new register cannot be forgotten here.
 */
function vscodeSettings(packageName: string, lang: InitOptions['lang']): string {
  const dir = `./node_modules/${packageName}/schemas/${lang === 'nb' ? 'nb/' : ''}`;
  const schemas: Record<string, string> = {
    [`${dir}organisation.schema.json`]: 'registry/lisa.yaml',
  };
  for (const kind of KINDS) schemas[`${dir}${kind}.schema.json`] = `registry/${kind}/**/*.yaml`;
  return `${JSON.stringify(
    {
      'yaml.schemas': schemas,
      '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.detectIndentation': false },
    },
    null,
    2,
  )}\n`;
}

/** Every file of a new registry repository. */
export function initFiles(options: InitOptions): InitFile[] {
  const boards = boardsOf(options);
  const dates = {
    today: options.today,
    in3: addMonths(options.today, 3),
    in6: addMonths(options.today, 6),
    in12: addMonths(options.today, 12),
    in24: addMonths(options.today, 24),
  };
  const files: InitFile[] = [
    { path: 'registry/lisa.yaml', content: organisationYaml(options, boards) },
    ...examples(options, boards, dates).map((e) => ({ path: `registry/${e.path}`, content: e.content })),
    { path: '.github/workflows/lisa.yml', content: workflow(options.lang) },
    { path: '.vscode/settings.json', content: vscodeSettings(options.packageName, options.lang) },
    { path: 'README.md', content: readme(options) },
    { path: '.gitignore', content: 'node_modules/\nout/\n' },
  ];
  return files;
}
