/**
 * Beside a contact exchanged at a session (the session page's record): the deal started from it, to
 * open, or — for those who record deals (the IAO, Social Development) — a button that starts it, with
 * the buyer, the products they were interested in and the contact itself taken from the record.
 * Rendered through the record's slot (components/session-contact-actions.tsx); only a contact the
 * record holds (as saved) has one.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SessionContactActionsProps } from '../../../components/session-contact-actions.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useSessionDeals, useStartSessionDeal } from '../api/deals.ts';
import { StageBadge } from './badges.tsx';

export function SessionDealLink({
  sessionId,
  entrepreneurId,
  participantId,
  businessName,
  buyerName,
}: SessionContactActionsProps) {
  const { t } = useTranslation('deal_pages');
  const { t: tCommon } = useTranslation();
  const permissions = usePermissions();
  const navigate = useNavigate();
  const canRead = (['outcomes:read', 'outcomes:own', 'outcomes:city'] as const).some((permission) =>
    permissions.includes(permission),
  );
  const canStart = permissions.includes('outcomes:edit');
  // One request for the whole record: every contact's link reads the same query.
  const links = useSessionDeals(sessionId, canRead);
  const start = useStartSessionDeal(sessionId);
  const link = links.data?.find(
    (candidate) => candidate.entrepreneurId === entrepreneurId && candidate.participantId === participantId,
  );
  if (!link) return null;

  const names = { business: businessName, buyer: buyerName };
  if (link.dealId) {
    return (
      <span className="deal-session-link">
        <Link to={paths.deal(link.dealId)} aria-label={t('session_link.open_named', names)}>
          {t('session_link.open')}
        </Link>
        {link.stage && <StageBadge stage={link.stage} />}
      </span>
    );
  }
  if (!canStart) return null;
  return (
    <span className="deal-session-link">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('session_link.start_named', names)}
        disabled={start.isPending}
        onClick={() =>
          start.mutate(
            { entrepreneurId, participantId },
            { onSuccess: (deal) => void navigate(paths.deal(deal.id)) },
          )
        }
      >
        {start.isPending ? t('session_link.starting') : t('session_link.start')}
      </button>
      {start.isError && (
        <span role="alert" className="field-error">
          {errorMessage(start.error, tCommon)}
        </span>
      )}
    </span>
  );
}
