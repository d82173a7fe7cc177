import type { MessageKey } from '../core/i18n/en.js';
import { say } from '../core/i18n/voice.js';

/**
 * Plain words for the file-system errors people meet, by their code. Only ENOENT is "no such file
 * or folder": a read-only disk, a full disk or a missing permission each needs a different fix.
 */
const REASONS: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'inputs.fs.ENOENT',
  EACCES: 'inputs.fs.EACCES',
  EPERM: 'inputs.fs.EACCES',
  EROFS: 'inputs.fs.EROFS',
  ENOSPC: 'inputs.fs.ENOSPC',
  EDQUOT: 'inputs.fs.EDQUOT',
  EFBIG: 'inputs.fs.EFBIG',
  EISDIR: 'inputs.fs.EISDIR',
  ENOTDIR: 'inputs.fs.ENOTDIR',
  EEXIST: 'inputs.fs.EEXIST',
  ENOTEMPTY: 'inputs.fs.ENOTEMPTY',
  ENAMETOOLONG: 'inputs.fs.ENAMETOOLONG',
  ELOOP: 'inputs.fs.ELOOP',
  EMFILE: 'inputs.fs.EMFILE',
  ENFILE: 'inputs.fs.ENFILE',
  EBUSY: 'inputs.fs.EBUSY',
  ETXTBSY: 'inputs.fs.ETXTBSY',
  EIO: 'inputs.fs.EIO',
  EXDEV: 'inputs.fs.EXDEV',
  ENXIO: 'inputs.fs.ENXIO',
  ENODEV: 'inputs.fs.ENXIO',
  ESTALE: 'inputs.fs.ESTALE',
  EAGAIN: 'inputs.fs.EAGAIN',
  EINVAL: 'inputs.fs.EINVAL',
  EOPNOTSUPP: 'inputs.fs.EOPNOTSUPP',
  ENOTSUP: 'inputs.fs.EOPNOTSUPP',
};

/**
 * Why a file operation failed, in plain words from the error's code. Never the error's own message:
 * that names the path the system call used, which may be a temporary file the user never asked for.
 * An unknown code is named with the system's description of it, without the path.
 */
export function fsReason(error: unknown): string {
  const { code, syscall, message } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  // Node's own ERR_* codes are not the system's: their message is the explanation, with no path.
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return error instanceof Error ? error.message : String(error);
  const known = REASONS[code];
  if (known !== undefined) return say(known);
  return `${systemDescription(code, syscall, message) ?? say('inputs.fs.systemError')} (${code})`;
}

/** "unknown error" from "EXYZ: unknown error, open '/a/b'": Node's message is CODE: DESCRIPTION, SYSCALL 'PATH'. */
function systemDescription(code: string, syscall: string | undefined, message: string | undefined): string | undefined {
  if (!message?.startsWith(`${code}: `)) return undefined;
  const rest = message.slice(code.length + 2);
  const end = syscall === undefined ? -1 : rest.lastIndexOf(`, ${syscall}`);
  return end > 0 ? rest.slice(0, end) : undefined;
}
