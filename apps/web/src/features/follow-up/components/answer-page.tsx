/**
 * /follow-up/:roundId — a round's form behind sign-in: an entrepreneur answers for their business
 * (the one the mail named, `?business=`, or the one they keep); Social Development opens it from the
 * round's page to enter a business's answer on its behalf, marked as entered by staff.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useAnswer, useRoundForm } from '../api/rounds.ts';
import { FollowUpFormView } from './form-view.tsx';
import '../follow-up.css';

export function FollowUpAnswerPage() {
  const { t } = useTranslation('follow_up');
  const { t: frameless } = useTranslation();
  const roundId = useParams().roundId ?? '';
  const businessId = useSearchParams()[0].get('business') ?? '';
  const form = useRoundForm(roundId, businessId);
  const answer = useAnswer(roundId, businessId);
  const view = form.data;
  return (
    <div className="follow-up-page">
      <PageHeader
        title={view ? t('answer_page.title_of', { business: view.business.name }) : t('answer_page.title')}
        intro={<p>{t('answer_page.intro')}</p>}
      />
      {view?.answeringAs === 'staff' && (
        <p className="follow-up-back">
          <Link to={paths.followUpRound(roundId)}>{t('answer_page.back_to_round')}</Link>
        </p>
      )}
      {form.isPending && <Loading />}
      {form.isError && (
        <Alert tone="error">
          <p>{errorMessage(form.error, frameless)}</p>
        </Alert>
      )}
      {view && (
        <FollowUpFormView
          view={view}
          sending={{
            send: (input, { onError }) =>
              answer.mutate({ ...input, entrepreneurId: view.business.id }, { onError }),
            isSending: answer.isPending,
          }}
        />
      )}
    </div>
  );
}
