/**
 * Approving a round (executives, `strategy:approve`): only once every item is accepted (decision
 * 0043) — until then the button is disabled and says how many are not. It asks first, then approves
 * at the version shown; the server's refusal (items not accepted, changed meanwhile) is shown as it
 * says it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyRoundDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { ConfirmFooter, Dialog } from '../../../components/dialog.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useApproveStrategyRound } from '../api/rounds.ts';

export function RoundApproval({ detail }: { detail: StrategyRoundDetail }) {
  const { t } = useTranslation('strategy_rounds');
  const { t: frameless } = useTranslation();
  const format = useFormat();
  const stateId = useId();
  const approve = useApproveStrategyRound(detail.round.id);
  const [isConfirming, setIsConfirming] = useState(false);
  const notAccepted = detail.round.itemCount - detail.round.acceptedCount;
  const close = () => setIsConfirming(false);
  return (
    <section className="card rounds-approval">
      {approve.isError && (
        <Alert tone="error">
          <p>{errorMessage(approve.error, frameless)}</p>
        </Alert>
      )}
      <p id={stateId}>
        {notAccepted > 0 ? t('approve.blocked', { count: notAccepted }) : t('approve.ready')}
      </p>
      <button
        type="button"
        className="button"
        disabled={notAccepted > 0 || approve.isPending}
        aria-describedby={stateId}
        onClick={() => {
          approve.reset();
          setIsConfirming(true);
        }}
      >
        {t('approve.button')}
      </button>
      <Dialog
        open={isConfirming}
        onClose={close}
        title={t('approve.confirm_title')}
        footer={
          <ConfirmFooter
            onCancel={close}
            onConfirm={() => approve.mutate(detail.round.version, { onSettled: close })}
            isDisabled={approve.isPending}
          >
            {approve.isPending ? t('approve.approving') : t('approve.yes')}
          </ConfirmFooter>
        }
      >
        <p>{t('approve.confirm', { total: format.number(detail.round.itemCount) })}</p>
      </Dialog>
    </section>
  );
}
