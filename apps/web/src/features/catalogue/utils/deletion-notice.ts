import type { BusinessDeletion } from '../api/businesses.ts';
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

/**
 * What the list of businesses says after a business was deleted from its page, passed in the
 * navigation's state like a product's (under its own key, so neither page takes the other's).
 */
export interface BusinessDeletionNotice {
  outcome: BusinessDeletion;
  /** The business's name as its page showed it. */
  name: string;
}

export function businessDeletionState(notice: BusinessDeletionNotice): {
  businessDeletion: BusinessDeletionNotice;
} {
  return { businessDeletion: notice };
}

/** The notice of a deleted business in a navigation's state, if it holds a well-formed one. */
export function businessDeletionNoticeOf(state: unknown): BusinessDeletionNotice | null {
  if (typeof state !== 'object' || state === null || !('businessDeletion' in state)) return null;
  const { businessDeletion } = state;
  if (typeof businessDeletion !== 'object' || businessDeletion === null) return null;
  const outcome = 'outcome' in businessDeletion ? businessDeletion.outcome : undefined;
  const name = 'name' in businessDeletion ? businessDeletion.name : undefined;
  if ((outcome !== 'deleted' && outcome !== 'already_deleted') || typeof name !== 'string') return null;
  return { outcome, name };
}
