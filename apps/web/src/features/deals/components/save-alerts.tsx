/** The alerts around a save (components/form-save.tsx), in the deals' words and focus style. */
import { useTranslation } from 'react-i18next';
import { SaveAlerts } from '../../../components/form-save.tsx';
import type { SaveState } from '../../../lib/forms/index.ts';

export function DealSaveAlerts({ saving, goneText }: { saving: SaveState; goneText?: string | undefined }) {
  const { t } = useTranslation('deal_pages');
  return (
    <SaveAlerts
      saving={saving}
      focusClassName="deal-focus-target"
      reloadText={t('conflict.reload')}
      keepTypingText={t('conflict.keep_typing')}
      reloadedText={t('conflict.reloaded')}
      goneText={goneText}
    />
  );
}
