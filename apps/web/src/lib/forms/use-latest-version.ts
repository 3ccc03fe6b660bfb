/**
 * The version a form's change is made to, and loading the latest one after a stale save (409
 * conflict_stale): fields the user has not changed take the latest values, fields the user changed
 * keep what was typed (`reset(latest, { keepDirtyValues: true })`), and the next save is made to the
 * latest version.
 */
import { useState } from 'react';
import type { FieldValues, UseFormReset } from 'react-hook-form';
import { useFocusAfterRender } from '../use-focus-after-render.ts';

export type ReloadOutcome = 'reloaded' | 'gone' | null;

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
  reload: (() => Promise<R | undefined>) | undefined;
  /** The form's values for a version of the record. */
  valuesOf: (record: R) => V;
  reset: UseFormReset<V>;
  /** Called once the latest version is in the form (to forget the failed save). */
  onReloaded: () => void;
  /** The id the form's alerts start with (`-reloaded`, `-reload-error`), where focus goes. */
  alertId: string;
}) {
  const focusAfterRender = useFocusAfterRender();
  const [baseVersion, setBaseVersion] = useState(record?.version ?? 0);
  const [isReloading, setIsReloading] = useState(false);
  const [reloadOutcome, setReloadOutcome] = useState<ReloadOutcome>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  async function reloadLatest() {
    if (!reload) return;
    setIsReloading(true);
    setReloadError(null);
    try {
      const latest = await reload();
      if (latest) {
        reset(valuesOf(latest), { keepDirtyValues: true });
        setBaseVersion(latest.version);
      }
      setReloadOutcome(latest ? 'reloaded' : 'gone');
      onReloaded();
      focusAfterRender(`${alertId}-reloaded`);
    } catch (failure) {
      setReloadError(failure);
      focusAfterRender(`${alertId}-reload-error`);
    } finally {
      setIsReloading(false);
    }
  }

  /** Forgets the outcome of an earlier reload, before another save. */
  function clearReload() {
    setReloadOutcome(null);
    setReloadError(null);
  }

  /** The form now shows a version just saved, and the next change is made to it. */
  function savedAs(saved: R) {
    reset(valuesOf(saved));
    setBaseVersion(saved.version);
  }

  return { baseVersion, isReloading, reloadOutcome, reloadError, reloadLatest, clearReload, savedAs };
}
