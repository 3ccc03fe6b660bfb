/**
 * Choosing the year's cities (seed 003 §6.1.4): the candidates ranked with the reasons of their score,
 * the cities chosen (several may share a multilateral session), and each one's letter of inquiry and
 * answer. IAO officers choose and record; everyone who reads the programme sees why.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Candidate, ProgrammeDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { letterUrl, useCandidates, useChooseCity, useCities, useRemoveCity } from '../api/programmes.ts';
import { useReasonText } from '../hooks/use-reason-text.ts';
import { useReplyStatusLabel } from '../hooks/use-programme-labels.ts';
import { cityNameOf } from '../utils/names.ts';
import { ActionsColumnHeader } from './actions-column-header.tsx';
import { CityDialog } from './city-dialog.tsx';
import { LetterheadSection } from './letterhead-section.tsx';

/** Candidates shown before "show all": the seed asks for three cities a year. */
const SHOWN_CANDIDATES = 8;

export function CitiesSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation('programme_pages');
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cities.title')}</h2>
      <ChosenCities programme={programme} />
      <CandidatesTable programme={programme} />
      <LetterheadSection canManage={programme.canManage} />
    </section>
  );
}

function ChosenCities({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const replyLabel = useReplyStatusLabel();
  const cities = useCities(programme.fiscalYear);
  const remove = useRemoveCity();
  const [editingId, setEditingId] = useState<string | null>(null);
  const tableId = useId();

  if (cities.isPending) return <Loading />;
  if (cities.isError) return <QueryError error={cities.error} onRetry={() => void cities.refetch()} />;
  const items = cities.data;
  const editing = items.find((city) => city.id === editingId) ?? null;

  return (
    <>
      <h3 id={tableId}>{t('cities.chosen')}</h3>
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, tCommon)}</Alert>}
      {items.length === 0 ? (
        <p className="empty">{t('cities.none_chosen')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={tableId} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('cities.city')}</th>
                <th scope="col">{t('cities.letter')}</th>
                <th scope="col">{t('cities.answer')}</th>
                <ActionsColumnHeader />
              </tr>
            </thead>
            <tbody>
              {items.map((city) => (
                <tr key={city.id}>
                  <th scope="row">
                    {cityNameOf(city.partner, format.locale)}
                    {!city.hasContact && (
                      <p className="muted programme-step-note">
                        {t('reasons.no_contact')}{' '}
                        <AddContactLink
                          partnerId={city.partner.id}
                          city={cityNameOf(city.partner, format.locale)}
                        />
                      </p>
                    )}
                  </th>
                  <td>
                    {city.letterSentOn ? (
                      <>
                        {city.letterReference && (
                          <span className="cell-nowrap">{city.letterReference} · </span>
                        )}
                        {t('cities.sent_on', { date: format.date(city.letterSentOn) })}
                        {city.replyDueOn && (
                          <p className="muted programme-step-note">
                            {t('cities.reply_due', { date: format.date(city.replyDueOn) })}
                          </p>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                    {city.hasContact && <LetterLinks cityId={city.id} />}
                  </td>
                  <td>
                    <Badge
                      tone={
                        city.replyStatus === 'accepted'
                          ? 'success'
                          : city.replyStatus === 'declined' || city.isReplyOverdue
                            ? 'danger'
                            : 'neutral'
                      }
                    >
                      {replyLabel(city.replyStatus)}
                    </Badge>
                    {city.isReplyOverdue && (
                      <>
                        {' '}
                        <Badge tone="danger">{t('cities.reply_overdue')}</Badge>
                      </>
                    )}
                    {city.repliedOn && (
                      <p className="muted programme-step-note">{format.date(city.repliedOn)}</p>
                    )}
                  </td>
                  <td>
                    {programme.canManage && (
                      <div className="inline-actions">
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => setEditingId(city.id)}
                        >
                          {t('cities.record')}
                          <span className="visually-hidden"> {cityNameOf(city.partner, format.locale)}</span>
                        </button>
                        {city.replyStatus === 'not_sent' && (
                          <button
                            type="button"
                            className="button button-quiet button-small"
                            disabled={remove.isPending}
                            onClick={() => remove.mutate({ id: city.id, version: city.version })}
                          >
                            {t('cities.remove', { city: cityNameOf(city.partner, format.locale) })}
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CityDialog city={editing} onClose={() => setEditingId(null)} onReload={() => void cities.refetch()} />
    </>
  );
}

function CandidatesTable({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText();
  const candidates = useCandidates(programme.fiscalYear);
  const choose = useChooseCity(programme.fiscalYear);
  const [isShowingAll, setIsShowingAll] = useState(false);
  const tableId = useId();

  if (candidates.isPending) return <Loading />;
  if (candidates.isError)
    return <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const shown = isShowingAll ? candidates.data : candidates.data.slice(0, SHOWN_CANDIDATES);

  return (
    <>
      <h3 id={tableId}>{t('cities.candidates')}</h3>
      <p className="muted">{t('cities.candidates_hint')}</p>
      {choose.isError && <Alert tone="error">{errorMessage(choose.error, tCommon)}</Alert>}
      <div className="table-wrap" role="region" aria-labelledby={tableId} tabIndex={0}>
        <table className="table programme-candidates">
          <thead>
            <tr>
              <th scope="col" className="cell-number">
                {t('cities.rank')}
              </th>
              <th scope="col">{t('cities.city')}</th>
              <th scope="col" className="cell-number">
                {t('cities.score')}
              </th>
              <th scope="col">{t('cities.why')}</th>
              <ActionsColumnHeader />
            </tr>
          </thead>
          <tbody>
            {shown.map((candidate, index) => (
              <CandidateRow
                key={candidate.partner.id}
                rank={index + 1}
                candidate={candidate}
                name={cityNameOf(candidate.partner, format.locale)}
                reasons={candidate.reasons.map(reasonText)}
                canChoose={programme.canManage}
                isChoosing={choose.isPending}
                onChoose={() => choose.mutate(candidate.partner.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {candidates.data.length > SHOWN_CANDIDATES && (
        <button type="button" className="link-button" onClick={() => setIsShowingAll((current) => !current)}>
          {isShowingAll ? t('cities.show_fewer') : t('cities.show_all', { count: candidates.data.length })}
        </button>
      )}
    </>
  );
}

function CandidateRow({
  rank,
  candidate,
  name,
  reasons,
  canChoose,
  isChoosing,
  onChoose,
}: {
  rank: number;
  candidate: Candidate;
  name: string;
  reasons: string[];
  canChoose: boolean;
  isChoosing: boolean;
  onChoose: () => void;
}) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const { parts } = candidate;
  return (
    <tr>
      <td className="cell-number">{format.number(rank)}</td>
      <th scope="row">{name}</th>
      <td className="cell-number">
        <strong>{format.number(candidate.score)}</strong>
        <span className="visually-hidden"> / 100</span>
        <p className="muted programme-parts">
          {t('cities.parts', {
            trade: format.number(parts.tradeFields),
            activity: format.number(parts.activity),
            past: format.number(parts.pastProgrammes),
            hours: format.number(parts.timeZone),
          })}
        </p>
      </td>
      <td>
        <ul className="programme-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {candidate.reasons.some((reason) => reason.code === 'no_contact') && (
          <AddContactLink partnerId={candidate.partner.id} city={name} />
        )}
      </td>
      <td>
        {candidate.isChosen ? (
          <Badge tone="success">{t('cities.is_chosen')}</Badge>
        ) : (
          canChoose && (
            <button type="button" className="button button-small" disabled={isChoosing} onClick={onChoose}>
              {t('cities.choose', { city: name })}
            </button>
          )
        )}
      </td>
    </tr>
  );
}

/** The letter to a city, in Thai and English, as PDF and as DOCX (to edit in Word before signing). */
function LetterLinks({ cityId }: { cityId: string }) {
  const { t } = useTranslation('programme_pages');
  const languages = [
    { code: 'th', label: t('cities.letter_th') },
    { code: 'en', label: t('cities.letter_en') },
  ] as const;
  return (
    <ul className="plain-list programme-letter-links">
      {languages.map((language) => (
        <li key={language.code}>
          {language.label}:{' '}
          <a href={letterUrl(cityId, language.code, 'pdf')} download>
            PDF
          </a>{' '}
          ·{' '}
          <a href={letterUrl(cityId, language.code, 'docx')} download>
            DOCX
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The way past "no contact yet, so no letter": the partner's page with its contact form open
 * (paths.partnerNewContact). Coming back to the programme shows the city's letter, since the cities
 * and the ranking are read again whenever the page opens. Shown only to someone who may add contacts.
 */
function AddContactLink({ partnerId, city }: { partnerId: string; city: string }) {
  const { t } = useTranslation('programme_pages');
  const canAddContacts = usePermissions().includes('partners:edit');
  if (!canAddContacts) return null;
  return <Link to={paths.partnerNewContact(partnerId)}>{t('cities.add_contact', { city })}</Link>;
}
