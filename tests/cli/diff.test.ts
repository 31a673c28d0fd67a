// `lisa diff BASE HEAD`: the comparison the action puts in a pull request, from two registry folders.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, patch } from '../action/fixture.js';
import { lisa, registryOnDisk, removeRegistries } from './helpers.js';

afterAll(removeRegistries);

/** BASE in `base/`, the head's files in `head/`, in one folder. */
function twoRegistries(head: Record<string, string>): string {
  const cwd = registryOnDisk(BASE, 'base');
  for (const [rel, content] of Object.entries(head)) {
    const abs = path.join(cwd, 'head', rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return cwd;
}

const TODAY = ['--today', '2026-11-23'];

describe('lisa diff', () => {
  it('tells a change by name, its consequence, the documents it touches and the finding it brings', async () => {
    const cwd = twoRegistries(patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1'));
    const run = await lisa(['diff', 'base', 'head', ...TODAY], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ProReNata (ändrad) head/system/prorenata.yaml');
    expect(run.stdout).toContain('- skyddsnivå för konfidentialitet: 2 → 1');
    expect(run.stdout).toContain('ProReNata skyddas nu under kravet');
    expect(run.stdout).toContain('(systems-overview)');
    expect(run.stdout).toMatch(/1 nytt problem\n.*protection-below-classification/);
    expect(run.stdout).toContain('0 rättade problem');
  });

  it('gives the same comparison as JSON and as the PR comment in Markdown, in the language asked for', async () => {
    const cwd = twoRegistries(
      patch('system/prorenata.yaml', 'name: ProReNata', 'name: ProReNata <b>Skola</b>'),
    );
    const json = JSON.parse(
      (await lisa(['diff', 'base', 'head', '--format', 'json', ...TODAY], { cwd })).stdout,
    );
    expect(json.changes).toHaveLength(1);
    expect(json.changes[0]).toMatchObject({ kind: 'system', id: 'prorenata', change: 'changed' });
    expect(json.findings).toEqual({ added: [], fixed: [] });
    const md = (
      await lisa(['diff', 'base', 'head', '--format', 'markdown', '--lang', 'en', ...TODAY], { cwd })
    ).stdout;
    expect(md).toContain('### What the change means');
    expect(md).toContain('&lt;b&gt;Skola&lt;/b&gt;');
    expect(md).not.toContain('<b>');
  });

  it('keeps terminal control characters in a name inert', async () => {
    const cwd = twoRegistries(patch('system/prorenata.yaml', 'name: ProReNata', 'name: "ProReNata\\e[31m"'));
    const run = await lisa(['diff', 'base', 'head', ...TODAY], { cwd });
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('\\x1B[31m');
  });

  it('asks for two folders', async () => {
    const cwd = twoRegistries(BASE);
    const run = await lisa(['diff', 'base'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Ange två registermappar');
  });
});
