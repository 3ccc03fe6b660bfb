import type { ProductDeletion } from '../api/products.ts';

/**
 * What the business page says after one of its products was deleted from the product's page: passed
 * in the navigation's state, so it belongs to that visit of the page only.
 */
export interface DeletionNotice {
  outcome: ProductDeletion;
  /** The product's name as its page showed it. */
  name: string;
}

export function deletionState(notice: DeletionNotice): { deletion: DeletionNotice } {
  return { deletion: notice };
}

/** The notice in a navigation's state, if it holds a well-formed one. */
export function deletionNoticeOf(state: unknown): DeletionNotice | null {
  if (typeof state !== 'object' || state === null || !('deletion' in state)) return null;
  const { deletion } = state;
  if (typeof deletion !== 'object' || deletion === null) return null;
  const outcome = 'outcome' in deletion ? deletion.outcome : undefined;
  const name = 'name' in deletion ? deletion.name : undefined;
  if ((outcome !== 'deleted' && outcome !== 'already_deleted') || typeof name !== 'string') return null;
  return { outcome, name };
}
