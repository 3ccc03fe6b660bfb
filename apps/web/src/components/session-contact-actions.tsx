/**
 * What another feature shows beside a contact exchanged at a session (the deals feature: start the
 * deal of that contact, or open it). Features do not import each other (decision 0007): the session's
 * record renders this slot, and app/ fills it where it mounts the session page, so the programme
 * feature knows nothing of deals.
 */
import { createContext, useContext, type ReactNode } from 'react';

export interface SessionContactActionsProps {
  sessionId: string;
  entrepreneurId: string;
  participantId: string;
  /** The business's and the buyer's names, as the record shows them (for the actions' words). */
  businessName: string;
  buyerName: string;
}

/** Renders the actions of one contact: `(contact) => <SessionDealLink {...contact} />`. */
export type SessionContactActionsRender = (contact: SessionContactActionsProps) => ReactNode;

const SessionContactActionsContext = createContext<SessionContactActionsRender | null>(null);

/** Given by app/ around the session page: what to show beside each exchanged contact. */
export const SessionContactActionsProvider = SessionContactActionsContext.Provider;

/** The actions app/ gave for this contact, or nothing. */
export function SessionContactActions(props: SessionContactActionsProps) {
  const render = useContext(SessionContactActionsContext);
  return render ? render(props) : null;
}
