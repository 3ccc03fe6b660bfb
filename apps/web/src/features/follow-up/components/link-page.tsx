/**
 * /follow-up/link/:token — a business's form from the single-use link mailed to its address, without
 * an account: the link is the key. It answers once, while the round is open; a link used, replaced by a
 * later reminder's, or of a round now closed says so in the reader's language, and nothing is written.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useLinkAnswer, useLinkForm } from '../api/rounds.ts';
import { FollowUpFormView } from './form-view.tsx';
import '../follow-up.css';

export function FollowUpLinkPage() {
  const { t } = useTranslation('follow_up');
  const { t: frameless } = useTranslation();
  const token = useParams().token ?? '';
  const form = useLinkForm(token);
  const answer = useLinkAnswer(token);
  const view = form.data;
  return (
    <div className="follow-up-page">
      <PageHeader
        title={view ? t('answer_page.title_of', { business: view.business.name }) : t('answer_page.title')}
        intro={<p>{t('answer_page.intro')}</p>}
      />
      {form.isPending && <Loading />}
      {form.isError && (
        <Alert tone="error" title={t('link_page.cannot_open')}>
          <p>{errorMessage(form.error, frameless)}</p>
        </Alert>
      )}
      {view && (
        <FollowUpFormView
          view={view}
          sending={{
            send: (input, { onError }) => answer.mutate(input, { onError }),
            isSending: answer.isPending,
          }}
        />
      )}
    </div>
  );
}
