import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import { FILES, RESTRICTED_MARKERS } from './fixture.js';

let dir: string;

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd: dir,
    env: { LANG: 'sv_SE.UTF-8', ...env },
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-ask-'));
  for (const [rel, text] of Object.entries(FILES)) {
    const file = path.join(dir, 'kommun', 'registry', rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('lisa ask', () => {
  it('--json prints answered, text and sources with paths relative to the working directory', async () => {
    const t = io();
    const code = await main(
      ['ask', 'vem äger Procapita?', '--registry', 'kommun/registry', '--json', '--today', '2026-11-23'],
      t.io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(t.out());
    expect(Object.keys(json)).toEqual(['answered', 'text', 'sources']);
    expect(json.answered).toBe(true);
    expect(json.text).toContain('Systemägare för Procapita är Socialchef (Eva Ek).');
    expect(json.sources).toEqual([{ file: 'kommun/registry/system/procapita.yaml', line: 5 }]);
  });

  it('prints text with the sources, and takes the question unquoted', async () => {
    const t = io();
    const code = await main(['ask', 'who', 'owns', 'Extens?', '--registry', 'kommun/registry'], t.io);
    expect(code).toBe(0);
    expect(t.out()).toContain('The system owner of Elevregister is Skolchef');
    expect(t.out()).toContain(
      'Source: kommun/registry/system/elevregister.yaml:5 (https://github.com/testvik/lis/blob/main/registry/system/elevregister.yaml#L5)',
    );
  });

  it('declines with exit code 1 and names who to ask', async () => {
    const t = io();
    const code = await main(
      ['ask', 'vad kostar lunchen i matsalen?', '--registry', 'kommun/registry', '--json'],
      t.io,
    );
    expect(code).toBe(1);
    const json = JSON.parse(t.out());
    expect(json).toEqual({ answered: false, text: expect.stringContaining('Karin Lund'), sources: [] });
  });

  it('treats the command line as not authorised unless --as-authorised is given', async () => {
    const closed = io();
    expect(
      await main(['ask', 'vem äger Skyddsnätet?', '--registry', 'kommun/registry', '--json'], closed.io),
    ).toBe(1);
    const json = JSON.parse(closed.out());
    expect(json.text).toContain('begränsad post');
    expect(json.sources).toEqual([]);
    for (const marker of RESTRICTED_MARKERS) expect(closed.out()).not.toContain(marker);

    const open = io();
    expect(
      await main(
        ['ask', 'vem äger Skyddsnätet?', '--registry', 'kommun/registry', '--json', '--as-authorised'],
        open.io,
      ),
    ).toBe(0);
    expect(JSON.parse(open.out()).text).toContain('Systemägare för Skyddsnätet är Socialchef');
  });

  it('--lang answers in the language asked for', async () => {
    const t = io();
    await main(['ask', 'vem äger Procapita?', '--registry', 'kommun/registry', '--lang', 'en'], t.io);
    expect(t.out()).toContain('The system owner of Procapita is Socialchef');
  });

  it('bad usage: no question, an unknown option, a missing registry', async () => {
    const a = io();
    expect(await main(['ask', '--registry', 'kommun/registry'], a.io)).toBe(2);
    expect(a.err()).toContain('Skriv en fråga');
    const b = io({ LANG: 'en_GB.UTF-8' });
    expect(await main(['ask', 'x', '--jsn'], b.io)).toBe(2);
    expect(b.err()).toContain('--json');
    const c = io();
    expect(await main(['ask', 'vem äger Procapita?', '--registry', 'finns-inte'], c.io)).toBe(2);
    expect(c.err()).toContain('finns-inte');
  });
});
