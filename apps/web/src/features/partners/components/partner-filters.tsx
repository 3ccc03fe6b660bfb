/** The list's filters; each change goes straight into the address (and so into the list and the exports). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementTypes, partnerKinds, verificationLevels } from '@bia/contracts';
import {
  SelectFilter as SharedSelectFilter,
  type SelectFilterProps,
} from '../../../components/select-filter.tsx';
import { DateField, isDateOrEmpty } from '../../../components/date-field.tsx';
import { useFormat } from '../../../lib/format.ts';
import {
  useAgreementTypeLabel,
  useKindLabel,
  useStatusLabel,
  useVerificationLabel,
} from '../hooks/use-labels.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { countryOptions } from '../utils/countries.ts';
import { filterKeys, type FilterKey } from '../utils/list-query.ts';

interface PartnerFiltersProps {
  params: URLSearchParams;
  onChange: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  onClear: () => void;
  isFiltered: boolean;
  resultsId: string;
}

const isWideScreen = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(min-width: 48rem)').matches === true;

export function PartnerFilters({ params, onChange, onClear, isFiltered, resultsId }: PartnerFiltersProps) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const { locale } = useFormat();
  const kindLabel = useKindLabel();
  const typeLabel = useAgreementTypeLabel();
  const verificationLabel = useVerificationLabel();
  const statusLabel = useStatusLabel();
  const names = useReferenceNames();
  const reference = names.reference;
  // Open on wide screens, and on phones when a filter is already on; a phone can fold them away.
  const [isOpen, setIsOpen] = useState(() => isWideScreen() || isFiltered);
  const activeCount = filterKeys.filter((key) => key !== 'q' && params.get(key)).length;
  const value = (key: FilterKey) => params.get(key) ?? '';

  return (
    <details
      className="filters-panel"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary className="disclosure">
        {activeCount > 0 ? t('filters.heading_active', { number: activeCount }) : t('filters.heading')}
      </summary>
      <form
        className="partner-filters__grid"
        aria-label={t('filters.heading')}
        aria-controls={resultsId}
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectFilter label={t('filters.kind')} value={value('kind')} onChange={(v) => onChange({ kind: v })}>
          {partnerKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          label={t('filters.country')}
          value={value('country')}
          onChange={(v) => onChange({ country: v })}
        >
          {countryOptions(locale).map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          label={t('filters.region')}
          value={value('region')}
          onChange={(v) => onChange({ region: v })}
        >
          {reference?.regions.map((region) => (
            <option key={region.code} value={region.code}>
              {names.region(region.code)}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          label={t('filters.asean')}
          value={value('asean')}
          onChange={(v) => onChange({ asean: v })}
        >
          <option value="yes">{t('filters.asean_yes')}</option>
          <option value="no">{t('filters.asean_no')}</option>
        </SelectFilter>
        <SelectFilter
          label={t('filters.status')}
          value={value('status')}
          onChange={(v) => onChange({ status: v })}
          hint={reference ? t('filters.status_hint', { months: reference.dormantAfterMonths }) : undefined}
        >
          <option value="active">{statusLabel('active')}</option>
          <option value="dormant">{statusLabel('dormant')}</option>
        </SelectFilter>
        <SelectFilter
          label={t('filters.agreement_type')}
          value={value('agreementType')}
          onChange={(v) => onChange({ agreementType: v })}
        >
          {agreementTypes.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          label={t('filters.field')}
          value={value('field')}
          onChange={(v) => onChange({ field: v })}
        >
          {reference?.cooperationFields.map((field) => (
            <option key={field.code} value={field.code}>
              {names.field(field.code)}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          label={t('filters.verification')}
          value={value('verification')}
          onChange={(v) => onChange({ verification: v })}
        >
          {verificationLevels.map((level) => (
            <option key={level} value={level}>
              {verificationLabel(level)}
            </option>
          ))}
        </SelectFilter>
        <fieldset className="partner-filters__dates">
          <legend>{t('filters.signed_between')}</legend>
          <DateFilter
            label={t('filters.signed_from')}
            value={value('signedFrom')}
            onChange={(v) => onChange({ signedFrom: v })}
          />
          <DateFilter
            label={t('filters.signed_to')}
            value={value('signedTo')}
            onChange={(v) => onChange({ signedTo: v })}
          />
        </fieldset>
        <label className="checkbox partner-filters__archived">
          <input
            type="checkbox"
            checked={value('includeArchived') === 'yes'}
            onChange={(event) => onChange({ includeArchived: event.target.checked ? 'yes' : undefined })}
          />
          <span>{t('filters.include_archived')}</span>
        </label>
        {isFiltered && (
          <div className="filters-actions">
            <button type="button" className="button button-secondary" onClick={onClear}>
              {t('common:actions.clear_filters')}
            </button>
          </div>
        )}
      </form>
    </details>
  );
}

/** The shared select filter in the registry's words. */
function SelectFilter(props: Omit<SelectFilterProps, 'allText' | 'severalText'>) {
  const { t } = useTranslation('partner_pages');
  return <SharedSelectFilter {...props} allText={t('filters.all')} severalText={t('filters.several')} />;
}

/** A date filter: only a whole date (or none) goes into the address; a half-typed one waits in the field. */
function DateFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <DateField
      label={label}
      value={value}
      onChange={(typed) => {
        if (isDateOrEmpty(typed)) onChange(typed || undefined);
      }}
    />
  );
}
