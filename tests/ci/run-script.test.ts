import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// .ci/run decides what to apt-get install. Its checks run under `set -o pipefail`; a check whose pipe can
// break (grep -q exiting at the first match, the writer dying of SIGPIPE) installs packages for nothing.

const script = readFileSync(path.join(import.meta.dirname, '../../.ci/run'), 'utf8');
// The part that decides, from `need=()` to the install.
const checks = script.slice(script.indexOf('need=()'), script.indexOf('\nif [ '));

function fakeBin(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lisa-ci-'));
  const tool = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  for (const name of ['chromium', 'pdftotext', 'git']) tool(name, 'exit 0');
  // A machine with many fonts, DejaVu first: the reader stops early and the writer gets SIGPIPE.
  tool(
    'fc-list',
    'echo "/usr/share/fonts/DejaVuSans.ttf: DejaVu Sans"; i=0; while [ $i -lt 200000 ]; do echo "/f/$i.ttf: Font $i"; i=$((i+1)); done',
  );
  tool('dpkg-query', 'printf "install ok installed"');
  return dir;
}

describe('.ci/run', () => {
  it('finds installed fonts without a pipe that SIGPIPE can break', () => {
    const bin = fakeBin();
    for (let run = 0; run < 3; run++) {
      const out = execFileSync('bash', ['-c', `set -euo pipefail\n${checks}\necho "need=\${need[*]:-}"`], {
        env: { PATH: `${bin}:/usr/bin:/bin` },
        encoding: 'utf8',
      });
      expect(out.trim()).toBe('need=');
    }
  });
});
