import { useEffect, useId, useRef, useState } from 'react';
import type { RemovalTarget } from '../components/remove-dialog.tsx';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';

export type SectionMode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

/**
 * What a section of records on a partner's page keeps: whether it lists, adds or edits, the record
 * being removed, the last message, and where focus goes after each step. A section that starts open
 * (a link from another page asked for its form) takes focus once, which scrolls it into view.
 */
export function useRecordSection(initialMode: SectionMode = { kind: 'list' }) {
  const prefix = useId();
  const ids = {
    heading: `${prefix}-heading`,
    add: `${prefix}-add`,
    alert: `${prefix}-alert`,
    record: (id: string) => `${prefix}-record-${id}`,
    edit: (id: string) => `${prefix}-edit-${id}`,
  };
  const focusAfterRender = useFocusAfterRender();
  const [mode, setMode] = useState<SectionMode>(initialMode);
  const isOpenedByLink = useRef(initialMode.kind !== 'list');
  useEffect(() => {
    if (!isOpenedByLink.current) return;
    isOpenedByLink.current = false;
    focusAfterRender(`${prefix}-heading`);
  }, [focusAfterRender, prefix]);
  const [removing, setRemoving] = useState<RemovalTarget | null>(null);
  const [status, setStatus] = useState('');

  return {
    ids,
    mode,
    removing,
    status,
    open(next: SectionMode) {
      setStatus('');
      setMode(next);
    },
    startRemoving(target: RemovalTarget) {
      setStatus('');
      setMode({ kind: 'list' });
      setRemoving(target);
    },
    stopRemoving() {
      setRemoving(null);
    },
    /** After a save: back to the list, the message said, focus on the record saved. */
    saved(id: string, message: string) {
      setMode({ kind: 'list' });
      setStatus(message);
      focusAfterRender(ids.record(id));
    },
    cancel() {
      const target = mode.kind === 'edit' ? ids.edit(mode.id) : ids.add;
      setMode({ kind: 'list' });
      focusAfterRender(target);
    },
    /** After a removal (or finding it already gone): the message said, focus on the heading. */
    removed(message: string) {
      setRemoving(null);
      setStatus(message);
      focusAfterRender(ids.heading);
    },
  };
}

export type RecordSection = ReturnType<typeof useRecordSection>;
