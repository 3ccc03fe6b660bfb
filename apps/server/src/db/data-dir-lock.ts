/**
 * PGlite keeps no lock on its folder, and two processes writing one folder corrupt it. This lock file
 * names the process that holds the folder; a second process refuses to start while that process lives,
 * and takes the folder over when the holder died without releasing it (after a kill).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${dataDir} is already in use by process ${holderPid}. ` +
        'Stop that process first, or start this one with another DATA_DIR.',
    );
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'platform.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { file, release: () => releaseIfOurs(file) };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const holderPid = Number.parseInt(readOrEmpty(file), 10);
      if (Number.isInteger(holderPid) && holderPid !== process.pid && isProcessAlive(holderPid)) {
        throw new DataDirInUseError(dataDir, holderPid);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}.`);
}

function releaseIfOurs(file: string): void {
  if (readOrEmpty(file) === String(process.pid)) fs.rmSync(file, { force: true });
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isAlreadyExists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'EEXIST';
}
