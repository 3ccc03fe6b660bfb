/**
 * The version a form's change is made to, and loading the latest one after a stale save (409
 * conflict_stale): fields the user has not changed take the latest values, fields the user changed
 * keep what was typed (`reset(latest, { keepDirtyValues: true })`), and the next save is made to the
 * latest version.
 */
import { useState } from 'react';
import type { FieldValues, UseFormReset } from 'react-hook-form';
import type { Reload } from '../reload.ts';
import { useFocusAfterRender } from '../use-focus-after-render.ts';

export type ReloadOutcome = 'reloaded' | 'gone' | null;

/** Where loading the latest version stands, and the calls that load it or forget the outcome. */
export interface LatestReload {
  isReloading: boolean;
  reloadOutcome: ReloadOutcome;
  /** Why loading the latest version failed, if it did. */
  reloadError: unknown;
  reloadLatest: () => Promise<void>;
  /** Forgets the outcome of an earlier reload, before another try. */
  clearReload: () => void;
}

/**
 * Loading the latest version of a record after a stale change, for a form or a dialog: whether it is
 * loading, what came of it (found, or gone), and why it failed. Focus moves to what is said then: the
 * alert `${alertId}-reloaded` (found or gone), or `${alertId}-reload-error`.
 */
export function useReloadLatest<R>({
  reload,
  onLatest,
  alertId,
}: {
  reload: Reload<R> | undefined;
  /** Called with the latest version, or `undefined` when the record is gone. */
  onLatest: (latest: R | undefined) => void;
  alertId: string;
}): LatestReload {
  const focusAfterRender = useFocusAfterRender();
  const [isReloading, setIsReloading] = useState(false);
  const [reloadOutcome, setReloadOutcome] = useState<ReloadOutcome>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  async function reloadLatest() {
    if (!reload) return;
    setIsReloading(true);
    setReloadError(null);
    try {
      const latest = await reload();
      onLatest(latest);
      setReloadOutcome(latest ? 'reloaded' : 'gone');
      focusAfterRender(`${alertId}-reloaded`);
    } catch (failure) {
      setReloadError(failure);
      focusAfterRender(`${alertId}-reload-error`);
    } finally {
      setIsReloading(false);
    }
  }

  function clearReload() {
    setReloadOutcome(null);
    setReloadError(null);
  }

  return { isReloading, reloadOutcome, reloadError, reloadLatest, clearReload };
}

export function useLatestVersion<R extends { version: number }, V extends FieldValues>({
  record,
  reload,
  valuesOf,
  reset,
  onReloaded,
  alertId,
}: {
  /** The record the form changes; none when the form adds one. */
  record: R | undefined;
  /** Reads the latest version; undefined when the record is gone. */
  reload: Reload<R> | undefined;
  /** The form's values for a version of the record. */
  valuesOf: (record: R) => V;
  reset: UseFormReset<V>;
  /** Called once the latest version is in the form (to forget the failed save). */
  onReloaded: () => void;
  /** The id the form's alerts start with (`-reloaded`, `-reload-error`), where focus goes. */
  alertId: string;
}) {
  const [baseVersion, setBaseVersion] = useState(record?.version ?? 0);
  const reloading = useReloadLatest({
    reload,
    alertId,
    onLatest: (latest) => {
      if (latest) {
        reset(valuesOf(latest), { keepDirtyValues: true });
        setBaseVersion(latest.version);
      }
      onReloaded();
    },
  });

  /** The form now shows a version just saved, and the next change is made to it. */
  function savedAs(saved: R) {
    reset(valuesOf(saved));
    setBaseVersion(saved.version);
  }

  return { baseVersion, ...reloading, savedAs };
}
