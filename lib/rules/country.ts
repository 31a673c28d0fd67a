import { profileOf } from '../country.js';
import { countryCode, inEea } from '../transfers.js';
import { type Rule, valid } from './context.js';

// Checks that follow from the country in lisa.yaml: who must be named as controller, and whether a system's
// hosting agrees with the country it says it is hosted in.

export const processingControllerMissing: Rule = {
  id: 'processing-controller-missing',
  severity: 'error',
  description: {
    sv: 'Behandling utan personuppgiftsansvarig nämnd, där varje nämnd är personuppgiftsansvarig.',
    nb: 'Behandling uten behandlingsansvarlig utvalg, der hvert utvalg er behandlingsansvarlig.',
    en: 'A processing activity with no controller board, where each board is a controller.',
  },
  message: {
    sv: '"{name}" anger inte vilken nämnd som är personuppgiftsansvarig (controller).',
    nb: '«{name}» oppgir ikke hvilket utvalg som er behandlingsansvarlig (controller).',
    en: '"{name}" does not say which board is its controller (controller).',
  },
  hint: {
    sv: 'Lägg till controller: med nämndens id ur lisa.yaml. (I Norge är kommunen själv personuppgiftsansvarig: ange country: "no" i lisa.yaml.)',
    nb: 'Legg til controller: med utvalgets id fra lisa.yaml. (Er organisasjonen selv behandlingsansvarlig, som en norsk kommune: angi country: "no" i lisa.yaml.)',
    en: 'Add controller: with the board id from lisa.yaml. (Where the organisation itself is the controller, as a Norwegian kommune: set country: "no" in lisa.yaml.)',
  },
  check(ctx) {
    if (profileOf(ctx.registry.organisation?.data).controllerModel !== 'board') return;
    for (const p of valid(ctx.registry, 'processing')) {
      if (p.data.controller === undefined)
        ctx.report(this, { entity: p, path: [], key: true }, { name: p.data.name });
    }
  },
};

export const controllerNotAController: Rule = {
  id: 'controller-not-a-controller',
  severity: 'warning',
  description: {
    sv: 'Behandling som anger en nämnd som personuppgiftsansvarig där organisationen själv är det.',
    nb: 'Behandling som oppgir et utvalg som behandlingsansvarlig der organisasjonen selv er det.',
    en: 'A processing activity naming a board as controller where the organisation itself is.',
  },
  message: {
    sv: '"{name}" anger {board} som personuppgiftsansvarig, men här är {organisation} personuppgiftsansvarig och {board} är inte markerad som egen personuppgiftsansvarig.',
    nb: '«{name}» oppgir {board} som behandlingsansvarlig, men her er {organisation} behandlingsansvarlig, og {board} er ikke merket som egen behandlingsansvarlig.',
    en: '"{name}" names {board} as controller, but here {organisation} is the controller and {board} is not marked as one of its own.',
  },
  hint: {
    sv: 'Ta bort controller: så är organisationen personuppgiftsansvarig. Är organet en egen juridisk person (ett bolag), ange controller: true för det i lisa.yaml.',
    nb: 'Fjern controller:, så er organisasjonen behandlingsansvarlig. Er organet et eget rettssubjekt (et selskap), angi controller: true for det i lisa.yaml.',
    en: 'Remove controller: and the organisation is the controller. If the body is a legal person of its own (a company), set controller: true for it in lisa.yaml.',
  },
  check(ctx) {
    const org = ctx.registry.organisation?.data;
    if (profileOf(org).controllerModel !== 'organisation') return;
    const boards = new Map((org?.boards ?? []).map((b) => [b.id, b]));
    for (const p of valid(ctx.registry, 'processing')) {
      const id = p.data.controller;
      const board = id === undefined ? undefined : boards.get(id);
      // An unknown board is dangling-reference's finding.
      if (!board || board.controller === true) continue;
      ctx.report(
        this,
        { entity: p, path: ['controller'] },
        { name: p.data.name, board: board.name, organisation: org?.name ?? '' },
      );
    }
  },
};

const NATIONAL_CLOUD: Record<string, string> = { 'swedish-cloud': 'SE', 'norwegian-cloud': 'NO' };

export const hostingCountryMismatch: Rule = {
  id: 'hosting-country-mismatch',
  severity: 'warning',
  description: {
    sv: 'Driftformen stämmer inte med landet systemet driftas i.',
    nb: 'Driftsformen stemmer ikke med landet systemet driftes i.',
    en: 'The hosting does not match the country the system is hosted in.',
  },
  message: {
    sv: '{system} har hosting: {hosting} men hostingCountry: {country}.',
    nb: '{system} har hosting: {hosting}, men hostingCountry: {country}.',
    en: '{system} has hosting: {hosting} but hostingCountry: {country}.',
  },
  hint: {
    sv: 'Rätta det som är fel: swedish-cloud betyder moln i Sverige, norwegian-cloud moln i Norge, eu-cloud moln inom EU/EES och third-country-cloud moln utanför EU/EES.',
    nb: 'Rett det som er feil: swedish-cloud betyr sky i Sverige, norwegian-cloud sky i Norge, eu-cloud sky i EU/EØS og third-country-cloud sky utenfor EU/EØS.',
    en: 'Fix whichever is wrong: swedish-cloud means a cloud in Sweden, norwegian-cloud in Norway, eu-cloud in the EU/EEA and third-country-cloud outside the EU/EEA.',
  },
  check(ctx) {
    for (const s of valid(ctx.registry, 'system')) {
      const { hosting, hostingCountry } = s.data;
      if (!hostingCountry) continue;
      const code = countryCode(hostingCountry);
      const national = NATIONAL_CLOUD[hosting];
      const wrong =
        (national !== undefined && code !== national) ||
        (hosting === 'eu-cloud' && !inEea(code)) ||
        (hosting === 'third-country-cloud' && inEea(code));
      if (wrong)
        ctx.report(
          this,
          { entity: s, path: ['hostingCountry'] },
          { system: s.data.name, hosting, country: hostingCountry },
        );
    }
  },
};

export const boardMissing: Rule = {
  id: 'board-missing',
  severity: 'error',
  description: {
    sv: 'System eller informationstillgång utan ansvarig nämnd, där varje nämnd är personuppgiftsansvarig.',
    nb: 'System eller informasjonsverdi uten ansvarlig utvalg, der hvert utvalg er behandlingsansvarlig.',
    en: 'A system or information asset with no board, where each board is a controller.',
  },
  message: {
    sv: '"{name}" anger inte vilken nämnd som ansvarar (board).',
    nb: '«{name}» oppgir ikke hvilket utvalg som har ansvaret (board).',
    en: '"{name}" does not say which board is responsible (board).',
  },
  hint: {
    sv: 'Lägg till board: med nämndens id ur lisa.yaml. (I Norge ansvarar kommunen själv: ange country: "no" i lisa.yaml.)',
    nb: 'Legg til board: med utvalgets id fra lisa.yaml. (Er organisasjonen selv ansvarlig, som en norsk kommune: angi country: "no" i lisa.yaml.)',
    en: 'Add board: with the board id from lisa.yaml. (Where the organisation itself is responsible, as a Norwegian kommune: set country: "no" in lisa.yaml.)',
  },
  check(ctx) {
    // Where the organisation is the controller (Norway) a system or asset without a board is the organisation's.
    if (profileOf(ctx.registry.organisation?.data).controllerModel !== 'board') return;
    for (const e of [...valid(ctx.registry, 'system'), ...valid(ctx.registry, 'asset')]) {
      // A board the schema rejected is left out of `data` but was written: invalid-value has told about it.
      const written = (e.parsed.data as { board?: unknown } | undefined)?.board !== undefined;
      if (e.data.board === undefined && !written)
        ctx.report(this, { entity: e, path: [], key: true }, { name: e.data.name });
    }
  },
};

export const COUNTRY_RULES = [
  processingControllerMissing,
  controllerNotAController,
  hostingCountryMismatch,
  boardMissing,
];
