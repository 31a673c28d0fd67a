// Bounds on one register file, checked before the expensive work: a register entry has tens or hundreds of
// values and a few levels of nesting, so a file far beyond that is a mistake or an attack. Six files of a
// 1.9 MB flow sequence each took 34 s and 2.5 GiB (the position-keeping parse a finding needs, the schema
// check over every item); they are now refused in milliseconds with a finding.

/** The most keys, values and list items one register file may hold. The largest real entry has a few hundred. */
export const MAX_NODES = 10_000;
/** The deepest nesting of lists and mappings in one file. Registers need five or six levels. */
export const MAX_DEPTH = 32;
/**
 * Commas and line breaks in the text, counted before any parse: an upper bound on how many nodes a parser
 * would build, cheap to count and generous to long free texts.
 */
export const MAX_SEPARATORS = 20_000;

export type Excess = {
  what: 'nodes' | 'depth' /** Offset in the text where the bound was passed. */;
  offset?: number;
};

/** Whether the text alone shows the file is beyond the bounds (flow nesting, separators). One pass. */
export function measureText(text: string): Excess | undefined {
  let separators = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10) {
      if (++separators > MAX_SEPARATORS) return { what: 'nodes', offset: i };
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return { what: 'depth', offset: i };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** Whether parsed data is beyond the bounds. Stops as soon as it is; no recursion, so no stack to exhaust. */
export function measureData(data: unknown): Excess | undefined {
  let nodes = 0;
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_NODES) return { what: 'nodes' };
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return { what: 'depth' };
    const children = Array.isArray(node) ? node : Object.values(node);
    if (nodes + children.length > MAX_NODES) return { what: 'nodes' };
    for (const child of children) stack.push([child, depth + 1]);
  }
  return undefined;
}
