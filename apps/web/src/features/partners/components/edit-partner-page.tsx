/** /partners/:id/edit — changes a partner's own facts against the version loaded, then goes back to its page. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePartner, type LoadedPartner } from '../api/partners.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { partnerDisplayName } from '../utils/names.ts';
import { PartnerForm } from './partner-form.tsx';

export function EditPartnerPage() {
  const { t } = useTranslation('partner_pages');
  const { id = '' } = useParams();
  const partner = usePartner(id);

  /** The latest version after a stale save; `undefined` once the partner is gone (404). */
  const reload = () => refetchOrGone(partner);

  // Once loaded, the form stays even if a later reload fails: what was typed must not be lost.
  // Keyed by the partner: the form keeps its own copy of the facts while the cache changes under it.
  if (partner.data) return <PartnerEditor key={partner.data.id} partner={partner.data} reload={reload} />;
  if (partner.isPending) return <Loading />;
  return (
    <div className="partner-facts-page">
      <PageHeader title={t('partner_form.edit_title_unknown')} />
      <RecordLoadError query={partner} notFoundText={t('partner_form.not_found')} />
      <p>
        <Link to={paths.partners}>{t('partner_form.back_to_list')}</Link>
      </p>
    </div>
  );
}

function PartnerEditor({ partner, reload }: LoadedPartner) {
  const { t } = useTranslation('partner_pages');
  const { locale } = useFormat();
  const navigate = useNavigate();
  const name = partnerDisplayName(partner, locale).text;
  const title = name ? t('partner_form.edit_title', { name }) : t('partner_form.edit_title_unknown');
  const back = () => void navigate(paths.partner(partner.id));

  return (
    <div className="partner-facts-page">
      <PageHeader title={title} />
      {partner.archived ? (
        <>
          <Alert tone="warning">{t('partner_form.archived')}</Alert>
          <p>
            <Link to={paths.partner(partner.id)}>{t('partner_form.back_to_partner')}</Link>
          </p>
        </>
      ) : (
        <PartnerForm partner={partner} reload={reload} onSaved={back} onCancel={back} />
      )}
    </div>
  );
}
