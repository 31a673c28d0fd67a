// Text a user wrote, made safe for a terminal (and for a CI log, which is one): no control character reaches
// it. A YAML escape can put ESC into a key or value ("\e]52;c;…" writes the clipboard, "\e[2J" clears the
// screen), a line break would start a line lisa did not write, and bidirectional overrides reorder what the
// reader sees. Each is shown as a visible escape instead, so the reader still learns it is there.

// C0 controls, DEL, C1 controls, the Unicode line and paragraph separators, and the bidi embeddings,
// overrides and isolates ("Trojan Source").
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase()}`;
}

/** The text on one line, with every control character shown as an escape (`\x1B`, `\n`, `\u202E`). */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Several lines of text: each line escaped, the line feeds between them kept (CR is shown, not obeyed). */
export function escapeTerminalLines(text: string): string {
  return text.split('\n').map(escapeTerminal).join('\n');
}
