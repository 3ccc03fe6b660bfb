/**
 * A partner's own facts, for adding a partner or changing one: names, where it is (country or region,
 * time zone, position on the map), web site, membership, verification and notes. The server's field
 * errors sit next to each field; only what the server cannot see (a word typed in a number box) is
 * checked here. After a stale save (409) what was typed stays, and the latest version can be loaded.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  partnerKinds,
  verificationLevels,
  type PartnerDetail,
  type PartnerInput,
  type PartnerKind,
  type Verification,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCreatePartner, useUpdatePartner } from '../api/partners.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useKindLabel, useVerificationLabel } from '../hooks/use-labels.ts';
import { useLanguageNames } from '../hooks/use-language-names.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { countryOptions } from '../utils/countries.ts';
import { asApiError, fieldError, isStaleConflict } from '../utils/errors.ts';
import { languageChoices } from '../utils/languages.ts';
import { allTimeZones, minutesFromBangkok, suggestedTimeZones } from '../utils/time-zones.ts';
import { ErrorAlert } from './error-alert.tsx';
import { CodeSelect, firstProblem, numberOrNull, RequiredLabel, textOrNull } from './form-helpers.tsx';
import { ReloadedNotice, StaleConflict } from './stale-conflict.tsx';
import '../partner-form.css';

/** Thai readers count years in the Buddhist era. */
const BUDDHIST_ERA_OFFSET = 543;
/** The years the contract accepts for `memberSinceYear` (Common era). */
const MEMBER_YEAR_RANGE = { min: 1900, max: 2200 } as const;
/** "37.5665, 126.9780" as copied from a map: both numbers pasted into the latitude box. */
const PASTED_POSITION = /^\s*(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)\s*$/;

interface Values {
  kind: PartnerKind;
  nameTh: string;
  nameEn: string;
  nameLocal: string;
  nameLocalLang: string;
  acronym: string;
  countryCode: string;
  regionCode: string;
  timeZone: string;
  latitude: string;
  longitude: string;
  website: string;
  membershipStatus: string;
  /** As typed: a Buddhist-era year in Thai, a Common-era year in English. */
  memberSinceYear: string;
  verification: Verification;
  notes: string;
}

type LocalProblems = Partial<Record<'latitude' | 'longitude' | 'memberSinceYear', string>>;
type ReloadOutcome = 'reloaded' | 'gone' | null;

function valuesOf(partner: PartnerDetail | undefined, eraOffset: number): Values {
  return {
    kind: partner?.kind ?? 'sister_city',
    nameTh: partner?.nameTh ?? '',
    nameEn: partner?.nameEn ?? '',
    nameLocal: partner?.nameLocal ?? '',
    nameLocalLang: partner?.nameLocalLang ?? '',
    acronym: partner?.acronym ?? '',
    countryCode: partner?.countryCode ?? '',
    regionCode: partner?.regionCode ?? '',
    timeZone: partner?.timeZone ?? '',
    latitude: partner?.latitude === null || partner?.latitude === undefined ? '' : String(partner.latitude),
    longitude:
      partner?.longitude === null || partner?.longitude === undefined ? '' : String(partner.longitude),
    website: partner?.website ?? '',
    membershipStatus: partner?.membershipStatus ?? '',
    memberSinceYear: partner?.memberSinceYear ? String(partner.memberSinceYear + eraOffset) : '',
    verification: partner?.verification ?? 'bma',
    notes: partner?.notes ?? '',
  };
}

/**
 * After loading the latest version: fields the user has not touched take the latest values, fields
 * the user changed keep what was typed.
 */
function mergeLatest(typed: Values, loaded: Values, latest: Values): Values {
  const merged = { ...typed };
  for (const key of Object.keys(typed) as (keyof Values)[]) {
    if (typed[key] === loaded[key]) Object.assign(merged, { [key]: latest[key] });
  }
  return merged;
}

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

  const [loaded, setLoaded] = useState(() => valuesOf(partner, eraOffset));
  const [values, setValues] = useState(loaded);
  const [localProblems, setLocalProblems] = useState<LocalProblems>({});
  /** Whether the time zone was filled in from the country (and so follows a change of country). */
  const [isZoneFromCountry, setIsZoneFromCountry] = useState(false);
  const [baseVersion, setBaseVersion] = useState(partner?.version ?? 0);
  const [isReloading, setIsReloading] = useState(false);
  const [reloadOutcome, setReloadOutcome] = useState<ReloadOutcome>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  const create = useCreatePartner();
  const update = useUpdatePartner(partner?.id ?? '');
  const save = partner ? update : create;
  const error = asApiError(save.error);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  // Reference lists, named in the reader's language.
  const countries = countryOptions(format.locale);
  const regions = names.reference?.regions ?? [];
  const derivedRegion = values.countryCode ? names.reference?.countryRegions[values.countryCode] : undefined;
  /** The region is asked for only when no country gives it. */
  const isRegionAsked = !values.countryCode || (names.reference !== undefined && !derivedRegion);
  const languages = languageChoices(values.nameLocalLang ? [values.nameLocalLang] : []);

  // Time zones: the country's (or the region's) first, each with its difference from Bangkok today.
  const zones = useMemo(() => allTimeZones(), []);
  const offsets = useMemo(() => {
    const now = new Date();
    return new Map(zones.map((zone) => [zone, minutesFromBangkok(zone, now)]));
  }, [zones]);
  const suggested = suggestedTimeZones(
    zones,
    values.countryCode || null,
    isRegionAsked ? values.regionCode || null : (derivedRegion ?? null),
  );
  const suggestedSet = new Set(suggested);
  const otherZones = zones.filter((zone) => !suggestedSet.has(zone));
  const isRecordedZoneUnlisted = values.timeZone !== '' && !zones.includes(values.timeZone);
  const suggestedLabel = values.countryCode
    ? t('partner_form.zones_of_country', { country: names.country(values.countryCode) })
    : t('partner_form.zones_of_region', { region: names.region(values.regionCode) });

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

  function chooseCountry(countryCode: string) {
    const own = countryCode ? suggestedTimeZones(zones, countryCode, null) : [];
    const onlyZone = own.length === 1 ? own[0] : undefined;
    // A zone the user chose stays; one filled in from the previous country follows the new one.
    const isZoneFree = values.timeZone === '' || isZoneFromCountry;
    setValues((current) => ({
      ...current,
      countryCode,
      ...(isZoneFree ? { timeZone: onlyZone ?? '' } : {}),
    }));
    if (isZoneFree) setIsZoneFromCountry(onlyZone !== undefined);
  }

  function typeLatitude(text: string) {
    const pasted = PASTED_POSITION.exec(text);
    if (pasted?.[1] && pasted[2]) {
      setValues((current) => ({ ...current, latitude: pasted[1] ?? '', longitude: pasted[2] ?? '' }));
    } else {
      set('latitude', text);
    }
  }

  const typedYear = numberOrNull(values.memberSinceYear);
  const memberSinceYear =
    typedYear === null || !Number.isInteger(typedYear) ? typedYear : typedYear - eraOffset;

  async function reloadLatest() {
    if (!reload) return;
    setIsReloading(true);
    setReloadError(null);
    try {
      const latest = await reload();
      if (latest) {
        const latestValues = valuesOf(latest, eraOffset);
        setValues((typed) => mergeLatest(typed, loaded, latestValues));
        setLoaded(latestValues);
        setBaseVersion(latest.version);
      }
      setReloadOutcome(latest ? 'reloaded' : 'gone');
      save.reset();
      focusAfterRender(`${alertId}-reloaded`);
    } catch (failure) {
      setReloadError(failure);
      focusAfterRender(`${alertId}-reload-error`);
    } finally {
      setIsReloading(false);
    }
  }

  function submit() {
    setReloadOutcome(null);
    setReloadError(null);
    const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));
    const latitude = numberOrNull(values.latitude);
    const longitude = numberOrNull(values.longitude);
    const problems: LocalProblems = {};
    if (latitude !== null && Number.isNaN(latitude)) problems.latitude = t('partner_form.not_a_number');
    if (longitude !== null && Number.isNaN(longitude)) problems.longitude = t('partner_form.not_a_number');
    if (memberSinceYear !== null) {
      if (!Number.isInteger(memberSinceYear)) problems.memberSinceYear = t('partner_form.year_not_a_year');
      else if (memberSinceYear < MEMBER_YEAR_RANGE.min || memberSinceYear > MEMBER_YEAR_RANGE.max)
        // The server would say so in Common-era years; a Thai reader typed a Buddhist-era one.
        problems.memberSinceYear = t('partner_form.year_range', {
          min: String(MEMBER_YEAR_RANGE.min + eraOffset),
          max: String(MEMBER_YEAR_RANGE.max + eraOffset),
        });
    }
    setLocalProblems(problems);
    if (Object.keys(problems).length > 0) {
      save.reset();
      focusProblem();
      return;
    }
    const input: PartnerInput = {
      kind: values.kind,
      nameTh: values.nameTh.trim(),
      nameEn: textOrNull(values.nameEn),
      nameLocal: textOrNull(values.nameLocal),
      nameLocalLang: values.nameLocalLang || null,
      acronym: textOrNull(values.acronym),
      countryCode: values.countryCode || null,
      regionCode: isRegionAsked ? values.regionCode || null : null,
      timeZone: values.timeZone || null,
      latitude,
      longitude,
      website: textOrNull(values.website),
      membershipStatus: textOrNull(values.membershipStatus),
      memberSinceYear,
      verification: values.verification,
      notes: textOrNull(values.notes),
    };
    const options = { onSuccess: onSaved, onError: focusProblem };
    if (partner) update.mutate({ ...input, version: baseVersion }, options);
    else create.mutate(input, options);
  }

  return (
    <form
      ref={formRef}
      className="card form partner-facts-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {error && isStaleConflict(error) ? (
        <StaleConflict
          error={error}
          id={alertId}
          isReloading={isReloading}
          onReload={() => void reloadLatest()}
        />
      ) : (
        save.error !== null && <ErrorAlert error={save.error} id={alertId} />
      )}
      {reloadError !== null && <ErrorAlert error={reloadError} id={`${alertId}-reload-error`} />}
      {reloadOutcome === 'reloaded' && (
        <ReloadedNotice id={`${alertId}-reloaded`} message={t('conflict.reloaded')} />
      )}
      {reloadOutcome === 'gone' && (
        <div id={`${alertId}-reloaded`} tabIndex={-1} className="partner-focus-target">
          <Alert tone="error">{t('partner_form.gone')}</Alert>
        </div>
      )}

      <fieldset className="fieldset partner-facts-form__section">
        <legend>{t('partner_form.section_names')}</legend>
        <Field
          label={<RequiredLabel>{t('partner_form.kind')}</RequiredLabel>}
          error={fieldError(error, 'kind')}
        >
          {(control) => (
            <CodeSelect
              control={control}
              name="kind"
              codes={partnerKinds}
              value={values.kind}
              label={kindLabel}
              onChange={(code) => set('kind', code)}
            />
          )}
        </Field>
        <div className="partner-facts-form__grid">
          <Field
            label={<RequiredLabel>{t('partner_form.name_th')}</RequiredLabel>}
            hint={t('partner_form.name_th_hint')}
            error={fieldError(error, 'nameTh')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="nameTh"
                lang="th"
                autoComplete="off"
                maxLength={300}
                value={values.nameTh}
                onChange={(event) => set('nameTh', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('partner_form.name_en')}
            hint={t('partner_form.name_en_hint')}
            error={fieldError(error, 'nameEn')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="nameEn"
                lang="en"
                autoComplete="off"
                maxLength={300}
                value={values.nameEn}
                onChange={(event) => set('nameEn', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('partner_form.name_local')}
            hint={t('partner_form.name_local_hint')}
            error={fieldError(error, 'nameLocal')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="nameLocal"
                lang={values.nameLocalLang || undefined}
                autoComplete="off"
                maxLength={300}
                value={values.nameLocal}
                onChange={(event) => set('nameLocal', event.target.value)}
              />
            )}
          </Field>
          <Field label={t('partner_form.name_local_lang')} error={fieldError(error, 'nameLocalLang')}>
            {(control) => (
              <select
                {...control}
                name="nameLocalLang"
                value={values.nameLocalLang}
                onChange={(event) => set('nameLocalLang', event.target.value)}
              >
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
            error={fieldError(error, 'acronym')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="acronym"
                autoComplete="off"
                maxLength={40}
                value={values.acronym}
                onChange={(event) => set('acronym', event.target.value)}
              />
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
            error={fieldError(error, 'countryCode')}
          >
            {(control) => (
              <select
                {...control}
                name="countryCode"
                value={values.countryCode}
                onChange={(event) => chooseCountry(event.target.value)}
              >
                <option value="">{t('partner_form.country_none')}</option>
                {values.countryCode && !countries.some((country) => country.code === values.countryCode) && (
                  <option value={values.countryCode}>{values.countryCode}</option>
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
              error={fieldError(error, 'regionCode')}
            >
              {(control) => (
                <select
                  {...control}
                  name="regionCode"
                  value={values.regionCode}
                  onChange={(event) => set('regionCode', event.target.value)}
                >
                  <option value="">{t('partner_form.not_specified')}</option>
                  {values.regionCode && !regions.some((region) => region.code === values.regionCode) && (
                    <option value={values.regionCode}>{names.region(values.regionCode)}</option>
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
            error={fieldError(error, 'timeZone')}
          >
            {(control) => (
              <select
                {...control}
                name="timeZone"
                value={values.timeZone}
                onChange={(event) => {
                  set('timeZone', event.target.value);
                  setIsZoneFromCountry(false);
                }}
              >
                <option value="">{t('partner_form.not_specified')}</option>
                {isRecordedZoneUnlisted && <option value={values.timeZone}>{values.timeZone}</option>}
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
              error={localProblems.latitude ?? fieldError(error, 'latitude')}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  name="latitude"
                  autoComplete="off"
                  maxLength={40}
                  value={values.latitude}
                  onChange={(event) => typeLatitude(event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('partner_form.longitude')}
              hint={t('partner_form.longitude_hint')}
              error={localProblems.longitude ?? fieldError(error, 'longitude')}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  name="longitude"
                  autoComplete="off"
                  maxLength={40}
                  value={values.longitude}
                  onChange={(event) => set('longitude', event.target.value)}
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
          error={fieldError(error, 'website')}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              name="website"
              autoComplete="off"
              maxLength={500}
              value={values.website}
              onChange={(event) => set('website', event.target.value)}
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
            error={fieldError(error, 'membershipStatus')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="membershipStatus"
                autoComplete="off"
                maxLength={200}
                value={values.membershipStatus}
                onChange={(event) => set('membershipStatus', event.target.value)}
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
            error={localProblems.memberSinceYear ?? fieldError(error, 'memberSinceYear')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                name="memberSinceYear"
                autoComplete="off"
                maxLength={4}
                value={values.memberSinceYear}
                onChange={(event) => set('memberSinceYear', event.target.value)}
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
          error={fieldError(error, 'verification')}
        >
          {(control) => (
            <CodeSelect
              control={control}
              name="verification"
              codes={verificationLevels}
              value={values.verification}
              label={verificationLabel}
              onChange={(code) => set('verification', code)}
            />
          )}
        </Field>
        <Field label={t('partner_form.notes')} error={fieldError(error, 'notes')}>
          {(control) => (
            <textarea
              {...control}
              name="notes"
              rows={4}
              maxLength={5000}
              value={values.notes}
              onChange={(event) => set('notes', event.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || reloadOutcome === 'gone'}>
          {save.isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
