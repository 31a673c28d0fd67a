import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../adopt/helpers.js';

afterAll(removeTempDirs);

// Datatilsynet's protocol has the kommune in its «Behandlingsansvarlig» column: where the kommune is controller
// that is no board to look up, and the activity names none.
describe('lisa import into a registry where the kommune is controller', () => {
  it('reads the kommune named as controller as the kommune itself, and still refuses an unknown body', async () => {
    const dir = tempDir();
    const today = '2026-12-01';
    expect(
      (await run(['init', '--yes', '--name', 'Nordvik kommune', '--country', 'no', '--today', today], dir))
        .code,
    ).toBe(0);
    const header =
      'Behandlingsaktivitet;Behandlingsansvarlig;Formål;Behandlingsgrunnlag;Kategorier av registrerte;Kategorier av personopplysninger;Sletting;Sikkerhetstiltak';
    const row = (name: string, controller: string) =>
      `${name};${controller};Saksbehandling;Rettslig forpliktelse;Søkere;Navn og adresse;Fem år;Tilgangsstyring`;
    writeFileSync(
      path.join(dir, 'protokoll.csv'),
      [header, row('Byggesaker', 'Nordvik kommune'), row('Renovasjon', 'Vestfjell renovasjon IKS')].join(
        '\n',
      ),
    );
    const r = await run(
      ['import', 'protokoll.csv', '--mapping', 'datatilsynet-protokoll', '--today', today],
      dir,
    );
    expect(r.stdout).toContain('1 av 2 rader ble lest inn.');
    expect(r.stderr).toContain('Vestfjell renovasjon IKS');
    const text = readFileSync(path.join(dir, 'registry/processing/byggesaker.yaml'), 'utf8');
    expect(text).not.toMatch(/^controller:/m);
    expect((await run(['validate', '--today', today], dir)).code).toBe(0);
  });
});

// A Norwegian systemoversikt: a row naming no body is the kommune's (with a single body in lisa.yaml too, which
// must not stand in for it), «Sky i Norge» is the Norwegian cloud, and «Skjermet» marks a restricted row.
describe('lisa import of a Norwegian systemoversikt', () => {
  it('gives the kommune its own systems and reads the Norwegian cloud and the Skjermet column', async () => {
    const dir = tempDir();
    const today = '2026-12-01';
    expect(
      (await run(['init', '--yes', '--name', 'Nordvik kommune', '--country', 'no', '--today', today], dir))
        .code,
    ).toBe(0);
    writeFileSync(
      path.join(dir, 'systemer.csv'),
      [
        'Systemnavn;Systemeier;Driftsform;Driftsland;Konfidensialitet;Integritet;Tilgjengelighet;Skjermet',
        'Gerica;Systemeier;Sky i Norge;NO;3;4;3;nei',
        'Adressesperreregister;Systemeier;Egen drift;NO;4;3;2;ja',
      ].join('\n'),
    );
    const r = await run(['import', 'systemer.csv', '--today', today], dir);
    expect(r.stdout).toContain('2 av 2 rader ble lest inn.');
    const gerica = readFileSync(path.join(dir, 'registry/system/gerica.yaml'), 'utf8');
    expect(gerica).toContain('hosting: norwegian-cloud');
    expect(gerica).not.toMatch(/^board:/m);
    expect(readFileSync(path.join(dir, 'registry/system/adressesperreregister.yaml'), 'utf8')).toContain(
      'restricted: true',
    );
    expect((await run(['validate', '--today', today], dir)).code).toBe(0);
  });
});
