/**
 * The buyer's word on an entry of a deal (an order, a repeat order, an agreement), on the entry in the
 * deal's timeline:
 *  - for everyone who sees the deal: what the buyer said was not right, with their note, first and
 *    prominently; and where each request to the buyer stands (asked on, link expires, answered or
 *    expired);
 *  - for those who record the deal: asking the buyer to confirm. The buyer gets an e-mail in their
 *    language at the deal's buyer address with a single-use link, which is never shown here (decision
 *    0034: the business must not be able to confirm its own entry); then what became of the e-mail,
 *    in the words the session invitations use. Without the buyer's address, the reason instead;
 *  - for the deal's buyer, signed in: confirm, or say it is not right with a note, at the entry's
 *    version read (a stale version is said, and the latest is loaded).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CONFIRMATION_LINK_DAYS,
  MAX_DISPUTE_NOTE_LENGTH,
  type AccountConfirmationInput,
  type ConfirmationDispute,
  type ConfirmationRequest,
  type CreatedConfirmationRequest,
  type Deal,
  type DealConfirmations,
  type DealEntry,
  type MailDelivery,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Field } from '../../../components/field.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';
import { paths } from '../../../config/paths.ts';
import { isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useReloadLatest } from '../../../lib/forms/index.ts';
import type { Reload } from '../../../lib/reload.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useAnswerAsBuyer, useRequestConfirmation } from '../api/confirmations.ts';
import { useDealLabels } from '../hooks/use-deal-labels.ts';
import {
  awaitsBuyer,
  disputeNoteSchema,
  emptyDisputeNote,
  type DisputeNoteValues,
} from '../utils/confirmation.ts';

const FOCUS_CLASS = 'deal-focus-target';

export interface EntryConfirmationProps {
  deal: Deal;
  entry: DealEntry;
  /** The deal's requests and disputes, once loaded (all entries'; this one's are picked here). */
  confirmations: DealConfirmations | undefined;
  /** Loads the entry again after a stale answer; `undefined` when it is gone (or was amended). */
  reload: Reload<DealEntry>;
}

export function EntryConfirmation({ deal, entry, confirmations, reload }: EntryConfirmationProps) {
  const { t } = useTranslation('deal_pages');
  const headingId = useId();
  const [answered, setAnswered] = useState<AccountConfirmationInput['answer'] | null>(null);
  const requests = confirmations?.requests.filter((request) => request.entryId === entry.id) ?? [];
  const disputes = confirmations?.disputes.filter((dispute) => dispute.entryId === entry.id) ?? [];
  const isAwaiting = awaitsBuyer(entry);
  const mayAsk = deal.canEdit && isAwaiting;
  const mayAnswer = deal.canConfirm && isAwaiting;
  if (requests.length === 0 && disputes.length === 0 && !mayAsk && !mayAnswer && answered === null) {
    return null;
  }

  return (
    <section className="deal-confirmation" aria-labelledby={headingId}>
      <h4 id={headingId} className="deal-confirmation__heading">
        {t('confirmation.heading')}
      </h4>
      {disputes.map((dispute) => (
        <DisputeNote key={`${dispute.at}-${dispute.via}`} dispute={dispute} />
      ))}
      {requests.length > 0 && <RequestList requests={requests} />}
      {answered !== null && (
        <Alert tone="success">
          {answered === 'confirm' ? t('confirmation.confirmed_done') : t('confirmation.disputed_done')}
        </Alert>
      )}
      {mayAsk && <AskBuyer deal={deal} entry={entry} />}
      {mayAnswer && <BuyerAnswer dealId={deal.id} entry={entry} reload={reload} onAnswered={setAnswered} />}
    </section>
  );
}

/** The buyer saying the entry is not right: their note, as they wrote it, and when and how. */
function DisputeNote({ dispute }: { dispute: ConfirmationDispute }) {
  const { t } = useTranslation('deal_pages');
  const labels = useDealLabels();
  const format = useFormat();
  return (
    <Alert tone="warning" className="deal-confirmation__dispute">
      <p className="deal-prewrap">
        <strong>{t('confirmation.dispute', { note: dispute.note })}</strong>
      </p>
      <p>
        {t('confirmation.dispute_when', {
          date: format.date(dispute.at),
          way: labels.confirmationWay(dispute.via),
        })}
      </p>
    </Alert>
  );
}

/** Each request to the buyer, newest first: when, to whom and in which language, where it stands. */
function RequestList({ requests }: { requests: readonly ConfirmationRequest[] }) {
  const { t } = useTranslation('deal_pages');
  const labels = useDealLabels();
  const format = useFormat();
  const statusOf = (request: ConfirmationRequest): string => {
    const answeredOn = format.date(request.answeredAt ?? request.expiresAt);
    switch (request.status) {
      case 'open':
        return t('confirmation.status_open', { date: format.date(request.expiresAt) });
      case 'expired':
        return t('confirmation.status_expired', { date: format.date(request.expiresAt) });
      case 'confirmed':
        return t('confirmation.status_confirmed', { date: answeredOn });
      case 'disputed':
        return t('confirmation.status_disputed', { date: answeredOn });
    }
  };
  return (
    <ul className="plain-list deal-confirmation__requests" aria-label={t('confirmation.requests')}>
      {requests.map((request) => (
        <li key={request.id}>
          <span>
            {t('confirmation.requested', {
              date: format.date(request.createdAt),
              email: request.email,
              language: labels.language(request.language),
            })}
          </span>{' '}
          <span className={`deal-confirmation__status deal-confirmation__status--${request.status}`}>
            {statusOf(request)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Those who record the deal ask the buyer to confirm; without the buyer's address, why they cannot. */
function AskBuyer({ deal, entry }: { deal: Deal; entry: DealEntry }) {
  const { t } = useTranslation('deal_pages');
  const labels = useDealLabels();
  const alertId = useId();
  const ask = useRequestConfirmation(deal.id, entry.id);
  if (!deal.buyerEmail) {
    return <p className="deal-confirmation__reason">{t('confirmation.no_email')}</p>;
  }
  return (
    <div className="deal-confirmation__ask">
      {ask.isError && <ErrorAlert focusClassName={FOCUS_CLASS} error={ask.error} id={alertId} />}
      {ask.isSuccess && <DeliveryAlert request={ask.data} />}
      <p className="muted">
        {t('confirmation.ask_explained', {
          buyer: deal.buyerName,
          email: deal.buyerEmail,
          language: labels.language(deal.buyerLanguage),
          days: CONFIRMATION_LINK_DAYS.default,
        })}
      </p>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={ask.isPending}
        onClick={() => ask.mutate({})}
      >
        {ask.isPending ? t('confirmation.asking') : t('confirmation.ask')}
      </button>
    </div>
  );
}

const deliveryTone = { sent: 'success', outbox: 'warning', failed: 'error' } as const satisfies Record<
  MailDelivery,
  'success' | 'warning' | 'error'
>;

/**
 * What became of the e-mail, as the server said: sent only when a mail server took it; otherwise
 * where it waits (the outbox, opened from here by those who may) or that it was refused.
 */
function DeliveryAlert({ request }: { request: CreatedConfirmationRequest }) {
  const { t } = useTranslation('deal_pages');
  const labels = useDealLabels();
  const mayReadOutbox = usePermissions().includes('outbox:read');
  const { delivery } = request;
  const values = { email: request.email, language: labels.language(request.language) };
  return (
    <Alert
      tone={deliveryTone[delivery]}
      title={
        delivery === 'sent'
          ? t('confirmation.delivery_sent_title')
          : delivery === 'outbox'
            ? t('confirmation.delivery_outbox_title')
            : t('confirmation.delivery_failed_title')
      }
    >
      <p>
        {delivery === 'sent'
          ? t('confirmation.delivery_sent', values)
          : delivery === 'outbox'
            ? t('confirmation.delivery_outbox', values)
            : t('confirmation.delivery_failed', values)}
      </p>
      {delivery !== 'sent' && mayReadOutbox && (
        <p>
          <Link to={paths.outbox}>{t('confirmation.open_outbox')}</Link>
        </p>
      )}
    </Alert>
  );
}

/**
 * The deal's buyer, signed in: confirm, or say the entry is not right with a note, at the version of
 * the entry the page holds. When the entry changed meanwhile, the server's message and a button that
 * loads the latest version (what was typed in the note stays).
 */
function BuyerAnswer({
  dealId,
  entry,
  reload,
  onAnswered,
}: {
  dealId: string;
  entry: DealEntry;
  reload: Reload<DealEntry>;
  /** Said once the answer is taken (and forgotten when another is sent). */
  onAnswered: (answer: AccountConfirmationInput['answer'] | null) => void;
}) {
  const { t } = useTranslation(['deal_pages', 'common']);
  const questionId = useId();
  const alertId = useId();
  const [isDisputing, setIsDisputing] = useState(false);
  const answering = useAnswerAsBuyer(dealId, entry.id);
  const latest = useReloadLatest({ reload, alertId, onLatest: () => answering.reset() });
  const form = useContractForm<DisputeNoteValues, AccountConfirmationInput>({
    schema: disputeNoteSchema,
    defaultValues: emptyDisputeNote,
  });
  const error = answering.error;

  function send(input: AccountConfirmationInput) {
    latest.clearReload();
    onAnswered(null);
    answering.mutate(
      // The version read: the entry as the page holds it now.
      { ...input, version: entry.version },
      {
        onSuccess: () => {
          setIsDisputing(false);
          form.reset(emptyDisputeNote);
          onAnswered(input.answer);
        },
        onError: (failure) => void form.showServerErrors(failure, ['note']),
      },
    );
  }

  return (
    <div className="deal-confirmation__answer" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{t('confirmation.buyer_question')}</p>
      {isStaleConflict(error) ? (
        <StaleConflict
          focusClassName={FOCUS_CLASS}
          reloadText={t('conflict.reload')}
          keepTypingText={isDisputing ? t('conflict.keep_typing') : undefined}
          error={error}
          id={alertId}
          isReloading={latest.isReloading}
          onReload={() => void latest.reloadLatest()}
        />
      ) : (
        error !== null && <ErrorAlert focusClassName={FOCUS_CLASS} error={error} id={alertId} />
      )}
      {latest.reloadError !== null && (
        <ErrorAlert focusClassName={FOCUS_CLASS} error={latest.reloadError} id={`${alertId}-reload-error`} />
      )}
      {latest.reloadOutcome === 'reloaded' && (
        <ReloadedNotice
          focusClassName={FOCUS_CLASS}
          id={`${alertId}-reloaded`}
          message={t('confirmation.reloaded')}
        />
      )}
      {isDisputing ? (
        <form
          className="form deal-confirmation__dispute-form"
          noValidate
          onSubmit={(event) => void form.handleSubmit(send)(event)}
        >
          <Field
            label={t('confirmation.dispute_note')}
            hint={t('confirmation.dispute_hint')}
            error={form.errorAt('note')}
            required
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                maxLength={MAX_DISPUTE_NOTE_LENGTH}
                {...form.register('note')}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={answering.isPending}>
              {answering.isPending ? t('confirmation.sending') : t('confirmation.send_dispute')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                answering.reset();
                latest.clearReload();
                setIsDisputing(false);
              }}
            >
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="inline-actions">
          <button
            type="button"
            className="button button-small"
            disabled={answering.isPending}
            onClick={() => send({ answer: 'confirm', version: entry.version })}
          >
            {answering.isPending ? t('confirmation.sending') : t('confirmation.confirm')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={answering.isPending}
            onClick={() => {
              answering.reset();
              latest.clearReload();
              setIsDisputing(true);
            }}
          >
            {t('confirmation.dispute_open')}
          </button>
        </div>
      )}
    </div>
  );
}
