/**
 * A unit's impacts and duties as read (a reader, the IAO reviewing, the unit once it has submitted):
 * each with its class, who is responsible and by when; the IAO turns one into a coordination request
 * with one click, after which its link shows.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactAnswerDetail, ImpactItem } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useOpenImpactRequest } from '../api/impacts.ts';
import { useImpactLabels } from '../hooks/use-impact-labels.ts';
import { RequestLink } from './request-link.tsx';

function ItemCard({ item, canOpenRequest }: { item: ImpactItem; canOpenRequest: boolean }) {
  const { t } = useTranslation('impacts');
  const labels = useImpactLabels();
  const format = useFormat();
  const open = useOpenImpactRequest();
  return (
    <li className="card impacts-item-card">
      <p>{item.text}</p>
      <p className="impacts-tags">
        {item.effect && (
          <Badge tone={item.effect === 'negative' ? 'warning' : 'success'}>
            {labels.effect(item.effect)}
          </Badge>
        )}{' '}
        {item.area && <Badge>{labels.area(item.area)}</Badge>}{' '}
        <Badge tone={item.urgency === 'urgent' ? 'danger' : 'neutral'}>{labels.urgency(item.urgency)}</Badge>{' '}
        <Badge>{labels.handling(item.handling)}</Badge>
      </p>
      <dl className="impacts-facts">
        <dt>{t('form.responsible')}</dt>
        <dd>{item.responsible}</dd>
        <dt>{t('form.target_on')}</dt>
        <dd>{format.date(item.targetOn)}</dd>
      </dl>
      {item.requestId ? (
        <p>
          <RequestLink requestId={item.requestId} />
        </p>
      ) : (
        canOpenRequest && (
          <>
            {open.error !== null && <ErrorAlert error={open.error} focusClassName="impacts-focus-target" />}
            <button
              type="button"
              className="button button-secondary"
              disabled={open.isPending}
              onClick={() => open.mutate(item.id)}
            >
              {t('answer.open_request')}
            </button>
          </>
        )
      )}
    </li>
  );
}

export function AnswerItems({ detail }: { detail: ImpactAnswerDetail }) {
  const { t } = useTranslation('impacts');
  const impactsId = useId();
  const dutiesId = useId();
  return (
    <>
      <section aria-labelledby={impactsId}>
        <h2 id={impactsId}>{t('form.impacts_heading')}</h2>
        {detail.impacts.length === 0 ? (
          <p>{t('form.no_impacts')}</p>
        ) : (
          <ul className="impacts-cards">
            {detail.impacts.map((item) => (
              <ItemCard key={item.id} item={item} canOpenRequest={detail.canOpenRequest} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={dutiesId}>
        <h2 id={dutiesId}>{t('form.duties_heading')}</h2>
        {detail.duties.length === 0 ? (
          <p>{t('form.no_duties')}</p>
        ) : (
          <ul className="impacts-cards">
            {detail.duties.map((item) => (
              <ItemCard key={item.id} item={item} canOpenRequest={detail.canOpenRequest} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
