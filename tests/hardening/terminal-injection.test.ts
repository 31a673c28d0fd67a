// Hardening 9.2 (terminal): `lisa validate` prints no control character a register carried in, coloured
// or not. YAML escapes put ESC sequences into keys and values: OSC 52 writes the reader's clipboard, CSI 2J
// clears the screen, a bidi override reorders the line.
import { afterAll, describe, expect, it } from 'vitest';
import { escapeTerminal } from '../../lib/escape/terminal.js';
import { lisa, registryOnDisk, removeRegistries } from '../cli/helpers.js';
import { ORG, system } from '../validate/fixtures.js';

afterAll(removeRegistries);

const FILES = {
  'lisa.yaml': ORG,
  'system/procapita.yaml': `${system('Procapita', {})}"\\e]52;c;cm0gLXJmIH4=\\a\\u202e": 1\n`.replace(
    'board: son',
    'board: "x\\e[2J\\e[3J\\u009b31m\\ny"',
  ),
};
const SGR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
// Every control character but the line feeds ending lisa's own lines.
const CONTROL = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('control characters from a register', () => {
  const cwd = registryOnDisk(FILES);
  for (const colour of [false, true])
    it(`never reach the terminal ${colour ? 'with' : 'without'} colour`, async () => {
      const r = await lisa(
        ['validate', 'registry', '--today', '2026-11-23', ...(colour ? [] : ['--no-color'])],
        {
          cwd,
          tty: true,
        },
      );
      expect(r.code).toBe(1);
      const lines = r.stdout.replace(SGR, '').split('\n');
      for (const line of lines) expect(line).not.toMatch(CONTROL);
      // The finding is still told, with the escapes visible.
      expect(r.stdout).toContain('unknown-field');
      expect(r.stdout).toContain('\\x1B]52;c;');
      // The board is optional (a Norwegian kommune's systems may name none): a malformed one is invalid-value.
      expect(r.stdout).toContain('invalid-value');
      expect(r.stdout).not.toContain('board-missing');
      expect(r.stdout).toContain('\\x1B[2J');
    });

  it('shows each control character as an escape', () => {
    expect(escapeTerminal('a\u001b[2Jb\nc\td\u0085e\u202ef\u009b')).toBe(
      'a\\x1B[2Jb\\nc\\td\\x85e\\u202Ef\\x9B',
    );
  });
});

describe('workflow-command escaping', () => {
  it('breaks a command at any line start and the legacy form anywhere', async () => {
    const { neutraliseCommands, escapeData, escapeProperty } = await import(
      '../../lib/escape/workflow-command.js'
    );
    expect(neutraliseCommands('a\n  ::add-mask::x\r::stop-commands::t\nb ##[error]c')).toBe(
      'a\n  ：:add-mask::x\r：:stop-commands::t\nb ##［error]c',
    );
    expect(escapeData('50%\r\n')).toBe('50%25%0D%0A');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
});

describe('lisa ask on a terminal', () => {
  it('prints register text without its control characters', async () => {
    const { FILES: ANSWER_FILES } = await import('../answer/fixture.js');
    const files = {
      ...ANSWER_FILES,
      'lisa.yaml': (ANSWER_FILES['lisa.yaml'] as string).replace(
        'name: Socialchef',
        'name: "Social\\e]52;c;cm0gLXJmIH4=\\achef\\e[2J"',
      ),
    };
    const cwd = registryOnDisk(files);
    const r = await lisa(['ask', 'vem äger Procapita?', '--registry', 'registry', '--today', '2026-11-23'], {
      cwd,
    });
    expect(r.stdout).toContain('Social\\x1B]52;c;');
    expect(r.stdout.replace(/\n/g, '')).not.toMatch(CONTROL);
  });
});
