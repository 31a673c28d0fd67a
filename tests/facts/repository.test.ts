import { describe, expect, it } from 'vitest';
import { repositoryLink, repositoryOf, repositoryUrl } from '../../lib/facts/repository.js';
import { buildRegistry } from '../../lib/registry.js';
import { sources } from '../helpers/sources.js';

describe('links to a register file', () => {
  it('drop a trailing .git and slash, default the branch, and encode every segment', () => {
    const repo = repositoryOf({ repository: { url: 'https://github.com/sjobacka/lis.git/' } }, 'registry');
    expect(repo).toEqual({ base: 'https://github.com/sjobacka/lis', branch: 'main', dir: 'registry' });
    if (!repo) throw new Error('no repository');
    expect(repositoryUrl(repo, 'blob', 'system/x (1).yaml', 4)).toBe(
      'https://github.com/sjobacka/lis/blob/main/registry/system/x%20%281%29.yaml#L4',
    );
    expect(repositoryUrl({ ...repo, branch: 'lis/2026', dir: '' }, 'tree', 'kpi')).toBe(
      'https://github.com/sjobacka/lis/tree/lis/2026/kpi',
    );
    expect(repositoryOf({ repository: { url: 'javascript:alert(1)' } }, 'registry')).toBeUndefined();
    expect(repositoryOf({ repository: { url: 'https://x.se/r', path: '' } }, '/abs/registry')?.dir).toBe('');
  });

  it('the answers, the bot and the reminders link the same way: to the file inside the registry folder', () => {
    const registry = buildRegistry(
      'registry',
      sources({
        'lisa.yaml': 'name: X\nrepository:\n  url: https://github.com/x/lis.git\n  path: kommun/registry\n',
      }),
      'sv',
    );
    expect(repositoryLink(registry, 'registry/system/a.yaml', 3)).toBe(
      'https://github.com/x/lis/blob/main/kommun/registry/system/a.yaml#L3',
    );
  });
});
