/**
 * The state of a form that edits a record: the values typed, those loaded, the version the change is
 * made to, and loading the latest version after a stale save (409) — fields the user has not touched
 * take the latest values, fields the user changed keep what was typed. The business and product forms
 * share it.
 */
import { useState } from 'react';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { mergeLatest } from '../utils/merge-latest.ts';

interface EditedRecordOptions<R extends { version: number }, V extends object> {
  record: R | undefined;
  valuesOf: (record: R | undefined) => V;
  /** Reads the latest version; undefined when the record is gone. */
  reload?: () => Promise<R | undefined>;
  /** Called once the latest version is in the form (to forget the failed save). */
  onReloaded: () => void;
  /** The id the form's alerts start with (`-reloaded`, `-reload-error`), where focus goes. */
  alertId: string;
}

export function useEditedRecord<R extends { version: number }, V extends object>({
  record,
  valuesOf,
  reload,
  onReloaded,
  alertId,
}: EditedRecordOptions<R, V>) {
  const focusAfterRender = useFocusAfterRender();
  const [loaded, setLoaded] = useState(() => valuesOf(record));
  const [values, setValues] = useState(loaded);
  const [baseVersion, setBaseVersion] = useState(record?.version ?? 0);
  const [isReloading, setIsReloading] = useState(false);
  const [reloadOutcome, setReloadOutcome] = useState<'reloaded' | 'gone' | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  async function reloadLatest() {
    if (!reload) return;
    setIsReloading(true);
    setReloadError(null);
    try {
      const latest = await reload();
      if (latest) {
        const latestValues = valuesOf(latest);
        setValues((typed) => mergeLatest(typed, loaded, latestValues));
        setLoaded(latestValues);
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

  /** The form now shows a saved version of the record. */
  function savedAs(saved: R) {
    const savedValues = valuesOf(saved);
    setLoaded(savedValues);
    setValues(savedValues);
    setBaseVersion(saved.version);
  }

  /** Forgets the outcome of an earlier reload, before another save. */
  function clearReload() {
    setReloadOutcome(null);
    setReloadError(null);
  }

  return {
    values,
    setValues,
    baseVersion,
    isReloading,
    reloadOutcome,
    reloadError,
    reloadLatest,
    savedAs,
    clearReload,
  };
}
