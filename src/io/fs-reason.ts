/**
 * Plain words for the file-system errors people meet, by their code. Only ENOENT is "no such file
 * or folder": a read-only disk, a full disk or a missing permission each needs a different fix.
 */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the file system',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'already exists',
  ENOTEMPTY: 'the folder is not empty',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links (a link may point to itself)',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on this computer',
  EBUSY: 'the file or folder is busy (in use)',
  ETXTBSY: 'the file is busy (in use)',
  EIO: 'input/output error (the disk or the connection to it failed)',
  EXDEV: 'cannot move it to another disk',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ESTALE: 'the network file is stale (open it again)',
  EAGAIN: 'the resource is temporarily unavailable (try again)',
  EINVAL: 'invalid argument (the file system does not support this)',
  EOPNOTSUPP: 'the file system does not support this',
  ENOTSUP: 'the file system does not support this',
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
  if (known !== undefined) return known;
  return `${systemDescription(code, syscall, message) ?? 'system error'} (${code})`;
}

/** "unknown error" from "EXYZ: unknown error, open '/a/b'": Node's message is CODE: DESCRIPTION, SYSCALL 'PATH'. */
function systemDescription(code: string, syscall: string | undefined, message: string | undefined): string | undefined {
  if (!message?.startsWith(`${code}: `)) return undefined;
  const rest = message.slice(code.length + 2);
  const end = syscall === undefined ? -1 : rest.lastIndexOf(`, ${syscall}`);
  return end > 0 ? rest.slice(0, end) : undefined;
}
