/**
 * What became of an invitation just made (with a new account, or again): e-mailed, waiting in the
 * outbox because no mail server is configured, or refused by the mail server. Only a message really
 * handed to a mail server is called sent; otherwise the page says where the link can be copied from.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MailDelivery } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { paths } from '../../../config/paths.ts';

const createdText = {
  sent: 'admin:user_form.invitation.created_sent',
  outbox: 'admin:user_form.invitation.created_outbox',
  failed: 'admin:user_form.invitation.created_failed',
} as const satisfies Record<MailDelivery, string>;

const resentText = {
  sent: 'admin:user_form.invitation.resent_sent',
  outbox: 'admin:user_form.invitation.resent_outbox',
  failed: 'admin:user_form.invitation.resent_failed',
} as const satisfies Record<MailDelivery, string>;

const tone = { sent: 'success', outbox: 'warning', failed: 'error' } as const satisfies Record<
  MailDelivery,
  'success' | 'warning' | 'error'
>;

export function InvitationAlert({
  delivery,
  email,
  isResent,
}: {
  delivery: MailDelivery;
  email: string;
  /** A new invitation to an existing account, rather than the first one with the account. */
  isResent: boolean;
}) {
  const { t } = useTranslation(['common', 'admin']);
  return (
    <Alert tone={tone[delivery]}>
      <p>{t((isResent ? resentText : createdText)[delivery], { email })}</p>
      {delivery === 'sent' ? null : (
        <p>
          <Link to={paths.outbox}>{t('admin:user_form.invitation.open_outbox')}</Link>
        </p>
      )}
    </Alert>
  );
}
