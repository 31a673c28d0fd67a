import type { MessageKey } from '../../lib/i18n/index.js';
import type { RoleKey } from '../../lib/init/options.js';

export const INIT = {
  askName: 'init.askName',
  askCountry: 'init.askCountry',
  askLang: 'init.askLang',
  askBoards: 'init.askBoards',
  askHolder: {
    coordinator: 'init.askHolder.coordinator',
    dpo: 'init.askHolder.dpo',
    informationOwner: 'init.askHolder.informationOwner',
    systemOwner: 'init.askHolder.systemOwner',
  } satisfies Record<RoleKey, MessageKey>,
  notATerminal: 'init.notATerminal',
  nameNeeded: 'init.nameNeeded',
  exists: 'init.exists',
  existsHint: 'init.existsHint',
  invalid: 'init.invalid',
  written: 'init.written',
  next: 'init.next',
} satisfies Record<string, MessageKey | Record<RoleKey, MessageKey>>;
