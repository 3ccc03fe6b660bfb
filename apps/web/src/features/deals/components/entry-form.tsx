/**
 * Recording an entry of a deal's history, or changing one at the version shown. The browser checks
 * what the server checks (the contract's schema, utils/entry-form-values.ts); the server's field
 * errors land on their fields in the reader's language. An entry reported in a follow-up round that
 * is closed is never overwritten: the server keeps the change as an amendment, and the form says so.
 * After a stale save, loading the latest version fills in only the fields left untouched.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, useWatch } from 'react-hook-form';
import type { Deal, DealEntry, DealEntryInput, OrderLine } from '@bia/contracts';
import { SaveActions } from '../../../components/form-save.tsx';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useAddEntry, useChangeEntry } from '../api/deals.ts';
import { useProductOptions } from '../hooks/use-product-options.ts';
import { bangkokToday } from '../utils/dates.ts';
import {
  entryFieldPaths,
  entryHolderSchema,
  entryValuesOf,
  isOrderKind,
  newEntryValues,
  type EntryHolder,
} from '../utils/entry-form-values.ts';
import { placeServerErrors } from '../utils/server-errors.ts';
import { EntryFields } from './entry-fields.tsx';
import { DealSaveAlerts } from './save-alerts.tsx';

export interface EntryFormProps {
  deal: Deal;
  /** The entry changed by the form; none when the form records a new one. */
  entry?: DealEntry | undefined;
  /** Loads the entry again after a stale save; `undefined` when it is gone (or was amended). */
  reload?: Reload<DealEntry> | undefined;
  /** Closes the form, with what to say (nothing after a cancel). */
  onDone: (message: string | null) => void;
}

/**
 * The order lines a shipment may name: those of the deal's current orders not shipped yet, and those
 * the shipment being changed shipped.
 */
export function shippableLinesOf(deal: Deal, entry: DealEntry | undefined): OrderLine[] {
  const shippedHere = new Set(entry?.kind === 'shipment' ? entry.orderLines.map((line) => line.id) : []);
  return deal.entries
    .filter((candidate) => candidate.supersededAt === null && isOrderKind(candidate.kind))
    .flatMap((candidate) => candidate.orderLines)
    .filter((line) => line.shippedOn === null || shippedHere.has(line.id));
}

export function EntryForm({ deal, entry, reload, onDone }: EntryFormProps) {
  const { t } = useTranslation(['deal_pages', 'common']);
  const headingId = useId();
  const products = useProductOptions(deal.business.id);
  const add = useAddEntry(deal.id);
  const change = useChangeEntry(deal.id, entry?.id ?? '');
  const form = useContractForm<EntryHolder, { entry: DealEntryInput }>({
    schema: entryHolderSchema,
    defaultValues: { entry: entry ? entryValuesOf(entry) : newEntryValues('contact', bangkokToday()) },
  });
  const lineCount = useWatch({ control: form.control, name: 'entry.orderLines' }).length;
  const { formRef, ...saving } = useFormSave({
    form: {
      handleSubmit: form.handleSubmit,
      reset: form.reset,
      // The server names an added entry's fields at the root, a changed one's under `entry.`.
      showServerErrors: (error, names) =>
        placeServerErrors(error, names, entry ? 'entry.' : '', form.setError),
    },
    fieldNames: entryFieldPaths(lineCount),
    record: entry,
    reload,
    valuesOf: (latest) => ({ entry: entryValuesOf(latest) }),
    mutation: entry ? change : add,
    saveInput: (input, { version, onError }) => {
      if (entry) {
        change.mutate(
          { version, entry: input.entry },
          {
            onSuccess: (changed) =>
              onDone(changed.isAmendment ? t('entry_form.amended') : t('entry_form.saved')),
            onError,
          },
        );
      } else {
        add.mutate(input.entry, { onSuccess: () => onDone(t('entry_form.added')), onError });
      }
    },
  });

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className="form deal-entry-form"
        aria-labelledby={headingId}
        noValidate
        onSubmit={saving.submit}
      >
        <h3 id={headingId}>{entry ? t('entry_form.edit_heading') : t('entry_form.add_heading')}</h3>
        {entry?.roundId && <p className="muted">{t('entry_form.in_round_hint')}</p>}
        <DealSaveAlerts saving={saving} goneText={t('entry_form.gone')} />
        <EntryFields products={products} shippableLines={shippableLinesOf(deal, entry)} />
        <SaveActions
          saving={saving}
          savingText={t('entry_form.saving')}
          saveText={entry ? undefined : t('entry_form.add')}
          onCancel={() => onDone(null)}
        />
      </form>
    </FormProvider>
  );
}
