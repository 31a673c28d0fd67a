import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotLogger } from '../../bot/log.js';
import { GitHubSource, githubClient, parseGitHubLocation, RegistryHolder } from '../../bot/source.js';
import { answer } from '../../lib/answer/answer.js';
import { FILES } from '../answer/fixture.js';
import { FakeGit } from './fake-git.js';

let git: FakeGit;

beforeAll(async () => {
  git = await new FakeGit().start();
  for (const [rel, text] of Object.entries(FILES)) git.files.set(`registry/${rel}`, text);
  git.files.set('README.md', '# not a register');
  git.files.set('other/stray.yaml', 'name: elsewhere\n');
});
afterAll(() => git.close());

describe('the registry from a GitHub repository', () => {
  it('reports a link in the repository and never fetches its blob', async () => {
    const linked = await new FakeGit('testvik', 'links').start();
    try {
      for (const [rel, text] of Object.entries(FILES)) linked.files.set(`registry/${rel}`, text);
      linked.files.set('registry/system/hemligt.yaml', '/proc/self/environ');
      linked.links.add('registry/system/hemligt.yaml');
      const logger = new BotLogger({ write: () => undefined });
      const source = new GitHubSource(
        parseGitHubLocation('testvik/links') as NonNullable<ReturnType<typeof parseGitHubLocation>>,
        githubClient('ghp_abcdefghijklmnopqrstuvwxyz0123456789', linked.apiUrl),
        logger,
      );
      const sources = await source.readAll();
      const link = sources.find((s) => s.rel === 'system/hemligt.yaml');
      expect(link?.refused).toBe('symlink');
      expect(link?.bytes.length).toBe(0);
      const holder = new RegistryHolder(source.root, logger, { today: '2026-11-23' });
      holder.apply({ all: sources });
      expect(holder.current()).toBeUndefined();
    } finally {
      await linked.close();
    }
  });

  it('parses owner/repo[@ref][:path]', () => {
    expect(parseGitHubLocation('sjobacka/lis')).toEqual({ owner: 'sjobacka', repo: 'lis', path: 'registry' });
    expect(parseGitHubLocation('sjobacka/lis@v2:data/registry/')).toEqual({
      owner: 'sjobacka',
      repo: 'lis',
      ref: 'v2',
      path: 'data/registry',
    });
    expect(parseGitHubLocation('not a repo')).toBeUndefined();
  });

  it('reads it with Octokit, polls with ETags, fetches only changed blobs, and keeps the last good version', async () => {
    const logs: string[] = [];
    const logger = new BotLogger({ write: (l: string) => logs.push(l) });
    const location = parseGitHubLocation('testvik/lis') as NonNullable<
      ReturnType<typeof parseGitHubLocation>
    >;
    const source = new GitHubSource(
      location,
      githubClient('ghp_abcdefghijklmnopqrstuvwxyz0123456789', git.apiUrl),
      logger,
    );
    const holder = new RegistryHolder(source.root, logger, { today: '2026-11-23' });

    holder.apply({ all: await source.readAll() });
    const first = holder.current();
    expect(first?.registry.files.map((f) => f.file)).toContain('registry/system/procapita.yaml');
    expect(first?.registry.files.some((f) => f.file.startsWith('other/'))).toBe(false);
    const a = answer(first?.index as NonNullable<typeof first>['index'], 'vem äger Procapita?', {
      today: '2026-11-23',
    });
    expect(a.text).toContain('Socialchef');
    expect(a.sources[0]?.file).toBe('registry/system/procapita.yaml');
    expect(
      git.requests.every((r) => r.authorization === 'token ghp_abcdefghijklmnopqrstuvwxyz0123456789'),
    ).toBe(true);

    // Nothing changed: a conditional request, answered 304, and nothing else.
    const before = git.requests.length;
    expect(await source.poll()).toBeUndefined();
    expect(git.requests.slice(before).map((r) => [r.status, Boolean(r.ifNoneMatch)])).toEqual([[304, true]]);

    // One file changed: the commit, the tree, and that one blob.
    git.files.set(
      'registry/system/procapita.yaml',
      (FILES['system/procapita.yaml'] as string).replace('owner: socialchef', 'owner: it-chef'),
    );
    const mark = git.requests.length;
    const change = await source.poll();
    expect(change && 'changed' in change ? change.changed.map((c) => c.file) : []).toEqual([
      'registry/system/procapita.yaml',
    ]);
    expect(git.requests.slice(mark).filter((r) => r.path.includes('/git/blobs/'))).toHaveLength(1);
    holder.apply(change as NonNullable<typeof change>);
    expect(holder.current()?.version).toBe(2);
    expect(
      answer(holder.current()?.index as NonNullable<typeof first>['index'], 'vem äger Procapita?', {
        today: '2026-11-23',
      }).text,
    ).toContain('IT-chef');

    // A broken version and a removed file: errors, so version 2 stays.
    git.files.set('registry/system/procapita.yaml', 'name: Procapita\nowner: [\n');
    git.files.delete('registry/system/office.yaml');
    const broken = await source.poll();
    expect(broken && 'removed' in broken ? broken.removed : []).toEqual(['registry/system/office.yaml']);
    holder.apply(broken as NonNullable<typeof broken>);
    expect(holder.lastErrors).toBeGreaterThan(0);
    expect(holder.current()?.version).toBe(2);
    expect(
      answer(holder.current()?.index as NonNullable<typeof first>['index'], 'vem äger Microsoft 365?', {
        today: '2026-11-23',
      }).text,
    ).toContain('Kanslichef');
    expect(logs.join('')).not.toContain('ghp_');
  });
});
