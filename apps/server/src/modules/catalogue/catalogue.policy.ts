/**
 * The catalogue's rules, as pure functions: what a Thai FDA number and a juristic id look like, when a
 * certification is valid, what a product's texts cover, and who may read or change which business.
 */
import { contentLanguages, juristicLegalForms, type ContentLanguage, type LegalForm } from '@bia/contracts';
import { scopesOf, type Actor } from '../../shared/actor.ts';
import type { FieldProblem } from '../../shared/errors.ts';

const THAI_DIGITS = /[๐-๙]/g;

/** Thai digits (๐–๙) as Arabic digits: numbers copied from Thai documents often use them. */
export function arabicDigits(text: string): string {
  return text.replace(THAI_DIGITS, (digit) => String(digit.charCodeAt(0) - '๐'.charCodeAt(0)));
}

/**
 * A Thai FDA (อย.) number as its 13 digits, or null when it is not one. Accepted as written on labels,
 * `XX-X-XXXXX-X-XXXX`, or without dashes, with spaces for dashes, and with Thai digits.
 */
export function normaliseFdaNumber(text: string): string | null {
  const written = arabicDigits(text.trim()).replace(/\s*-\s*|\s+/g, '-');
  if (/^\d{13}$/.test(written)) return written;
  if (!/^\d{2}-\d-\d{5}-\d-\d{4}$/.test(written)) return null;
  return written.replaceAll('-', '');
}

/** 13 digits as a Thai FDA number is printed: `XX-X-XXXXX-X-XXXX`. */
export function formatFdaNumber(digits: string): string {
  if (!/^\d{13}$/.test(digits)) return digits;
  return `${digits.slice(0, 2)}-${digits.slice(2, 3)}-${digits.slice(3, 8)}-${digits.slice(8, 9)}-${digits.slice(9)}`;
}

/**
 * A juristic person's id (เลขทะเบียนนิติบุคคล) as its 13 digits, or null when it is not one: 13 digits
 * (dashes and spaces allowed) whose last is the check digit of the first twelve (weights 13…2, mod 11).
 */
export function normaliseJuristicId(text: string): string | null {
  const digits = arabicDigits(text).replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) return null;
  const sum = [...digits.slice(0, 12)].reduce(
    (total, digit, index) => total + Number(digit) * (13 - index),
    0,
  );
  return (11 - (sum % 11)) % 10 === Number(digits[12]) ? digits : null;
}

/** The registration number to store, or the problem with it: juristic forms need a valid juristic id. */
export function registrationNumberProblems(
  legalForm: LegalForm,
  registrationNumber: string | null,
): { value: string | null; problems: FieldProblem[] } {
  if (!registrationNumber) return { value: null, problems: [] };
  if (!juristicLegalForms.includes(legalForm)) return { value: registrationNumber, problems: [] };
  const value = normaliseJuristicId(registrationNumber);
  return value
    ? { value, problems: [] }
    : {
        value: null,
        problems: [
          {
            path: 'registrationNumber',
            code: 'invalid_juristic_id',
            messageKey: 'catalogue:errors.invalid_juristic_id',
          },
        ],
      };
}

export function priceRangeProblems(min: number | null, max: number | null): FieldProblem[] {
  return min !== null && max !== null && min > max
    ? [{ path: 'priceMinThb', code: 'above_max', messageKey: 'catalogue:errors.price_range_reversed' }]
    : [];
}

export interface CertificationFields {
  kind: string;
  yearCertified: number | null;
  validFrom: string | null;
  validUntil: string | null;
  districtCode: string | null;
  number: string | null;
  name: string | null;
}

/**
 * What each kind of certification needs: Bangkok Brand its year, end of validity and district; Thai
 * FDA a well-formed number (answered normalised); "other" a name. Validity may not end before it starts.
 */
export function certificationProblems(fields: CertificationFields): {
  number: string | null;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  let number = fields.number;
  const required = (path: keyof CertificationFields, value: unknown) => {
    if (value === null || value === undefined || value === '') {
      problems.push({ path, code: 'required', messageKey: 'errors:field.required' });
    }
  };
  if (fields.kind === 'bangkok_brand') {
    required('yearCertified', fields.yearCertified);
    required('validUntil', fields.validUntil);
    required('districtCode', fields.districtCode);
    if (
      fields.yearCertified &&
      fields.validUntil &&
      Number(fields.validUntil.slice(0, 4)) < fields.yearCertified
    ) {
      problems.push({
        path: 'validUntil',
        code: 'before_certified',
        messageKey: 'catalogue:errors.valid_until_before_certified',
      });
    }
  }
  if (fields.kind === 'thai_fda') {
    required('number', fields.number);
    if (fields.number) {
      number = normaliseFdaNumber(fields.number);
      if (!number) {
        problems.push({
          path: 'number',
          code: 'invalid_fda_number',
          messageKey: 'catalogue:errors.invalid_fda_number',
        });
      }
    }
  }
  if (fields.kind === 'other') required('name', fields.name);
  if (fields.validFrom && fields.validUntil && fields.validUntil < fields.validFrom) {
    problems.push({
      path: 'validUntil',
      code: 'before_start',
      messageKey: 'catalogue:errors.valid_until_before_from',
    });
  }
  return { number, problems };
}

/** Valid on a day: started (or no start recorded) and not yet ended (or no end). */
export function isValidOn(
  certification: { validFrom: string | null; validUntil: string | null },
  today: string,
): boolean {
  return (
    (certification.validFrom === null || certification.validFrom <= today) &&
    (certification.validUntil === null || certification.validUntil >= today)
  );
}

/** Listed publicly: a Bangkok Brand certification valid today (certified this year or before, not expired). */
export function isListedOn(
  certifications: readonly {
    kind: string;
    yearCertified: number | null;
    validFrom: string | null;
    validUntil: string | null;
  }[],
  today: string,
): boolean {
  return certifications.some(
    (certification) =>
      certification.kind === 'bangkok_brand' &&
      certification.validUntil !== null &&
      (certification.yearCertified === null || certification.yearCertified <= Number(today.slice(0, 4))) &&
      isValidOn(certification, today),
  );
}

/** Contacts are shown to partner-city readers only while consent is given and not withdrawn. */
export function hasContactConsent(entrepreneur: {
  consentGivenAt: Date | null;
  consentWithdrawnAt: Date | null;
}): boolean {
  return entrepreneur.consentGivenAt !== null && entrepreneur.consentWithdrawnAt === null;
}

const STAFF_ROLES = new Set([
  'admin',
  'iao_officer',
  'executive',
  'social_development_officer',
  'strategy_officer',
]);

export function isDistrictCode(code: string): boolean {
  return /^10(0[1-9]|[1-4]\d|50)$/.test(code);
}

/**
 * What of the catalogue an actor may read in full. `all`: staff (and department liaison officers).
 * Otherwise the businesses of the districts of their liaison roles and of their own entrepreneur roles,
 * plus, for partner-city readers and entrepreneurs, what is published (products listed today).
 */
export type CatalogueReach =
  { kind: 'all' } | { kind: 'limited'; districts: string[]; businesses: string[]; published: boolean };

export function catalogueReach(actor: Actor): CatalogueReach {
  const seesAll = actor.grants.some(
    (grant) =>
      STAFF_ROLES.has(grant.role) ||
      (grant.role === 'liaison_officer' && !(grant.scopeId && isDistrictCode(grant.scopeId))),
  );
  if (seesAll) return { kind: 'all' };
  return {
    kind: 'limited',
    districts: actor.grants.flatMap((grant) =>
      grant.role === 'liaison_officer' && grant.scopeId ? [grant.scopeId] : [],
    ),
    businesses: scopesOf(actor, 'business'),
    published: actor.grants.some((grant) =>
      ['entrepreneur', 'partner_coordinator', 'partner_buyer'].includes(grant.role),
    ),
  };
}

/** Whether the actor reads this business in full (contacts and consent included). */
export function readsInFull(reach: CatalogueReach, business: { id: string; districtCode: string }): boolean {
  return (
    reach.kind === 'all' ||
    reach.businesses.includes(business.id) ||
    reach.districts.includes(business.districtCode)
  );
}

export function canManageCatalogue(actor: Actor): boolean {
  return actor.permissions.has('catalogue:manage');
}

/**
 * Whether the actor may archive, restore or delete businesses: those who keep the catalogue
 * (catalogue:manage). An entrepreneur may edit their own business, never archive or delete it.
 */
export function canArchiveBusiness(actor: Actor): boolean {
  return canManageCatalogue(actor);
}

/** Social Development officers change any business; an entrepreneur only the business of their role. */
export function canEditBusiness(actor: Actor, entrepreneurId: string): boolean {
  if (canManageCatalogue(actor)) return true;
  return actor.permissions.has('catalogue:own') && scopesOf(actor, 'business').includes(entrepreneurId);
}

/** The texts of a product in each content language. */
export function completenessOf(
  texts: Record<'name' | 'description', Record<ContentLanguage, string | null>>,
) {
  return contentLanguages.map((language) => ({
    language,
    name: Boolean(texts.name[language]?.trim()),
    description: Boolean(texts.description[language]?.trim()),
  }));
}
