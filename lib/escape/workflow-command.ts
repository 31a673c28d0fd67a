// Text in a GitHub Actions job log. The runner reads a line as a workflow command when it starts with `::`
// after leading white space (`::add-mask::`, `::stop-commands::`, `::warning …`), and reads the legacy
// `##[command]` form anywhere in a line. A line lisa prints that holds user text must be neither.
// Commands lisa means to issue go through @actions/core, which escapes their data (`%`, CR, LF) and
// properties (also `:` and `,`) as GitHub documents; `escapeData` and `escapeProperty` say the same rules
// for anything written by hand.

/** A workflow command's data (the message after the second `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (`file=…,title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Plain log text that can never be read as a command: a line starting with `::` gets a full-width colon
 * first, and `##[` a full-width bracket. Visible characters, not zero-width ones, because the runner's
 * culture-sensitive string comparison skips zero-width characters.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => breakLegacyCommands(part.replace(/^(\s*)::/, '$1\uff1a:')))
    .join('');
}

/** The legacy `##[command]` form broken, for data @actions/core escapes but the runner may still scan. */
export function breakLegacyCommands(text: string): string {
  return text.replace(/##\[/g, '##\uff3b');
}
