import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './harness.js';

const read = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8'), { strict: true });

it('action.yml declares every input the action reads and every output it sets, and runs dist/ on Node 24', () => {
  const action = read('action.yml');
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  expect(existsSync(path.join(ROOT, action.runs.main))).toBe(true);
  expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  expect(Object.keys(action.inputs).sort()).toEqual(
    [
      'cache-dir',
      'chrome-path',
      'comment',
      'comment-author',
      'fail-on',
      'github-token',
      'locale',
      'output',
      'registry',
      'release',
      'templates',
    ].sort(),
  );
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JavaScript template
  expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  expect(action.inputs.registry.default).toBe('registry');
  expect(action.inputs.output.default).toBe('lisa-out');
  const source = readFileSync(path.join(ROOT, 'action/inputs.ts'), 'utf8');
  for (const name of Object.keys(action.inputs)) expect(source, name).toContain(`'${name}'`);
  expect(Object.keys(action.outputs).sort()).toEqual(['documents', 'errors', 'output-dir', 'warnings']);
});

it('the workflow runs this repository’s own action with the permissions it needs', () => {
  const workflow = read('.github/workflows/lisa.yml');
  expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
  const job = workflow.jobs.registry;
  expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write' });
  const steps = job.steps as { uses?: string; with?: Record<string, unknown> }[];
  expect(steps[0]).toMatchObject({
    uses: expect.stringMatching(/^actions\/checkout@/),
    with: { 'fetch-depth': 0 },
  });
  expect(steps.find((s) => s.uses === './')?.with).toMatchObject({ registry: 'registry' });
  expect(steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' });
});
