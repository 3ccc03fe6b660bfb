/**
 * What the catalogue's services and its import share: the columns of a text kept in every language, of a
 * business and of a product, how a record is
 * kept in the audit trail, finding a record or failing, who may change a business, the codes a change
 * may name, and how a product is seen (its certifications, whether it is listed today, who may read it).
 */
import type { EntrepreneurInput, ProductInput } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { textOrNull } from '../../shared/text.ts';
import { knownUnitCodes } from '../liaison/index.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import {
  canEditBusiness,
  catalogueReach,
  isListedOn,
  readsInFull,
  type CatalogueReach,
} from './catalogue.policy.ts';
import * as repository from './catalogue.repository.ts';
import type {
  CertificationRow,
  EntrepreneurRow,
  ProductRow,
  ProductWithBusiness,
  ReachFilter,
} from './catalogue.repository.ts';

/** A product with its certifications and whether it is listed today. */
export interface ProductView {
  product: ProductWithBusiness;
  certifications: CertificationRow[];
  isListed: boolean;
}

export type Localized = {
  th?: string | null;
  en?: string | null;
  ja?: string | null;
  ko?: string | null;
  zh?: string | null;
};

export function nameColumns(name: Localized) {
  return {
    nameTh: textOrNull(name.th),
    nameEn: textOrNull(name.en),
    nameJa: textOrNull(name.ja),
    nameKo: textOrNull(name.ko),
    nameZh: textOrNull(name.zh),
  };
}

export function descriptionColumns(description: Localized) {
  return {
    descriptionTh: textOrNull(description.th),
    descriptionEn: textOrNull(description.en),
    descriptionJa: textOrNull(description.ja),
    descriptionKo: textOrNull(description.ko),
    descriptionZh: textOrNull(description.zh),
  };
}

/**
 * A business's columns from the form's input (or an imported row's), with its checked registration
 * number. What the input leaves out stays undefined: an import compares only what a row gives.
 */
export function businessColumns(input: EntrepreneurInput, registrationNumber: string | null) {
  return {
    ...nameColumns(input.name),
    nameTh: input.name.th,
    ownerName: input.ownerName,
    legalForm: input.legalForm,
    registrationNumber,
    districtCode: input.districtCode,
    address: textOrNull(input.address),
    email: textOrNull(input.email),
    phone: textOrNull(input.phone),
    website: textOrNull(input.website),
    lineId: textOrNull(input.lineId),
    languages: input.languages ? [...new Set(input.languages)] : undefined,
    exportExperience: input.exportExperience,
    exportReadiness: input.exportReadiness,
    productionCapacity: textOrNull(input.productionCapacity),
  };
}

/** A new business's columns: what the input left out takes the form's defaults. */
export function newBusinessColumns(columns: ReturnType<typeof businessColumns>) {
  return {
    ...columns,
    languages: columns.languages ?? [],
    exportExperience: columns.exportExperience ?? 'none',
    exportReadiness: columns.exportReadiness ?? 'not_ready',
  };
}

/** A product's own columns from the form's input (or an imported row's). */
export function productColumns(input: ProductInput) {
  return {
    ...nameColumns(input.name),
    nameTh: input.name.th,
    ...descriptionColumns(input.description ?? {}),
    category: input.category,
    hsCode: input.hsCode,
    priceMinThb: input.priceMinThb ?? null,
    priceMaxThb: input.priceMaxThb ?? null,
    minimumOrderQuantity: input.minimumOrderQuantity ?? null,
    minimumOrderUnit: textOrNull(input.minimumOrderUnit),
    leadTimeDays: input.leadTimeDays ?? null,
    shelfLifeDays: input.shelfLifeDays ?? null,
    packaging: textOrNull(input.packaging),
  };
}

/** A product's row without the business columns a query joined to it. */
export function productSnapshot(product: ProductRow | ProductWithBusiness) {
  const {
    createdAt: _created,
    updatedAt: _updated,
    ...rest
  } = product as ProductRow & Partial<ProductWithBusiness>;
  const {
    entrepreneurNameTh: _th,
    entrepreneurNameEn: _en,
    entrepreneurNameJa: _ja,
    entrepreneurNameKo: _ko,
    entrepreneurNameZh: _zh,
    districtCode: _district,
    entrepreneurArchivedAt: _archived,
    ...own
  } = rest;
  return own;
}

export function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

export function filterOf(reach: CatalogueReach): ReachFilter | undefined {
  return reach.kind === 'all' ? undefined : reach;
}

export async function entrepreneurOrFail(
  executor: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntrepreneurRow> {
  const entrepreneur = await repository.findEntrepreneur(executor, id, options);
  if (!entrepreneur) throw new AppError(catalogueErrors.entrepreneur_not_found);
  return entrepreneur;
}

export async function productOrFail(
  executor: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProductWithBusiness> {
  const product = await repository.findProduct(executor, id, options);
  if (!product) throw new AppError(catalogueErrors.product_not_found);
  return product;
}

/** The refusal for a reader who may not see a record: their district, or the published catalogue. */
export function outOfReach(reach: CatalogueReach): AppError {
  return new AppError(
    reach.kind === 'limited' && !reach.published && reach.districts.length > 0
      ? catalogueErrors.not_your_district
      : catalogueErrors.not_published,
  );
}

export function assertEditable(actor: Actor | null, entrepreneurId: string): asserts actor is Actor {
  if (!actor || !canEditBusiness(actor, entrepreneurId))
    throw new AppError(catalogueErrors.not_your_business);
}

export async function assertDistrict(executor: Db, code: string, path: string): Promise<void> {
  if (!(await knownUnitCodes(executor, [code])).has(code)) {
    failOn([{ path, code: 'unknown', messageKey: 'catalogue:errors.invalid_district' }]);
  }
}

export async function assertHsCode(executor: Db, code: string): Promise<void> {
  const level = await repository.hsCodeLevel(executor, code);
  if (level === undefined) {
    failOn([
      { path: 'hsCode', code: 'unknown', messageKey: 'catalogue:errors.unknown_hs_code', params: { code } },
    ]);
  }
  if (level !== 4 && level !== 6) {
    failOn([{ path: 'hsCode', code: 'too_broad', messageKey: 'catalogue:errors.hs_code_too_broad' }]);
  }
}

/** How products are seen: with their certifications, listed or not today, and by whom. */
export function createProductViews({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => bangkokToday(clock.now());

  async function viewsOf(rows: ProductWithBusiness[]): Promise<ProductView[]> {
    const certifications = await repository.certificationsOf(
      db,
      rows.map((row) => row.id),
    );
    const day = today();
    return rows.map((product) => {
      const own = certifications.filter((certification) => certification.productId === product.id);
      // An archived business's products are not listed, whatever their certifications.
      const isListed = product.entrepreneurArchivedAt === null && isListedOn(own, day);
      return { product, certifications: own, isListed };
    });
  }

  async function readableProduct(actor: Actor, id: string): Promise<ProductView> {
    const product = await productOrFail(db, id);
    const [view] = await viewsOf([product]);
    if (!view) throw new AppError(catalogueErrors.product_not_found);
    const reach = catalogueReach(actor);
    const business = { id: product.entrepreneurId, districtCode: product.districtCode };
    if (!readsInFull(reach, business) && !(reach.kind === 'limited' && reach.published && view.isListed)) {
      throw outOfReach(reach);
    }
    return view;
  }

  return { today, viewsOf, readableProduct };
}

export type ProductViews = ReturnType<typeof createProductViews>;
