// PDF/UA wants every mark on a page to be either tagged content (inside a marked-content sequence the
// structure tree points to) or an artifact. Chrome tags what is in the document's accessibility tree and
// leaves the rest bare: the running header and footer (drawn apart from the document) and decorations such
// as table rules and the frames of flags. This module wraps each such bare stretch of a page's content
// stream in `/Artifact BMC … EMC`, leaving everything Chrome tagged as it was.
//
// A pure function over one content stream. It reads the stream with a small tokenizer (strings, hex
// strings, dictionaries, names, numbers, operators, inline images) rather than by lines, so a ")" or
// "EMC" inside a string cannot mislead it.

/** Operators that paint a path; `n` ends a path without painting (a clipping path is no content). */
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_START = new Set(['m', 're']);
const OPEN = '/Artifact BMC\n';
const CLOSE = '\nEMC\n';

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

function isDelimiter(c: number): boolean {
  // ( ) < > [ ] { } / %
  return (
    c === 0x28 ||
    c === 0x29 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x2f ||
    c === 0x25
  );
}

/** The end of a literal string starting at `i` (its "("): nested parentheses and escapes count. */
function skipString(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return j + 1;
  }
  return s.length;
}

/** The end of a dictionary starting at `i` ("<<"), strings inside it skipped. */
function skipDict(s: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x28) {
      j = skipString(s, j);
      continue;
    }
    if (c === 0x3c && s.charCodeAt(j + 1) === 0x3c) {
      depth++;
      j += 2;
      continue;
    }
    if (c === 0x3e && s.charCodeAt(j + 1) === 0x3e) {
      depth--;
      j += 2;
      if (depth === 0) return j;
      continue;
    }
    j++;
  }
  return s.length;
}

/** After "ID": the inline image's data runs to an "EI" that stands as a word of its own. */
function skipInlineImage(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    j = s.indexOf('EI', j);
    if (j < 0) return s.length;
    if (isWhite(s.charCodeAt(j - 1)) && (j + 2 >= s.length || isWhite(s.charCodeAt(j + 2)))) return j + 2;
    j += 2;
  }
}

/**
 * The content stream (as a latin1 string: one character a byte) with every untagged painting wrapped as
 * an artifact. Returns the input itself when nothing needed marking.
 *
 * An artifact opens where a painted object starts (a path that is filled or stroked, a text object, an
 * XObject or shading) outside any marked content, and closes before the next marked content begins, before
 * a `Q` that would restore a graphics state saved outside it (so q/Q and marked content stay nested), or
 * at the end of the stream.
 */
export function markArtifacts(s: string): string {
  const inserts: { at: number; text: string }[] = [];
  let depth = 0; // marked-content nesting
  let q = 0; // graphics-state nesting
  let open = false;
  let openQ = 0;
  let operandStart = -1; // where the current operator's operands began
  let pathStart = -1; // where the path being built began
  let inText = false;
  const openAt = (at: number) => {
    inserts.push({ at, text: OPEN });
    open = true;
    openQ = q;
  };
  const closeAt = (at: number) => {
    inserts.push({ at, text: at > 0 && isWhite(s.charCodeAt(at - 1)) ? CLOSE.slice(1) : CLOSE });
    open = false;
  };

  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      // A comment, to the end of the line.
      while (i < n && s.charCodeAt(i) !== 0x0a && s.charCodeAt(i) !== 0x0d) i++;
      continue;
    }
    const start = i;
    if (c === 0x28) i = skipString(s, i);
    else if (c === 0x3c && s.charCodeAt(i + 1) === 0x3c) i = skipDict(s, i);
    else if (c === 0x3c) {
      const end = s.indexOf('>', i);
      i = end < 0 ? n : end + 1;
    } else if (c === 0x5b || c === 0x5d) i++;
    else if (c === 0x2f) {
      i++;
      while (i < n && !isWhite(s.charCodeAt(i)) && !isDelimiter(s.charCodeAt(i))) i++;
    } else {
      while (i < n && !isWhite(s.charCodeAt(i)) && !isDelimiter(s.charCodeAt(i))) i++;
      if (i === start) i++; // a stray delimiter such as ">": step over it
      const word = s.slice(start, i);
      const first = word.charCodeAt(0);
      const numeric = (first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e;
      if (!numeric && word !== 'true' && word !== 'false' && word !== 'null') {
        const from = operandStart < 0 ? start : operandStart;
        operandStart = -1;
        if (word === 'BDC' || word === 'BMC') {
          if (depth === 0 && open) closeAt(from);
          depth++;
        } else if (word === 'EMC') {
          if (depth > 0) depth--;
        } else if (word === 'q') {
          q++;
        } else if (word === 'Q') {
          if (open && depth === 0 && q <= openQ) closeAt(from);
          q--;
        } else if (depth === 0 && !inText) {
          if (PATH_START.has(word)) {
            if (pathStart < 0) pathStart = from;
          } else if (PAINT.has(word)) {
            if (!open) openAt(pathStart < 0 ? from : pathStart);
            pathStart = -1;
          } else if (word === 'n') {
            pathStart = -1;
          } else if (word === 'BT') {
            if (!open) openAt(from);
            inText = true;
          } else if (word === 'Do' || word === 'sh' || word === 'BI') {
            if (!open) openAt(from);
          }
        } else if (depth > 0 && (PAINT.has(word) || word === 'n')) {
          pathStart = -1;
        }
        if (word === 'BT') inText = true;
        else if (word === 'ET') inText = false;
        else if (word === 'ID') i = skipInlineImage(s, i);
        continue;
      }
    }
    if (operandStart < 0) operandStart = start;
  }
  if (open) closeAt(n);
  if (inserts.length === 0) return s;
  const parts: string[] = [];
  let last = 0;
  for (const { at, text } of inserts) {
    parts.push(s.slice(last, at), text);
    last = at;
  }
  parts.push(s.slice(last));
  return parts.join('');
}
