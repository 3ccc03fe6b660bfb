import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heldWhileUsed, kuromojiDictionaryPath } from './lazy-packages.ts';
import { MINUTE_MS } from './time.ts';

const IDLE_MS = 10 * MINUTE_MS;

describe('something held only while it is used (the Japanese dictionary)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is built on first use, once for uses meanwhile, and let go after the idle period', async () => {
    let builds = 0;
    const held = heldWhileUsed(async () => ({ build: ++builds }), IDLE_MS);
    expect(held.isHeld()).toBe(false);
    expect(builds).toBe(0);

    const [first, second] = await Promise.all([held.get(), held.get()]);
    expect(first).toBe(second);
    expect(builds).toBe(1);

    // Each use starts the idle period again.
    vi.advanceTimersByTime(IDLE_MS - 1);
    await held.get();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(held.isHeld()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(held.isHeld()).toBe(false);

    expect(await held.get()).toEqual({ build: 2 });
  });

  it('does not keep a failed build: the next use tries again', async () => {
    let attempts = 0;
    const held = heldWhileUsed(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('the dictionary could not be read');
      return 'tokenizer';
    }, IDLE_MS);
    await expect(held.get()).rejects.toThrow('could not be read');
    expect(held.isHeld()).toBe(false);
    expect(await held.get()).toBe('tokenizer');
  });

  it('can be let go at once', async () => {
    const held = heldWhileUsed(async () => 'tokenizer', IDLE_MS);
    await held.get();
    held.release();
    expect(held.isHeld()).toBe(false);
  });
});

describe('the Japanese dictionary', () => {
  it('is found in the installed package, wherever the server runs from', () => {
    const folder = kuromojiDictionaryPath();
    expect(path.isAbsolute(folder)).toBe(true);
    expect(fs.existsSync(path.join(folder, 'base.dat.gz'))).toBe(true);
  });
});
