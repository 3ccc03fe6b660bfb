/**
 * A partner's own facts, for adding a partner or changing one: names, where it is (country or region,
 * time zone, position on the map), web site, membership, verification and notes. The browser checks
 * what the server checks (the contract's schema, through the form schema in
 * utils/partner-form-values.ts); the server's field errors land on their fields. After a stale save
 * (409) what was typed stays, and loading the latest version fills in only the fields left untouched.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerKinds, verificationLevels, type PartnerDetail, type PartnerInput } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { CodeOptions } from '../../../components/code-select.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Field } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm, useLatestVersion } from '../../../lib/forms/index.ts';
import { languageChoices, useLanguageNames, workingLanguages } from '../../../lib/languages.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
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
import '../partner-form.css';

/** "37.5665, 126.9780" as copied from a map: both numbers pasted into the latitude box. */
const PASTED_POSITION = /^\s*(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)\s*$/;
const FOCUS_CLASS = 'partner-focus-target';

export interface PartnerFormProps {
  /** The partner changed by the form; none when the form adds one. */
  partner?: PartnerDetail;
  /** Loads the partner again after a stale save; `undefined` when it no longer exists. */
  reload?: () => Promise<PartnerDetail | undefined>;
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
  const alertId = useId();
  const ids = { position: useId(), membership: useId() };
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const schema = useMemo(() => partnerFormSchema(eraOffset), [eraOffset]);
  const form = useContractForm<PartnerFormValues, PartnerInput>({
    schema,
    defaultValues: partnerFormValuesOf(partner, eraOffset),
  });
  const { register, setValue, getValues, watch } = form;
  const errors = form.formState.errors;
  /** Whether the time zone was filled in from the country (and so follows a change of country). */
  const [isZoneFromCountry, setIsZoneFromCountry] = useState(false);

  const create = useCreatePartner();
  const update = useUpdatePartner(partner?.id ?? '');
  const save = partner ? update : create;
  const error = asApiError(save.error);
  const latest = useLatestVersion({
    record: partner,
    reload,
    valuesOf: (latestPartner: PartnerDetail) => partnerFormValuesOf(latestPartner, eraOffset),
    reset: form.reset,
    onReloaded: () => save.reset(),
    alertId,
  });

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
  const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));

  function saveInput(parsed: PartnerInput) {
    const input: PartnerInput = { ...parsed, regionCode: isRegionAsked ? (parsed.regionCode ?? null) : null };
    const options = {
      onSuccess: onSaved,
      onError: (failure: unknown) => {
        form.showServerErrors(failure, partnerFormFields);
        focusProblem();
      },
    };
    if (partner) update.mutate({ ...input, version: latest.baseVersion }, options);
    else create.mutate(input, options);
  }

  return (
    <form
      ref={formRef}
      className="card form partner-facts-form"
      noValidate
      onSubmit={(event) => {
        latest.clearReload();
        void form.handleSubmit(saveInput, () => {
          save.reset();
          focusProblem();
        })(event);
      }}
    >
      {error && isStaleConflict(error) ? (
        <StaleConflict
          focusClassName={FOCUS_CLASS}
          reloadText={t('conflict.reload')}
          keepTypingText={t('conflict.keep_typing')}
          error={error}
          id={alertId}
          isReloading={latest.isReloading}
          onReload={() => void latest.reloadLatest()}
        />
      ) : (
        save.error !== null && <ErrorAlert focusClassName={FOCUS_CLASS} error={save.error} id={alertId} />
      )}
      {latest.reloadError !== null && (
        <ErrorAlert focusClassName={FOCUS_CLASS} error={latest.reloadError} id={`${alertId}-reload-error`} />
      )}
      {latest.reloadOutcome === 'reloaded' && (
        <ReloadedNotice
          focusClassName={FOCUS_CLASS}
          id={`${alertId}-reloaded`}
          message={t('conflict.reloaded')}
        />
      )}
      {latest.reloadOutcome === 'gone' && (
        <div id={`${alertId}-reloaded`} tabIndex={-1} className={FOCUS_CLASS}>
          <Alert tone="error">{t('partner_form.gone')}</Alert>
        </div>
      )}

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_names')}</legend>
        <Field label={<RequiredLabel>{t('partner_form.kind')}</RequiredLabel>} error={errors.kind?.message}>
          {(control) => (
            <select {...control} {...register('kind')}>
              <CodeOptions codes={partnerKinds} label={kindLabel} />
            </select>
          )}
        </Field>
        <div className="partner-facts-form__grid">
          <Field
            label={<RequiredLabel>{t('partner_form.name_th')}</RequiredLabel>}
            hint={t('partner_form.name_th_hint')}
            error={errors.nameTh?.message}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                lang="th"
                autoComplete="off"
                maxLength={300}
                {...register('nameTh')}
              />
            )}
          </Field>
          <Field
            label={t('partner_form.name_en')}
            hint={t('partner_form.name_en_hint')}
            error={errors.nameEn?.message}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                lang="en"
                autoComplete="off"
                maxLength={300}
                {...register('nameEn')}
              />
            )}
          </Field>
          <Field
            label={t('partner_form.name_local')}
            hint={t('partner_form.name_local_hint')}
            error={errors.nameLocal?.message}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                lang={nameLocalLang || undefined}
                autoComplete="off"
                maxLength={300}
                {...register('nameLocal')}
              />
            )}
          </Field>
          <Field label={t('partner_form.name_local_lang')} error={errors.nameLocalLang?.message}>
            {(control) => (
              <select {...control} {...register('nameLocalLang')} value={nameLocalLang}>
                <option value="">{t('partner_form.not_specified')}</option>
                {languages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('partner_form.acronym')}
            hint={t('partner_form.acronym_hint')}
            error={errors.acronym?.message}
          >
            {(control) => (
              <input {...control} type="text" autoComplete="off" maxLength={40} {...register('acronym')} />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_place')}</legend>
        <div className="partner-facts-form__grid">
          <Field
            label={t('partner_form.country')}
            hint={
              derivedRegion
                ? t('partner_form.region_from_country', { region: names.region(derivedRegion) })
                : t('partner_form.country_hint')
            }
            error={errors.countryCode?.message}
          >
            {(control) => (
              <select
                {...control}
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
              </select>
            )}
          </Field>
          {isRegionAsked && (
            <Field
              label={t('partner_form.region')}
              hint={t('partner_form.region_hint')}
              error={errors.regionCode?.message}
            >
              {(control) => (
                <select {...control} {...register('regionCode')} value={regionCode}>
                  <option value="">{t('partner_form.not_specified')}</option>
                  {regionCode && !regions.some((region) => region.code === regionCode) && (
                    <option value={regionCode}>{names.region(regionCode)}</option>
                  )}
                  {regions.map((region) => (
                    <option key={region.code} value={region.code}>
                      {names.region(region.code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field
            label={t('partner_form.time_zone')}
            hint={t('partner_form.time_zone_hint')}
            error={errors.timeZone?.message}
          >
            {(control) => (
              <select
                {...control}
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
              </select>
            )}
          </Field>
        </div>

        <fieldset className="fieldset partner-facts-form__position" aria-describedby={`${ids.position}-hint`}>
          <legend>{t('partner_form.position')}</legend>
          <p id={`${ids.position}-hint`} className="field-hint">
            {t('partner_form.position_hint')}
          </p>
          <div className="partner-facts-form__grid">
            <Field
              label={t('partner_form.latitude')}
              hint={t('partner_form.latitude_hint')}
              error={errors.latitude?.message}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  maxLength={40}
                  {...register('latitude', { onChange: (event) => latitudeTyped(event.target.value) })}
                />
              )}
            </Field>
            <Field
              label={t('partner_form.longitude')}
              hint={t('partner_form.longitude_hint')}
              error={errors.longitude?.message}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  maxLength={40}
                  {...register('longitude')}
                />
              )}
            </Field>
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_web')}</legend>
        <Field
          label={t('partner_form.website')}
          hint={t('partner_form.website_hint')}
          error={errors.website?.message}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              maxLength={500}
              {...register('website')}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section" aria-describedby={`${ids.membership}-intro`}>
        <legend>{t('partner_form.section_membership')}</legend>
        <p id={`${ids.membership}-intro`} className="field-hint">
          {t('partner_form.membership_intro')}
        </p>
        <div className="partner-facts-form__grid">
          <Field
            label={t('partner_form.membership_status')}
            hint={t('partner_form.membership_status_hint')}
            error={errors.membershipStatus?.message}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                maxLength={200}
                {...register('membershipStatus')}
              />
            )}
          </Field>
          <Field
            label={
              format.locale === 'th' ? t('partner_form.member_since_be') : t('partner_form.member_since')
            }
            hint={
              memberSinceYear !== null && Number.isInteger(memberSinceYear) && format.locale === 'th'
                ? t('partner_form.member_since_ce', { year: String(memberSinceYear) })
                : t('partner_form.member_since_hint')
            }
            error={errors.memberSinceYear?.message}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                {...register('memberSinceYear')}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_record')}</legend>
        <Field
          label={t('partner_form.verification')}
          hint={t('partner_form.verification_hint')}
          error={errors.verification?.message}
        >
          {(control) => (
            <select {...control} {...register('verification')}>
              <CodeOptions codes={verificationLevels} label={verificationLabel} />
            </select>
          )}
        </Field>
        <Field label={t('partner_form.notes')} error={errors.notes?.message}>
          {(control) => <textarea {...control} rows={4} maxLength={5000} {...register('notes')} />}
        </Field>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || latest.reloadOutcome === 'gone'}>
          {save.isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
