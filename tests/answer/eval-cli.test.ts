// `lisa ask --eval`: a question set scored against the registries it names, relative to the working directory.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import { FILES } from './fixture.js';

let dir: string;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd: dir,
    env: { LANG: 'en_GB.UTF-8' },
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const line = (o: object) => JSON.stringify(o);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-eval-'));
  for (const [rel, text] of Object.entries(FILES)) {
    const file = path.join(dir, 'kommun', rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  const cases = [
    { registry: 'kommun', lang: 'sv', question: 'vem äger Procapita?', expect: 'system/procapita.yaml' },
    { registry: 'kommun', lang: 'en', question: 'who owns Procapita?', expect: 'system/elevregister.yaml' },
    { registry: 'kommun', lang: 'sv', question: 'vad blir det till lunch?', expect: 'decline' },
    {
      registry: 'kommun',
      lang: 'sv',
      question: 'vem äger Skyddsnätet?',
      expect: 'restricted',
      mustNotContain: ['Socialchef'],
    },
    // A leak string the reply does contain: counted, whatever else is right.
    {
      registry: 'kommun',
      lang: 'sv',
      question: 'vem äger Procapita?',
      expect: 'system/procapita.yaml',
      mustNotContain: ['Eva Ek'],
    },
  ];
  await writeFile(path.join(dir, 'set.jsonl'), `${cases.map(line).join('\n')}\n`);
  await writeFile(
    path.join(dir, 'bad.jsonl'),
    '{"registry": "kommun", "lang": "de", "question": "?", "expect": "decline"}\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('lisa ask --eval', () => {
  it('scores top-1, declines, restricted notices, leaks and language, per language', async () => {
    const t = io();
    expect(await main(['ask', '--eval', 'set.jsonl', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json.overall).toMatchObject({
      cases: 5,
      top1: 2,
      top1Of: 3,
      declineRight: 4,
      declineOf: 4,
      restrictedRight: 1,
      restrictedOf: 1,
      leaks: 1,
      langRight: 5,
    });
    expect(json.byLang.en).toMatchObject({ cases: 1, top1: 0, top1Of: 1 });
    expect(json.failures.map((f: { at: string }) => f.at)).toEqual(['set.jsonl:2', 'set.jsonl:5']);
  });

  it('prints the figures as text, and the misses with --failures', async () => {
    const t = io();
    await main(['ask', '--eval', 'set.jsonl', '--failures'], t.io);
    expect(t.out()).toContain('overall: top-1 66.7 % (2/3)');
    expect(t.out()).toContain(
      '✗ set.jsonl:2 [en] "who owns Procapita?" – expected system/elevregister.yaml, got system/procapita.yaml',
    );
    expect(t.out()).toContain('LEAK: Eva Ek');
  });

  it('a malformed line is a usage error naming the line', async () => {
    const t = io();
    expect(await main(['ask', '--eval', 'bad.jsonl'], t.io)).toBe(2);
    expect(t.err()).toContain('bad.jsonl:1');
  });
});
