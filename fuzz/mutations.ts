// Mutations for the fuzz target: how files get broken or attacked, applied so that every line holding a
// planted number stays where it was.
import fc from 'fast-check';

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'tab'; at: number }
  | { kind: 'swap-type'; at: number; to: string }
  | { kind: 'unicode'; at: number; text: string }
  | { kind: 'alias-bomb'; width: number; depth: number }
  | { kind: 'unresolved-alias' }
  | { kind: 'deep-flow'; depth: number }
  | { kind: 'deep-block'; depth: number }
  | { kind: 'big-flow'; items: number }
  | { kind: 'crlf' }
  | { kind: 'duplicate-key' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }).filter((b) => b !== 0x0a),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('tab' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap-type' as const),
    at: fc.nat(),
    to: fc.constantFrom(
      '[]',
      '{}',
      '[a, b]',
      '{a: 1}',
      '42',
      '3.5',
      'true',
      'null',
      '~',
      '"x"',
      '2024-02-30',
      '-',
    ),
  }),
  fc.record({
    kind: fc.constant('unicode' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '\u200b',
      '\u202e',
      '\ufeff',
      '\u0000',
      '\u001b[2J',
      '\u001b]52;c;SGVq\u0007',
      'e\u0301',
      '\ud83d\ude00',
      '\u2028',
      '\u00a0',
      '\ud800',
      '\u0085',
    ),
  }),
  fc.record({
    kind: fc.constant('alias-bomb' as const),
    width: fc.integer({ min: 2, max: 12 }),
    depth: fc.integer({ min: 1, max: 8 }),
  }),
  fc.constant({ kind: 'unresolved-alias' as const }),
  fc.record({ kind: fc.constant('deep-flow' as const), depth: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('deep-block' as const), depth: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ kind: fc.constant('big-flow' as const), items: fc.integer({ min: 10, max: 60_000 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'duplicate-key' as const }),
);

/** Positions inside `region` (the base of a file, before any plant) that are not line breaks. */
function spot(text: string, region: number, at: number): number {
  if (region === 0) return -1;
  let i = at % region;
  for (let k = 0; k < region && text[i] === '\n'; k++) i = (i + 1) % region;
  return text[i] === '\n' ? -1 : i;
}

/**
 * Applies a mutation, keeping every line at or after `region` (where the plants are) where it was: a
 * change before them never adds or removes a line break, and what is added goes after them.
 */
export function mutate(bytes: Buffer, region: number, m: Mutation, hasPlants: boolean): Buffer {
  const text = bytes.toString('latin1');
  const replaceAt = (i: number, len: number, by: Buffer) =>
    i < 0 ? bytes : Buffer.concat([bytes.subarray(0, i), by, bytes.subarray(i + len)]);
  switch (m.kind) {
    case 'flip': {
      const i = spot(text, region, m.at);
      return replaceAt(i, 1, Buffer.from([m.byte]));
    }
    case 'truncate':
      return hasPlants ? bytes : bytes.subarray(0, m.at % (bytes.length + 1));
    case 'tab': {
      const i = text.slice(0, region).indexOf('\n ', m.at % Math.max(region, 1));
      return i < 0 ? bytes : replaceAt(i + 1, 1, Buffer.from('\t'));
    }
    case 'swap-type': {
      const i = text.slice(0, region).indexOf(': ', m.at % Math.max(region, 1));
      if (i < 0) return bytes;
      const end = text.indexOf('\n', i);
      return replaceAt(i + 2, (end < 0 ? text.length : end) - i - 2, Buffer.from(m.to));
    }
    case 'unicode': {
      const i = spot(text, region, m.at);
      // A lone surrogate cannot be UTF-8; written as its CESU bytes it is an invalid sequence.
      const by = m.text === '\ud800' ? Buffer.from([0xed, 0xa0, 0x80]) : Buffer.from(m.text, 'utf8');
      return i < 0 || m.text === '\u2028' || m.text === '\u0085' ? bytes : replaceAt(i, 0, by);
    }
    case 'alias-bomb': {
      const lines = [`b0: &b0 [${Array(m.width).fill('lol').join(', ')}]`];
      for (let d = 1; d <= m.depth; d++)
        lines.push(
          `b${d}: &b${d} [${Array(m.width)
            .fill(`*b${d - 1}`)
            .join(', ')}]`,
        );
      return Buffer.concat([bytes, Buffer.from(`\n${lines.join('\n')}\n`)]);
    }
    case 'unresolved-alias':
      return Buffer.concat([bytes, Buffer.from('\nokand: *undefined\n')]);
    case 'deep-flow':
      return Buffer.concat([bytes, Buffer.from(`\ndjup: ${'['.repeat(m.depth)}${']'.repeat(m.depth)}\n`)]);
    case 'deep-block': {
      const lines = Array.from({ length: m.depth }, (_, d) => `${'  '.repeat(d)}n${d}:`);
      return Buffer.concat([bytes, Buffer.from(`\n${lines.join('\n')} 1\n`)]);
    }
    case 'big-flow':
      return Buffer.concat([bytes, Buffer.from(`\nstor: [${Array(m.items).fill('a').join(', ')}]\n`)]);
    case 'crlf':
      return Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');
    case 'duplicate-key':
      return Buffer.concat([bytes, Buffer.from('\nname: igen\nname: och igen\n')]);
  }
}
