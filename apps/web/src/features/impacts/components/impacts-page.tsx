/**
 * /impacts — the impact register: for a liaison officer (and the IAO for its own unit) their unit's
 * answers first, each theme with its state and a way to the form; then every theme, with how many
 * units answered; the matrix of units × themes for the office's readers; the IAO adds a theme.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useImpactThemes } from '../api/impacts.ts';
import { statusTone, useImpactLabels } from '../hooks/use-impact-labels.ts';
import { ImpactMatrix } from './impact-matrix.tsx';
import { ThemeForm } from './theme-form.tsx';
import '../impacts.css';

export function ImpactsPage() {
  const { t } = useTranslation('impacts');
  const labels = useImpactLabels();
  const format = useFormat();
  const themes = useImpactThemes();
  const mineId = useId();
  const themesId = useId();
  const [isAdding, setIsAdding] = useState(false);
  const [added, setAdded] = useState(false);
  if (themes.isPending) return <Loading />;
  if (themes.isError) return <QueryError error={themes.error} onRetry={() => void themes.refetch()} />;
  const { items, canManage, canRead } = themes.data;
  const mine = items.flatMap((theme) =>
    theme.isOpen || theme.mine.some((answer) => answer.status !== 'not_started')
      ? theme.mine.map((answer) => ({ theme, answer }))
      : [],
  );
  return (
    <div className="impacts-page stack">
      <PageHeader title={t('themes.title')} intro={<p>{t('themes.intro')}</p>} />
      {mine.length > 0 && (
        <section aria-labelledby={mineId}>
          <h2 id={mineId}>{t('themes.mine_heading')}</h2>
          <ul className="impacts-cards">
            {mine.map(({ theme, answer }) => (
              <li key={`${theme.id}/${answer.unit.code}`} className="card">
                <h3>
                  <Link to={paths.impactAnswer(theme.id, answer.unit.code)}>{theme.name}</Link>
                </h3>
                <p>
                  {answer.unit.name ?? answer.unit.code}{' '}
                  <Badge tone={statusTone[answer.status]}>{labels.status(answer.status)}</Badge>
                </p>
                {theme.dueOn && <p>{t('answer.due', { date: format.date(theme.dueOn) })}</p>}
                {answer.status !== 'not_started' && (
                  <p>
                    {t('themes.my_counts', {
                      impacts: answer.counts.impacts,
                      duties: answer.counts.duties,
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={themesId}>
        <h2 id={themesId}>{t('themes.heading')}</h2>
        {added && <Alert tone="success">{t('theme_form.added')}</Alert>}
        {items.length === 0 ? (
          <p>{t('themes.empty')}</p>
        ) : (
          <ul className="impacts-cards">
            {items.map((theme) => (
              <li key={theme.id} className="card">
                <h3>{canRead ? <Link to={paths.impactTheme(theme.id)}>{theme.name}</Link> : theme.name}</h3>
                <p>
                  <Badge tone={theme.isOpen ? 'success' : 'neutral'}>
                    {theme.isOpen ? t('themes.open') : t('themes.closed')}
                  </Badge>{' '}
                  {theme.dueOn && t('answer.due', { date: format.date(theme.dueOn) })}
                </p>
                {theme.description && <p>{theme.description}</p>}
                {canRead && (
                  <p>{t('themes.answered', { count: theme.answeredCount, accepted: theme.acceptedCount })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        {canManage &&
          (isAdding ? (
            <ThemeForm
              onSaved={() => {
                setIsAdding(false);
                setAdded(true);
              }}
            />
          ) : (
            <button type="button" className="button" onClick={() => setIsAdding(true)}>
              {t('theme_form.add_heading')}
            </button>
          ))}
      </section>
      {canRead && <ImpactMatrix />}
    </div>
  );
}
