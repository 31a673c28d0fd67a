import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

// The one way lisa opens a file it did not write: registers, the logo, templates, anything an adopter names.
// A registry is edited by many hands and rendered by a job holding a token, so a file is read only when it
// is a regular file that really lies inside the folder it is named from: symbolic links are never followed
// out of it, and devices, FIFOs, sockets and /proc are never opened (a FIFO would block, /proc/self/environ
// would put the job's environment into a public document).

/** Why a file was not read. */
export type Refusal =
  /** A symbolic link inside the registry: never followed, whatever it points to. */
  | 'symlink'
  /** Resolves (through a link or `..`) to a place outside the folder it was named from. */
  | 'outside'
  /** A device, FIFO, socket or a file under /proc, /sys or /dev. */
  | 'special'
  /** The file name is not valid UTF-8. */
  | 'name'
  /** Not there. */
  | 'missing';

export type SafeRead =
  | {
      ok: true;
      bytes: Uint8Array /** The real size; more than `bytes` when the read was capped. */;
      size: number;
    }
  | { ok: false; refusal: Refusal };

const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

function isSpecialPath(real: string): boolean {
  return SPECIAL_ROOTS.some((r) => real === r || real.startsWith(`${r}/`));
}

/** Whether `inner` is `outer` or lies below it (both real, absolute paths). */
export function isInside(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads one file by its own path, never following a link at the last step (O_NOFOLLOW) and never blocking
 * on a FIFO (O_NONBLOCK); refuses anything but a regular file. At most `maxBytes` are read.
 */
export function readNoFollow(file: string | Buffer, maxBytes: number): SafeRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { ok: false, refusal: 'symlink' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, refusal: 'missing' };
    if (code === 'ENXIO' || code === 'EOPNOTSUPP') return { ok: false, refusal: 'special' };
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, refusal: info.isSymbolicLink() ? 'symlink' : 'special' };
    const size = info.size;
    const want = Math.min(size, maxBytes);
    const buffer = Buffer.allocUnsafe(want);
    let got = 0;
    while (got < want) {
      const n = readSync(fd, buffer, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: got === want ? buffer : buffer.subarray(0, got), size };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads `name` (relative, as written in a register or a template) from inside `root`: resolved with
 * realpath, refused when the real file is outside the real root, special, or not a regular file.
 */
export function readInside(root: string, name: string, maxBytes: number): SafeRead {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { ok: false, refusal: 'missing' };
  }
  const lexical = path.resolve(realRoot, name);
  if (!isInside(realRoot, lexical)) return { ok: false, refusal: 'outside' };
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A link pointing nowhere (or in a circle) is still a link that was not followed.
    if (code === 'ENOENT' && isLink(lexical)) return { ok: false, refusal: 'outside' };
    if (code === 'ELOOP') return { ok: false, refusal: 'symlink' };
    return { ok: false, refusal: 'missing' };
  }
  if (isSpecialPath(real)) return { ok: false, refusal: 'special' };
  if (!isInside(realRoot, real)) return { ok: false, refusal: 'outside' };
  return readNoFollow(real, maxBytes);
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A file name for messages: UTF-8 as it is, any byte that is not shown as \xNN (so the user can find it). */
export function displayName(name: Buffer): string {
  if (isUtf8(name)) return name.toString('utf8');
  let out = '';
  for (const b of name)
    out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return out;
}
