/**
 * A partner's own facts, for adding a partner or changing one: names, where it is (country or region,
 * time zone, position on the map), web site, membership, verification and notes. The browser checks
 * what the server checks (the contract's schema, through the form schema in
 * utils/partner-form-values.ts); the server's field errors land on their fields. After a stale save
 * (409) what was typed stays, and loading the latest version fills in only the fields left untouched.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  partnerKinds,
  verificationLevels,
  type PartnerDetail,
  type PartnerInput,
  type SimilarPartnersQuery,
} from '@bia/contracts';
import { CodeOptions } from '../../../components/code-select.tsx';
import { InputField, SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { languageChoices, useLanguageNames, workingLanguages } from '../../../lib/languages.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useCreatePartner, useUpdatePartner } from '../api/partners.ts';
import { useKindLabel, useVerificationLabel } from '../hooks/use-labels.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { countryOptions } from '../utils/countries.ts';
import {
  BUDDHIST_ERA_OFFSET,
  type PartnerFormValues,
  partnerFormFields,
  partnerFormSchema,
  partnerFormValuesOf,
  typedMemberYear,
} from '../utils/partner-form-values.ts';
import { allTimeZones, minutesFromBangkok, suggestedTimeZones } from '../utils/time-zones.ts';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { RecordForm } from './record-form.tsx';
import { SourcesField } from './sources-field.tsx';
import '../partner-form.css';

/** The server's refusal of a partner like one already recorded, until the user confirms (decision 0012). */
const POSSIBLE_DUPLICATE = 'partner_possible_duplicate';

/** The names and country a likely duplicate was found for, as the list of look-alikes is asked. */
function similarQueryOf(input: PartnerInput, exceptId: string | undefined): SimilarPartnersQuery {
  return {
    nameTh: input.nameTh,
    ...(input.nameEn ? { nameEn: input.nameEn } : {}),
    ...(input.nameLocal ? { nameLocal: input.nameLocal } : {}),
    ...(input.countryCode ? { countryCode: input.countryCode } : {}),
    ...(exceptId ? { exceptId } : {}),
  };
}

/** "37.5665, 126.9780" as copied from a map: both numbers pasted into the latitude box. */
const PASTED_POSITION = /^\s*(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)\s*$/;

export interface PartnerFormProps {
  /** The partner changed by the form; none when the form adds one. */
  partner?: PartnerDetail;
  /** Loads the partner again after a stale save; `undefined` when it no longer exists. */
  reload?: Reload<PartnerDetail>;
  onSaved: (partner: PartnerDetail) => void;
  onCancel: () => void;
}

export function PartnerForm({ partner, reload, onSaved, onCancel }: PartnerFormProps) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const format = useFormat();
  const kindLabel = useKindLabel();
  const verificationLabel = useVerificationLabel();
  const languageName = useLanguageNames();
  const names = useReferenceNames();
  const eraOffset = format.locale === 'th' ? BUDDHIST_ERA_OFFSET : 0;
  const ids = { position: useId(), membership: useId() };

  const schema = useMemo(() => partnerFormSchema(eraOffset), [eraOffset]);
  const form = useContractForm<PartnerFormValues, PartnerInput>({
    schema,
    defaultValues: partnerFormValuesOf(partner, eraOffset),
  });
  const { register, setValue, getValues, watch } = form;
  const errors = form.formState.errors;
  /** Whether the time zone was filled in from the country (and so follows a change of country). */
  const [isZoneFromCountry, setIsZoneFromCountry] = useState(false);
  /** The names the server found like another partner's, while the user decides; null otherwise. */
  const [duplicateOf, setDuplicateOf] = useState<SimilarPartnersQuery | null>(null);
  /** Set by "Save anyway" for the one save it starts. */
  const isDuplicateConfirmed = useRef(false);

  const create = useCreatePartner();
  const update = useUpdatePartner(partner?.id ?? '');

  const [countryCode, regionCode, nameLocalLang, timeZone, memberSinceText] = watch([
    'countryCode',
    'regionCode',
    'nameLocalLang',
    'timeZone',
    'memberSinceYear',
  ]);

  // Reference lists, named in the reader's language.
  const countries = countryOptions(format.locale);
  const regions = names.reference?.regions ?? [];
  const derivedRegion = countryCode ? names.reference?.countryRegions[countryCode] : undefined;
  /** The region is asked for only when no country gives it. */
  const isRegionAsked = !countryCode || (names.reference !== undefined && !derivedRegion);
  const languages = languageChoices(workingLanguages, nameLocalLang ? [nameLocalLang] : []);

  // Time zones: the country's (or the region's) first, each with its difference from Bangkok today.
  const zones = useMemo(() => allTimeZones(), []);
  const offsets = useMemo(() => {
    const now = new Date();
    return new Map(zones.map((zone) => [zone, minutesFromBangkok(zone, now)]));
  }, [zones]);
  const suggested = suggestedTimeZones(
    zones,
    countryCode || null,
    isRegionAsked ? regionCode || null : (derivedRegion ?? null),
  );
  const suggestedSet = new Set(suggested);
  const otherZones = zones.filter((zone) => !suggestedSet.has(zone));
  const isRecordedZoneUnlisted = timeZone !== '' && !zones.includes(timeZone);
  const suggestedLabel = countryCode
    ? t('partner_form.zones_of_country', { country: names.country(countryCode) })
    : t('partner_form.zones_of_region', { region: names.region(regionCode) });

  function offsetText(totalMinutes: number): string {
    const hours = Math.floor(totalMinutes / 60);
    const minutes = totalMinutes % 60;
    if (minutes === 0) return t('partner_form.offset_hours', { count: hours });
    if (hours === 0) return t('partner_form.offset_minutes', { count: minutes });
    return t('partner_form.offset_hours_minutes', { hours, minutes });
  }

  function zoneLabel(zone: string): string {
    const minutes = offsets.get(zone);
    if (minutes === undefined) return zone;
    if (minutes === 0) return t('partner_form.zone_same', { zone });
    const offset = offsetText(Math.abs(minutes));
    return minutes > 0
      ? t('partner_form.zone_ahead', { zone, offset })
      : t('partner_form.zone_behind', { zone, offset });
  }

  /** The country has just changed (the form holds it already). */
  function countryChosen(newCountryCode: string) {
    const own = newCountryCode ? suggestedTimeZones(zones, newCountryCode, null) : [];
    const onlyZone = own.length === 1 ? own[0] : undefined;
    // A zone the user chose stays; one filled in from the previous country follows the new one.
    const isZoneFree = getValues('timeZone') === '' || isZoneFromCountry;
    if (!isZoneFree) return;
    setValue('timeZone', onlyZone ?? '', { shouldDirty: true });
    setIsZoneFromCountry(onlyZone !== undefined);
  }

  /** Both numbers pasted into the latitude box go to their two boxes. */
  function latitudeTyped(text: string) {
    const pasted = PASTED_POSITION.exec(text);
    if (pasted?.[1] && pasted[2]) {
      setValue('latitude', pasted[1], { shouldDirty: true });
      setValue('longitude', pasted[2], { shouldDirty: true });
    }
  }

  const memberSinceYear = typedMemberYear(memberSinceText, eraOffset);
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: partnerFormFields,
    record: partner,
    reload,
    valuesOf: (latestPartner: PartnerDetail) => partnerFormValuesOf(latestPartner, eraOffset),
    mutation: partner ? update : create,
    saveInput: (parsed, { version, onError }) => {
      const input: PartnerInput = {
        ...parsed,
        regionCode: isRegionAsked ? (parsed.regionCode ?? null) : null,
        ...(isDuplicateConfirmed.current ? { confirmDuplicate: true } : {}),
      };
      isDuplicateConfirmed.current = false;
      const refused = (failure: unknown) => {
        const isLikelyDuplicate = failure instanceof ApiError && failure.code === POSSIBLE_DUPLICATE;
        setDuplicateOf(isLikelyDuplicate ? similarQueryOf(input, partner?.id) : null);
        onError(failure);
      };
      if (partner) update.mutate({ ...input, version }, { onSuccess: onSaved, onError: refused });
      else create.mutate(input, { onSuccess: onSaved, onError: refused });
    },
  });

  function saveAnyway() {
    isDuplicateConfirmed.current = true;
    saving.submit();
  }

  return (
    <RecordForm
      className="card form partner-facts-form"
      saving={saving}
      formRef={formRef}
      onCancel={onCancel}
      goneMessage={t('partner_form.gone')}
    >
      {duplicateOf && (
        <DuplicateWarning
          query={duplicateOf}
          isSaving={(partner ? update : create).isPending}
          onSaveAnyway={saveAnyway}
        />
      )}
      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_names')}</legend>
        <SelectField
          label={<RequiredLabel>{t('partner_form.kind')}</RequiredLabel>}
          error={errors.kind?.message}
          {...register('kind')}
        >
          <CodeOptions codes={partnerKinds} label={kindLabel} />
        </SelectField>
        <div className="partner-facts-form__grid">
          <InputField
            label={<RequiredLabel>{t('partner_form.name_th')}</RequiredLabel>}
            hint={t('partner_form.name_th_hint')}
            error={errors.nameTh?.message}
            type="text"
            lang="th"
            autoComplete="off"
            maxLength={300}
            {...register('nameTh')}
          />
          <InputField
            label={t('partner_form.name_en')}
            hint={t('partner_form.name_en_hint')}
            error={errors.nameEn?.message}
            type="text"
            lang="en"
            autoComplete="off"
            maxLength={300}
            {...register('nameEn')}
          />
          <InputField
            label={t('partner_form.name_local')}
            hint={t('partner_form.name_local_hint')}
            error={errors.nameLocal?.message}
            type="text"
            lang={nameLocalLang || undefined}
            autoComplete="off"
            maxLength={300}
            {...register('nameLocal')}
          />
          <SelectField
            label={t('partner_form.name_local_lang')}
            error={errors.nameLocalLang?.message}
            {...register('nameLocalLang')}
            value={nameLocalLang}
          >
            <option value="">{t('partner_form.not_specified')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </SelectField>
          <InputField
            label={t('partner_form.acronym')}
            hint={t('partner_form.acronym_hint')}
            error={errors.acronym?.message}
            type="text"
            autoComplete="off"
            maxLength={40}
            {...register('acronym')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_place')}</legend>
        <div className="partner-facts-form__grid">
          <SelectField
            label={t('partner_form.country')}
            hint={
              derivedRegion
                ? t('partner_form.region_from_country', { region: names.region(derivedRegion) })
                : t('partner_form.country_hint')
            }
            error={errors.countryCode?.message}
            {...register('countryCode', { onChange: (event) => countryChosen(event.target.value) })}
            value={countryCode}
          >
            <option value="">{t('partner_form.country_none')}</option>
            {countryCode && !countries.some((country) => country.code === countryCode) && (
              <option value={countryCode}>{countryCode}</option>
            )}
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </SelectField>
          {isRegionAsked && (
            <SelectField
              label={t('partner_form.region')}
              hint={t('partner_form.region_hint')}
              error={errors.regionCode?.message}
              {...register('regionCode')}
              value={regionCode}
            >
              <option value="">{t('partner_form.not_specified')}</option>
              {regionCode && !regions.some((region) => region.code === regionCode) && (
                <option value={regionCode}>{names.region(regionCode)}</option>
              )}
              {regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {names.region(region.code)}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            label={t('partner_form.time_zone')}
            hint={t('partner_form.time_zone_hint')}
            error={errors.timeZone?.message}
            {...register('timeZone', { onChange: () => setIsZoneFromCountry(false) })}
            value={timeZone}
          >
            <option value="">{t('partner_form.not_specified')}</option>
            {isRecordedZoneUnlisted && <option value={timeZone}>{timeZone}</option>}
            {suggested.length > 0 ? (
              <>
                <optgroup label={suggestedLabel}>
                  {suggested.map((zone) => (
                    <option key={zone} value={zone}>
                      {zoneLabel(zone)}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('partner_form.zones_all')}>
                  {otherZones.map((zone) => (
                    <option key={zone} value={zone}>
                      {zoneLabel(zone)}
                    </option>
                  ))}
                </optgroup>
              </>
            ) : (
              zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneLabel(zone)}
                </option>
              ))
            )}
          </SelectField>
        </div>

        <fieldset className="fieldset partner-facts-form__position" aria-describedby={`${ids.position}-hint`}>
          <legend>{t('partner_form.position')}</legend>
          <p id={`${ids.position}-hint`} className="field-hint">
            {t('partner_form.position_hint')}
          </p>
          <div className="partner-facts-form__grid">
            <InputField
              label={t('partner_form.latitude')}
              hint={t('partner_form.latitude_hint')}
              error={errors.latitude?.message}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              maxLength={40}
              {...register('latitude', { onChange: (event) => latitudeTyped(event.target.value) })}
            />
            <InputField
              label={t('partner_form.longitude')}
              hint={t('partner_form.longitude_hint')}
              error={errors.longitude?.message}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              maxLength={40}
              {...register('longitude')}
            />
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_web')}</legend>
        <InputField
          label={t('partner_form.website')}
          hint={t('partner_form.website_hint')}
          error={errors.website?.message}
          type="url"
          inputMode="url"
          autoComplete="off"
          maxLength={500}
          {...register('website')}
        />
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section" aria-describedby={`${ids.membership}-intro`}>
        <legend>{t('partner_form.section_membership')}</legend>
        <p id={`${ids.membership}-intro`} className="field-hint">
          {t('partner_form.membership_intro')}
        </p>
        <div className="partner-facts-form__grid">
          <InputField
            label={t('partner_form.membership_status')}
            hint={t('partner_form.membership_status_hint')}
            error={errors.membershipStatus?.message}
            type="text"
            autoComplete="off"
            maxLength={200}
            {...register('membershipStatus')}
          />
          <InputField
            label={
              format.locale === 'th' ? t('partner_form.member_since_be') : t('partner_form.member_since')
            }
            hint={
              memberSinceYear !== null && Number.isInteger(memberSinceYear) && format.locale === 'th'
                ? t('partner_form.member_since_ce', { year: String(memberSinceYear) })
                : t('partner_form.member_since_hint')
            }
            error={errors.memberSinceYear?.message}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            {...register('memberSinceYear')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_record')}</legend>
        <SelectField
          label={t('partner_form.verification')}
          hint={t('partner_form.verification_hint')}
          error={errors.verification?.message}
          {...register('verification')}
        >
          <CodeOptions codes={verificationLevels} label={verificationLabel} />
        </SelectField>
        <SourcesField error={errors.sources?.message} {...register('sources')} />
        <TextareaField
          label={t('partner_form.notes')}
          error={errors.notes?.message}
          rows={4}
          maxLength={5000}
          {...register('notes')}
        />
      </fieldset>
    </RecordForm>
  );
}
