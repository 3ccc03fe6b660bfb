import { useState } from 'react';
import type { PartnerDetail } from '@bia/contracts';

export type ReloadOutcome = 'reloaded' | 'gone' | null;

/**
 * The version a form of a record saves against, and loading the latest one after a stale save
 * (409 conflict_stale): the form keeps what was typed, and the next save is made on the new version.
 */
export function useVersionedForm<T extends { version: number }>({
  record,
  reload,
  find,
  onReloaded,
}: {
  /** The record changed by the form; none when the form adds one. */
  record: T | undefined;
  reload: () => Promise<PartnerDetail | undefined>;
  /** Finds the record in the partner as loaded again. */
  find: (partner: PartnerDetail) => T | undefined;
  onReloaded: () => void;
}) {
  const [baseVersion, setBaseVersion] = useState(record?.version ?? 0);
  const [isReloading, setIsReloading] = useState(false);
  const [outcome, setOutcome] = useState<ReloadOutcome>(null);

  async function reloadLatest() {
    setIsReloading(true);
    try {
      const latest = await reload();
      const current = latest ? find(latest) : undefined;
      if (current) setBaseVersion(current.version);
      setOutcome(current ? 'reloaded' : 'gone');
      onReloaded();
    } finally {
      setIsReloading(false);
    }
  }

  return { baseVersion, isReloading, outcome, reloadLatest, clearOutcome: () => setOutcome(null) };
}
