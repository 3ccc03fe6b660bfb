import { describe, expect, it } from 'vitest';
import {
  businessDeletionNoticeOf,
  businessDeletionState,
  deletionNoticeOf,
  deletionState,
} from './deletion-notice.ts';

describe('the notice of a deleted product', () => {
  it('is read back from the navigation state that carried it', () => {
    const notice = { outcome: 'deleted', name: 'ข้าวตังหน้าธัญพืช' } as const;
    expect(deletionNoticeOf(deletionState(notice))).toEqual(notice);
    expect(deletionNoticeOf(deletionState({ ...notice, outcome: 'already_deleted' }))).toEqual({
      ...notice,
      outcome: 'already_deleted',
    });
  });

  it('is nothing for any other state, or a malformed one', () => {
    expect(deletionNoticeOf(null)).toBeNull();
    expect(deletionNoticeOf({ notice: 'created_invited' })).toBeNull();
    expect(deletionNoticeOf({ deletion: null })).toBeNull();
    expect(deletionNoticeOf({ deletion: { outcome: 'archived', name: 'x' } })).toBeNull();
    expect(deletionNoticeOf({ deletion: { outcome: 'deleted', name: 42 } })).toBeNull();
  });
});

describe('the notice of a deleted business', () => {
  it('is read back from its own state, and never from a product’s', () => {
    const notice = { outcome: 'deleted', name: 'สวนเงาะบางขุนเทียน' } as const;
    expect(businessDeletionNoticeOf(businessDeletionState(notice))).toEqual(notice);
    expect(businessDeletionNoticeOf(deletionState(notice))).toBeNull();
    expect(deletionNoticeOf(businessDeletionState(notice))).toBeNull();
    expect(businessDeletionNoticeOf({ businessDeletion: { outcome: 'archived', name: 'x' } })).toBeNull();
  });
});
