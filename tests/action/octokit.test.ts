import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHub } from '../../action/octokit.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});

describe('the action’s GitHub client', () => {
  it('sends a run’s first writes back to back, then paces a longer series one a second, in order', async () => {
    const client = createGitHub('ghs_testtoken123', github.apiUrl);
    const where = { owner: 'sjobacka', repo: 'lis' };
    const started = performance.now();
    const created = await client.rest.checks.create({ ...where, name: 'lisa', head_sha: 'a'.repeat(40) });
    const id = created.data.id;
    // Asked for all at once, as a loop over annotation batches would if it did not await each.
    const done: number[] = [];
    await Promise.all(
      [1, 2, 3].map(async (n) => {
        await client.rest.checks.update({
          ...where,
          check_run_id: id,
          output: { title: `${n}`, summary: '' },
        });
        done.push(performance.now() - started);
      }),
    );
    // The check run and the next two writes: no second's wait between them (it was 1 s each before).
    expect(done[1]).toBeLessThan(800);
    // The fourth write of the series waits for the bucket to refill: GitHub's pace for many writes holds.
    expect(done[2]).toBeGreaterThanOrEqual(900);
    expect(
      github.of('checks.update').map((r) => (r.body as { output: { title: string } }).output.title),
    ).toEqual(['1', '2', '3']);
  });
});
