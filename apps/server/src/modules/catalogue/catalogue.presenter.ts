/** Catalogue records as the API answers them. */
import {
  certificationKinds,
  consentMethods,
  exportExperiences,
  exportReadinessLevels,
  legalForms,
  productCategories,
  type Certification,
  type Consent,
  type EntrepreneurDetail,
  type EntrepreneurSummary,
  type Interest,
  type LocalizedName,
  type OptionalLocalized,
  type Product,
  type ProductTerms,
} from '@bia/contracts';
import { known } from '../../shared/records.ts';
import { formatFdaNumber, hasContactConsent, completenessOf, isValidOn } from './catalogue.policy.ts';
import type {
  CertificationRow,
  EntrepreneurRow,
  EntrepreneurWithCounts,
  InterestRow,
} from './catalogue.repository.ts';
import type { ProductView } from './catalogue.service.ts';

export function localizedName(row: {
  nameTh: string;
  nameEn: string | null;
  nameJa: string | null;
  nameKo: string | null;
  nameZh: string | null;
}): LocalizedName {
  return { th: row.nameTh, en: row.nameEn, ja: row.nameJa, ko: row.nameKo, zh: row.nameZh };
}

export function localizedDescription(row: {
  descriptionTh: string | null;
  descriptionEn: string | null;
  descriptionJa: string | null;
  descriptionKo: string | null;
  descriptionZh: string | null;
}): OptionalLocalized {
  return {
    th: row.descriptionTh,
    en: row.descriptionEn,
    ja: row.descriptionJa,
    ko: row.descriptionKo,
    zh: row.descriptionZh,
  };
}

/** A product's terms, shown alike in the catalogue and the public catalogue. */
export function presentProductTerms(
  product: Omit<ProductTerms, 'category'> & { category: string },
): ProductTerms {
  return {
    category: known(productCategories, product.category, 'product category'),
    hsCode: product.hsCode,
    priceMinThb: product.priceMinThb,
    priceMaxThb: product.priceMaxThb,
    minimumOrderQuantity: product.minimumOrderQuantity,
    minimumOrderUnit: product.minimumOrderUnit,
    leadTimeDays: product.leadTimeDays,
    shelfLifeDays: product.shelfLifeDays,
  };
}

export function presentCertification(certification: CertificationRow, today: string): Certification {
  return {
    id: certification.id,
    kind: known(certificationKinds, certification.kind, 'certification kind'),
    yearCertified: certification.yearCertified,
    validFrom: certification.validFrom,
    validUntil: certification.validUntil,
    districtCode: certification.districtCode,
    number:
      certification.kind === 'thai_fda' && certification.number
        ? formatFdaNumber(certification.number)
        : certification.number,
    name: certification.name,
    issuer: certification.issuer,
    isValidToday: isValidOn(certification, today),
    version: certification.version,
  };
}

export interface ProductAbilities {
  edit: boolean;
  readInterests: boolean;
  expressInterest: boolean;
}

export function presentProduct(view: ProductView, today: string, can: ProductAbilities): Product {
  const { product } = view;
  const description = localizedDescription(product);
  const name = localizedName(product);
  return {
    id: product.id,
    entrepreneurId: product.entrepreneurId,
    entrepreneurName: {
      th: product.entrepreneurNameTh,
      en: product.entrepreneurNameEn,
      ja: product.entrepreneurNameJa,
      ko: product.entrepreneurNameKo,
      zh: product.entrepreneurNameZh,
    },
    districtCode: product.districtCode,
    name,
    description,
    ...presentProductTerms(product),
    packaging: product.packaging,
    completeness: completenessOf({ name, description }),
    isListed: view.isListed,
    isBusinessArchived: product.entrepreneurArchivedAt !== null,
    certifications: view.certifications.map((certification) => presentCertification(certification, today)),
    isSample: product.isSample,
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
    can: { ...can, expressInterest: can.expressInterest && view.isListed },
  };
}

export function presentEntrepreneurSummary(entrepreneur: EntrepreneurWithCounts): EntrepreneurSummary {
  return {
    id: entrepreneur.id,
    name: localizedName(entrepreneur),
    legalForm: known(legalForms, entrepreneur.legalForm, 'legal form'),
    districtCode: entrepreneur.districtCode,
    languages: entrepreneur.languages,
    exportExperience: known(exportExperiences, entrepreneur.exportExperience, 'export experience'),
    exportReadiness: known(exportReadinessLevels, entrepreneur.exportReadiness, 'export readiness'),
    productCount: entrepreneur.productCount,
    listedProductCount: entrepreneur.listedProductCount,
    isSample: entrepreneur.isSample,
    archivedAt: entrepreneur.archivedAt?.toISOString() ?? null,
  };
}

export function presentConsent(entrepreneur: EntrepreneurRow): Consent {
  return {
    state: entrepreneur.consentWithdrawnAt ? 'withdrawn' : entrepreneur.consentGivenAt ? 'given' : 'none',
    givenAt: entrepreneur.consentGivenAt?.toISOString() ?? null,
    method: entrepreneur.consentMethod
      ? known(consentMethods, entrepreneur.consentMethod, 'consent method')
      : null,
    recordedBy: entrepreneur.consentRecordedBy,
    withdrawnAt: entrepreneur.consentWithdrawnAt?.toISOString() ?? null,
  };
}

export interface EntrepreneurDetailParts {
  entrepreneur: EntrepreneurRow;
  /** The reader sees the business in full (staff, its district's liaison officer, the business itself). */
  isFull: boolean;
  products: Product[];
  productCount: number;
  listedProductCount: number;
}

/**
 * A business. Readers of the published catalogue (partner cities, other businesses) see its contact
 * details and owner only while it consents to be contacted, and never the consent record itself.
 */
export function presentEntrepreneurDetail(
  parts: EntrepreneurDetailParts,
  can: EntrepreneurDetail['can'],
): EntrepreneurDetail {
  const { entrepreneur, isFull } = parts;
  const showContacts = isFull || hasContactConsent(entrepreneur);
  const contact = <T>(value: T | null): T | null => (showContacts ? value : null);
  return {
    ...presentEntrepreneurSummary({
      ...entrepreneur,
      productCount: parts.productCount,
      listedProductCount: parts.listedProductCount,
    }),
    ownerName: contact(entrepreneur.ownerName),
    registrationNumber: entrepreneur.registrationNumber,
    address: contact(entrepreneur.address),
    email: contact(entrepreneur.email),
    phone: contact(entrepreneur.phone),
    website: contact(entrepreneur.website),
    lineId: contact(entrepreneur.lineId),
    contactsHidden: !showContacts,
    productionCapacity: entrepreneur.productionCapacity,
    consent: isFull ? presentConsent(entrepreneur) : null,
    archiveReason: entrepreneur.archiveReason,
    version: entrepreneur.version,
    createdAt: entrepreneur.createdAt.toISOString(),
    updatedAt: entrepreneur.updatedAt.toISOString(),
    products: parts.products,
    can,
  };
}

export function presentInterest(interest: InterestRow): Interest {
  return {
    id: interest.id,
    productId: interest.productId,
    buyerUserId: interest.buyerUserId,
    buyerName: interest.buyerName,
    partnerId: interest.partnerId,
    message: interest.message,
    createdAt: interest.createdAt.toISOString(),
  };
}
