import type { SourceFile } from '../../lib/registry.js';

/** Register files from text, as if read from `root/` on disk. */
export function sources(files: Record<string, string | Uint8Array>, root = 'registry'): SourceFile[] {
  return Object.entries(files).map(([rel, content]) => ({
    file: `${root}/${rel}`,
    rel,
    bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  }));
}

/** A minimal valid lisa.yaml for tests: two boards and the usual roles. */
export const ORG = `name: Testviks kommun
locale: sv
boards:
  - id: ks
    name: Kommunstyrelsen
    type: executive-board
  - id: son
    name: Socialnämnden
    type: committee
roles:
  sakerhetssamordnare:
    name: Informationssäkerhetssamordnare
    kind: security-coordinator
  dso:
    name: Dataskyddsombud
    kind: dpo
  socialchef:
    name: Socialchef
    board: son
  it-chef:
    name: IT-chef
`;
