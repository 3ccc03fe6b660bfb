import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock.ts';

const folders: string[] = [];
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bia-lock-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('refuses a folder held by another living process, naming it', () => {
    const folder = tempFolder();
    // The parent of this test process is alive for the whole test.
    fs.writeFileSync(path.join(folder, 'platform.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(folder)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(folder)).toThrow(`in use by process ${process.ppid}`);
  });

  it('takes over a folder whose holder died without releasing it', () => {
    const folder = tempFolder();
    const finished = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    fs.writeFileSync(path.join(folder, 'platform.lock'), finished.stdout.toString());
    const lock = acquireDataDirLock(folder);
    expect(fs.readFileSync(lock.file, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
  });
});
