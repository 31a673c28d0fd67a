import { createHash } from 'node:crypto';
import path from 'node:path';
import type nunjucks from 'nunjucks';
import { type MessageKey, t } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { isInside, readInside } from './safe-read.js';

// Templates are read like every other file lisa reads: only from inside the folder they are looked up in,
// never through a link out of it (an adopter's `{% include %}` of a link to /proc/self/environ would put
// the job's environment into a board document).

const MAX_TEMPLATE_BYTES = 1024 * 1024;

const REFUSED: MessageKey = 'templates.refused';

/**
 * A Nunjucks loader over `dirs`, first match wins, reading each file through `readInside`. A dir below one
 * of `roots` (the adopter's `<folder>/<lang>/`) is read as a path inside that root, so a language folder
 * that is a link out of the adopter's folder is refused like any other link.
 */
/** A template compiled ahead of time (lib/render/templates.gen.ts), for the text it was compiled from. */
export interface Precompiled {
  sha256: string;
  /** Nunjucks' compiled code: returns the template's root and block functions. */
  code: () => object;
}

export function safeTemplateLoader(
  dirs: readonly string[],
  locale: Locale,
  roots: readonly string[] = [],
  precompiled: Readonly<Record<string, Precompiled>> = {},
): nunjucks.ILoader {
  return {
    getSource(name: string): nunjucks.LoaderSource {
      for (const dir of dirs) {
        const root = roots.find((r) => r !== dir && isInside(r, dir)) ?? dir;
        const read = readInside(root, path.join(path.relative(root, dir), name), MAX_TEMPLATE_BYTES);
        if (read.ok) {
          const src = Buffer.from(read.bytes).toString('utf8');
          // The file as read decides, wherever it is: the code compiled ahead of time is used only for the
          // very text it was compiled from (an edited or an adopter's template is compiled from its file).
          const ahead = Object.hasOwn(precompiled, name) ? precompiled[name] : undefined;
          const compiled =
            ahead && createHash('sha256').update(src).digest('hex') === ahead.sha256
              ? ahead.code()
              : undefined;
          return {
            // Nunjucks takes compiled code as { type: 'code', obj }, which its declarations do not say.
            src: (compiled ? { type: 'code', obj: compiled } : src) as string,
            path: path.join(dir, name),
            noCache: false,
          };
        }
        if (read.refusal !== 'missing') throw new Error(t(locale, REFUSED, { name, dir }));
      }
      // Nunjucks then says "template not found", naming it.
      return null as unknown as nunjucks.LoaderSource;
    },
  };
}
