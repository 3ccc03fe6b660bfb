/** The alerts around a save (components/form-save.tsx), in the catalogue's words and focus style. */
import { useTranslation } from 'react-i18next';
import { SaveAlerts } from '../../../components/form-save.tsx';
import type { SaveState } from '../../../lib/forms/index.ts';

export function CatalogueSaveAlerts({ saving, goneText }: { saving: SaveState; goneText: string }) {
  const { t } = useTranslation('catalogue_pages');
  return (
    <SaveAlerts
      saving={saving}
      focusClassName="biz-focus-target"
      reloadText={t('conflict.reload')}
      keepTypingText={t('conflict.keep_typing')}
      reloadedText={t('conflict.reloaded')}
      goneText={goneText}
    />
  );
}
