/** The way from the strategy map to the plan's progress rounds, for every reader of the plan. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';

export function RoundsMapLink() {
  const { t } = useTranslation('strategy_rounds');
  return (
    <p>
      <Link to={paths.strategyRounds}>{t('nav.from_map')}</Link>
    </p>
  );
}
