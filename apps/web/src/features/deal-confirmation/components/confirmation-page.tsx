/**
 * /confirm/:token — a deal's buyer confirms what a Bangkok Brand business recorded with them (an
 * order, a repeat order, an agreement), without an account: the link mailed to them is the key. The
 * entry is shown in English, Japanese, Korean, Chinese or Thai — the business's and products' names in
 * the reader's language where written (else English, else Thai, said so), units as the public
 * catalogue names them, values in their currency, dates in the reader's calendar (the Buddhist era
 * only in Thai). Two answers: it is right, or it is not, with a note. Every message is in the
 * reader's language: the note's checks (the form does not let the browser word them) and each way a
 * link can fail — unknown, expired, used, the entry amended, changed or confirmed meanwhile.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  ConfirmableEntryKind,
  ConfirmationAnswer,
  ConfirmationAnswerInput,
  PublicConfirmation,
  PublicConfirmationLine,
  ShownText,
} from '@bia/contracts';
import { formatDate, formatDateTime, formatMoney, formatNumber, type CatalogueLocale } from '@bia/i18n';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePublicLocale } from '../../../components/public-language/index.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useAnswerConfirmation, usePublicConfirmation } from '../api/confirmation.ts';
import { confirmationProblemKey } from '../utils/confirmation-problems.ts';
import {
  disputeFormSchema,
  emptyDispute,
  readerNoteError,
  type DisputeFormValues,
} from '../utils/dispute-form-values.ts';
import '../deal-confirmation.css';

const kindKeys = {
  order: 'kinds.order',
  repeat_order: 'kinds.repeat_order',
  agreement: 'kinds.agreement',
} as const satisfies Record<ConfirmableEntryKind, string>;

type Answering = ReturnType<typeof useAnswerConfirmation>;

export function DealConfirmationPage() {
  const { t } = useTranslation('deal_confirmation');
  const token = useParams().token ?? '';
  // The page's language switch is the site header's (it offers the five languages on this page).
  const { locale } = usePublicLocale();
  const confirmation = usePublicConfirmation(token, locale);
  const answering = useAnswerConfirmation(token);
  return (
    <div lang={locale} className="deal-confirmation">
      <PageHeader title={t('title')} intro={<p>{t('intro')}</p>} />
      {answering.isSuccess ? (
        <Answered answer={answering.data} />
      ) : confirmation.isPending ? (
        <Loading />
      ) : confirmation.isError ? (
        <Alert tone="error">{t(confirmationProblemKey(confirmation.error))}</Alert>
      ) : (
        <ConfirmationContent view={confirmation.data} locale={locale} answering={answering} />
      )}
    </div>
  );
}

/** A name in the language it is written in, with a note when it is not the reader's. */
function ShownName({ value }: { value: ShownText }) {
  const { t } = useTranslation('deal_confirmation');
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {value.isFallback && (
        <span className="deal-confirmation-fallback">
          {value.lang === 'th' ? t('fallback.in_thai') : t('fallback.in_english')}
        </span>
      )}
    </>
  );
}

function ConfirmationContent({
  view,
  locale,
  answering,
}: {
  view: PublicConfirmation;
  locale: CatalogueLocale;
  answering: Answering;
}) {
  const { t } = useTranslation('deal_confirmation');
  const whatId = useId();
  const linesId = useId();
  const { buyer, entry } = view;
  // The link's last moment in the reader's own time zone, as their browser knows it.
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="stack">
      <section className="card" aria-labelledby={whatId}>
        <h2 id={whatId}>{t('what')}</h2>
        <dl className="deal-confirmation-facts">
          <div>
            <dt>{t('business')}</dt>
            <dd>
              <ShownName value={view.business} />
            </dd>
          </div>
          <div>
            <dt>{t('kind')}</dt>
            <dd>{t(kindKeys[entry.kind])}</dd>
          </div>
          <div>
            <dt>{t('date')}</dt>
            <dd>{formatDate(entry.occurredOn, locale)}</dd>
          </div>
          <div>
            <dt>{t('buyer')}</dt>
            <dd>
              {buyer.organisation
                ? t('buyer_with_organisation', { name: buyer.name, organisation: buyer.organisation })
                : buyer.name}
            </dd>
          </div>
          {entry.note && (
            <div>
              <dt>{t('note')}</dt>
              <dd className="deal-confirmation-note">{entry.note}</dd>
            </div>
          )}
        </dl>
        {entry.orderLines.length > 0 && (
          <>
            <h3 id={linesId}>{t('lines.caption')}</h3>
            <ul className="deal-confirmation-lines" aria-labelledby={linesId}>
              {entry.orderLines.map((line) => (
                <OrderLine key={line.id} line={line} locale={locale} />
              ))}
            </ul>
          </>
        )}
        <p className="deal-confirmation-expiry">
          {t('expires', { date: formatDateTime(view.expiresAt, locale, { timeZone: readerZone }) })}
        </p>
      </section>
      <Answers answering={answering} />
    </div>
  );
}

function OrderLine({ line, locale }: { line: PublicConfirmationLine; locale: CatalogueLocale }) {
  const { t } = useTranslation('deal_confirmation');
  const quantity = t('quantity', { quantity: formatNumber(line.quantity, locale), unit: line.unit.text });
  return (
    <li>
      <p className="deal-confirmation-product">
        <ShownName value={line.product} />
      </p>
      <dl className="deal-confirmation-facts">
        <div>
          <dt>{t('lines.quantity')}</dt>
          {/* A unit the catalogue does not name is shown as written (often in Thai). */}
          <dd lang={line.unit.lang && line.unit.lang !== locale ? line.unit.lang : undefined}>{quantity}</dd>
        </div>
        <div>
          <dt>{t('lines.value')}</dt>
          <dd>
            {line.value !== null && line.currency
              ? formatMoney(line.value, line.currency, locale)
              : t('lines.no_value')}
          </dd>
        </div>
        <div>
          <dt>{t('lines.city')}</dt>
          <dd>{line.city}</dd>
        </div>
        <div>
          <dt>{t('lines.ordered_on')}</dt>
          <dd>{formatDate(line.orderedOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('lines.shipped_on')}</dt>
          <dd>{line.shippedOn ? formatDate(line.shippedOn, locale) : t('lines.not_shipped')}</dd>
        </div>
      </dl>
    </li>
  );
}

/** The two answers: it is right; it is not, with a note (the form opens on asking). */
function Answers({ answering }: { answering: Answering }) {
  const { t } = useTranslation('deal_confirmation');
  const headingId = useId();
  const [isDisputing, setIsDisputing] = useState(false);
  const noteError = answering.error instanceof ApiError ? readerNoteError(answering.error.fields) : undefined;
  const send = (input: ConfirmationAnswerInput) => answering.mutate(input);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('question')}</h2>
      {answering.isError && !noteError && (
        <Alert tone="error">{t(confirmationProblemKey(answering.error))}</Alert>
      )}
      {isDisputing ? (
        <DisputeForm
          answering={answering}
          onCancel={() => {
            answering.reset();
            setIsDisputing(false);
          }}
        />
      ) : (
        <div className="form-actions deal-confirmation-answers">
          <button
            type="button"
            className="button"
            disabled={answering.isPending}
            onClick={() => send({ answer: 'confirm' })}
          >
            {answering.isPending ? t('sending') : t('confirm')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={answering.isPending}
            onClick={() => {
              answering.reset();
              setIsDisputing(true);
            }}
          >
            {t('dispute')}
          </button>
        </div>
      )}
    </section>
  );
}

function DisputeForm({ answering, onCancel }: { answering: Answering; onCancel: () => void }) {
  // As a list, so that the problems' keys (`deal_confirmation:field_errors.…`) are taken whole.
  const { t } = useTranslation(['deal_confirmation']);
  const form = useContractForm<DisputeFormValues, ConfirmationAnswerInput>({
    schema: disputeFormSchema,
    defaultValues: emptyDispute,
  });
  const submit = form.handleSubmit(
    (input) =>
      answering.mutate(input, {
        onError: (failure) => {
          if (!(failure instanceof ApiError)) return;
          const problem = readerNoteError(failure.fields);
          if (problem)
            form.setError('note', { type: 'server', message: t(problem.messageKey, problem.params) });
        },
      }),
    () => answering.reset(),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label={t('dispute_note')}
        hint={t('dispute_hint')}
        error={form.formState.errors.note?.message}
        required
      >
        {(control) => <textarea {...control} rows={4} {...form.register('note')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={answering.isPending}>
          {answering.isPending ? t('sending') : t('send_dispute')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function Answered({ answer }: { answer: ConfirmationAnswer }) {
  const { t } = useTranslation('deal_confirmation');
  return answer.answer === 'confirmed' ? (
    <Alert tone="success" title={t('confirmed_title')}>
      <p>{t('confirmed')}</p>
    </Alert>
  ) : (
    <Alert tone="success" title={t('disputed_title')}>
      <p>{t('disputed')}</p>
    </Alert>
  );
}
