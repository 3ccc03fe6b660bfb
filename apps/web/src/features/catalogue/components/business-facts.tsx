/**
 * A business's facts as its reader may see them. Where the contact details are withheld (a partner-city
 * reader, and the business has not consented to be contacted), the rows that would hold them are left
 * out and one row says why, instead of a row per withheld fact saying "not recorded".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref, type EntrepreneurDetail } from '@bia/contracts';
import { ExternalLink } from '../../../components/external-link.tsx';
import { useLanguageNames } from '../../../lib/languages.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useExportExperienceLabel, useLegalFormLabel } from '../hooks/use-labels.ts';

export function BusinessFacts({ business }: { business: EntrepreneurDetail }) {
  const { t } = useTranslation('catalogue_pages');
  const legalFormLabel = useLegalFormLabel();
  const experienceLabel = useExportExperienceLabel();
  const languageName = useLanguageNames();
  const districtNames = useDistrictNames();
  const headingId = useId();
  const notRecorded = <span className="biz-muted">{t('business.not_recorded')}</span>;
  const otherNames = (['th', 'en', 'ja', 'ko', 'zh'] as const).filter((language) => business.name[language]);

  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('business.facts')}</h2>
      <dl className="biz-facts">
        <div className="biz-facts__wide">
          <dt>{t('business.names')}</dt>
          <dd>
            <ul className="biz-plain-list">
              {otherNames.map((language) => (
                <li key={language}>
                  <span className="biz-muted">{languageName(language)}:</span>{' '}
                  <span lang={language}>{business.name[language]}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {!business.contactsHidden && (
          <div>
            <dt>{t('business_form.owner_name')}</dt>
            <dd>{business.ownerName ?? notRecorded}</dd>
          </div>
        )}
        <div>
          <dt>{t('business_form.legal_form')}</dt>
          <dd>{legalFormLabel(business.legalForm)}</dd>
        </div>
        <div>
          <dt>{t('business_form.registration_number')}</dt>
          <dd>{business.registrationNumber ?? notRecorded}</dd>
        </div>
        <div>
          <dt>{t('business_form.district')}</dt>
          <dd>{districtNames.nameOf(business.districtCode)}</dd>
        </div>
        {business.contactsHidden ? (
          <div className="biz-facts__wide">
            <dt>{t('business.contacts')}</dt>
            <dd>{t('business.contacts_hidden')}</dd>
          </div>
        ) : (
          <>
            <div className="biz-facts__wide">
              <dt>{t('business_form.address')}</dt>
              <dd className="biz-prewrap">{business.address ?? notRecorded}</dd>
            </div>
            <div>
              <dt>{t('business_form.email')}</dt>
              <dd>
                {business.email ? <a href={`mailto:${business.email}`}>{business.email}</a> : notRecorded}
              </dd>
            </div>
            <div>
              <dt>{t('business_form.phone')}</dt>
              <dd>{business.phone ? <a href={telHref(business.phone)}>{business.phone}</a> : notRecorded}</dd>
            </div>
            <div>
              <dt>{t('business_form.website')}</dt>
              <dd>
                {business.website ? (
                  <ExternalLink href={business.website} newTabText={t('business.new_tab')} />
                ) : (
                  notRecorded
                )}
              </dd>
            </div>
            <div>
              <dt>{t('business_form.line_id')}</dt>
              <dd>{business.lineId ?? notRecorded}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('business_form.languages')}</dt>
          <dd>
            {business.languages.length > 0
              ? business.languages.map((code) => languageName(code)).join(', ')
              : notRecorded}
          </dd>
        </div>
        <div>
          <dt>{t('business_form.export_experience')}</dt>
          <dd>{experienceLabel(business.exportExperience)}</dd>
        </div>
        <div className="biz-facts__wide">
          <dt>{t('business_form.production_capacity')}</dt>
          <dd className="biz-prewrap">{business.productionCapacity ?? notRecorded}</dd>
        </div>
      </dl>
    </section>
  );
}
