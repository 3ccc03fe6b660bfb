/**
 * The catalogue's use cases: keeping entrepreneurs, their products and certifications, the consent to
 * be contacted, inviting an entrepreneur to keep their own page, and buyers' interest. Every change runs
 * in one transaction with its audit entry, against the version the user loaded.
 */
import type {
  CertificationInput,
  CreateUserInput,
  EntrepreneurInput,
  EntrepreneurListQuery,
  InterestInput,
  InviteEntrepreneurInput,
  ProductInput,
  ProductListQuery,
  RecordConsentInput,
  UpdateCertificationInput,
  UpdateEntrepreneurInput,
  UpdateProductInput,
  User,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { scopesOf, type Actor, type RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, assertVersion, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { knownUnitCodes } from '../liaison/index.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import {
  canEditBusiness,
  canManageCatalogue,
  catalogueReach,
  certificationProblems,
  isListedOn,
  priceRangeProblems,
  readsInFull,
  registrationNumberProblems,
  type CatalogueReach,
} from './catalogue.policy.ts';
import * as repository from './catalogue.repository.ts';
import { refreshBusinessSearchDocuments, refreshSearchDocuments } from './catalogue.search.ts';
import { MAX_PHOTO_BYTES, processPhoto, type PhotoSize } from './photos.ts';

/** A product page shows a few photos; more would only slow it down. */
export const MAX_PHOTOS_PER_PRODUCT = 8;
const MAX_PHOTO_SIZE_TEXT = `${MAX_PHOTO_BYTES / 1024 / 1024} MB`;
import type {
  CertificationRow,
  EntrepreneurRow,
  ProductRow,
  ProductWithBusiness,
  ReachFilter,
} from './catalogue.repository.ts';

/** What the catalogue needs of identity to invite an entrepreneur: its account creation, as it is. */
export interface EntrepreneurInvitations {
  create(input: CreateUserInput, context: RequestContext, locale: InterfaceLocale): Promise<User>;
}

export interface CatalogueServiceDeps {
  db: Db;
  clock: Clock;
  invitations: EntrepreneurInvitations;
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;

/** A product with its certifications and whether it is listed today. */
export interface ProductView {
  product: ProductWithBusiness;
  certifications: CertificationRow[];
  isListed: boolean;
}

type Localized = {
  th?: string | null;
  en?: string | null;
  ja?: string | null;
  ko?: string | null;
  zh?: string | null;
};

function textOrNull(value: string | null | undefined): string | null {
  return value ? value : null;
}

function nameColumns(name: Localized) {
  return {
    nameTh: textOrNull(name.th),
    nameEn: textOrNull(name.en),
    nameJa: textOrNull(name.ja),
    nameKo: textOrNull(name.ko),
    nameZh: textOrNull(name.zh),
  };
}

function descriptionColumns(description: Localized) {
  return {
    descriptionTh: textOrNull(description.th),
    descriptionEn: textOrNull(description.en),
    descriptionJa: textOrNull(description.ja),
    descriptionKo: textOrNull(description.ko),
    descriptionZh: textOrNull(description.zh),
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function snapshot<T extends { createdAt?: Date; updatedAt?: Date }>(row: T) {
  const { createdAt: _created, updatedAt: _updated, ...rest } = row;
  return rest;
}

/** A product's row without the business columns a query joined to it. */
function productSnapshot(product: ProductRow | ProductWithBusiness) {
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
    ...own
  } = rest;
  return own;
}

function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

function filterOf(reach: CatalogueReach): ReachFilter | undefined {
  return reach.kind === 'all' ? undefined : reach;
}

export function createCatalogueService({ db, clock, invitations }: CatalogueServiceDeps) {
  const today = () => bangkokToday(clock.now());

  async function entrepreneurOrFail(executor: Db, id: string, options: { forUpdate?: boolean } = {}) {
    const entrepreneur = await repository.findEntrepreneur(executor, id, options);
    if (!entrepreneur) throw new AppError(catalogueErrors.entrepreneur_not_found);
    return entrepreneur;
  }

  async function productOrFail(executor: Db, id: string, options: { forUpdate?: boolean } = {}) {
    const product = await repository.findProduct(executor, id, options);
    if (!product) throw new AppError(catalogueErrors.product_not_found);
    return product;
  }

  /** The refusal for a reader who may not see a record: their district, or the published catalogue. */
  function outOfReach(reach: CatalogueReach): AppError {
    return new AppError(
      reach.kind === 'limited' && !reach.published && reach.districts.length > 0
        ? catalogueErrors.not_your_district
        : catalogueErrors.not_published,
    );
  }

  function assertEditable(actor: Actor | null, entrepreneurId: string): asserts actor is Actor {
    if (!actor || !canEditBusiness(actor, entrepreneurId))
      throw new AppError(catalogueErrors.not_your_business);
  }

  async function assertDistrict(executor: Db, code: string, path: string): Promise<void> {
    if (!(await knownUnitCodes(executor, [code])).has(code)) {
      failOn([{ path, code: 'unknown', messageKey: 'catalogue:errors.invalid_district' }]);
    }
  }

  async function assertHsCode(executor: Db, code: string): Promise<void> {
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

  async function viewsOf(rows: ProductWithBusiness[]): Promise<ProductView[]> {
    const certifications = await repository.certificationsOf(
      db,
      rows.map((row) => row.id),
    );
    const day = today();
    return rows.map((product) => {
      const own = certifications.filter((certification) => certification.productId === product.id);
      return { product, certifications: own, isListed: isListedOn(own, day) };
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

  function canReadInterests(actor: Actor, entrepreneurId: string): boolean {
    return canManageCatalogue(actor) || scopesOf(actor, 'business').includes(entrepreneurId);
  }

  return {
    today,
    canReadInterests,

    async listEntrepreneurs(actor: Actor, query: EntrepreneurListQuery) {
      return repository.searchEntrepreneurs(db, {
        reach: filterOf(catalogueReach(actor)),
        today: today(),
        text: query.q,
        districtCode: query.district,
        exportReadiness: query.exportReadiness,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
    },

    /** A business as the actor may see it: in full, or (published catalogue) without personal data. */
    async entrepreneurDetail(actor: Actor, id: string) {
      const reach = catalogueReach(actor);
      const entrepreneur = await entrepreneurOrFail(db, id);
      const isFull = readsInFull(reach, entrepreneur);
      const { rows } = await repository.searchProducts(db, {
        today: today(),
        entrepreneurId: id,
        limit: 1000,
        offset: 0,
      });
      const all = await viewsOf(rows);
      const listed = all.filter((view) => view.isListed);
      if (!isFull && !(reach.kind === 'limited' && reach.published && listed.length > 0))
        throw outOfReach(reach);
      return {
        entrepreneur,
        isFull,
        products: isFull ? all : listed,
        productCount: all.length,
        listedProductCount: listed.length,
      };
    },

    async createEntrepreneur(context: RequestContext, input: EntrepreneurInput) {
      const registration = registrationNumberProblems(input.legalForm, textOrNull(input.registrationNumber));
      failOn(registration.problems);
      return db.transaction(async (tx) => {
        await assertDistrict(tx, input.districtCode, 'districtCode');
        const entrepreneur = await repository.insertEntrepreneur(tx, {
          ...nameColumns(input.name),
          nameTh: input.name.th,
          ownerName: input.ownerName,
          legalForm: input.legalForm,
          registrationNumber: registration.value,
          districtCode: input.districtCode,
          address: textOrNull(input.address),
          email: textOrNull(input.email),
          phone: textOrNull(input.phone),
          website: textOrNull(input.website),
          lineId: textOrNull(input.lineId),
          languages: [...new Set(input.languages ?? [])],
          exportExperience: input.exportExperience ?? 'none',
          exportReadiness: input.exportReadiness ?? 'not_ready',
          productionCapacity: textOrNull(input.productionCapacity),
        });
        await recordAudit(tx, context, {
          action: 'entrepreneur.create',
          entityType: 'entrepreneur',
          entityId: entrepreneur.id,
          after: snapshot(entrepreneur),
        });
        return entrepreneur;
      });
    },

    async updateEntrepreneur(context: RequestContext, id: string, input: UpdateEntrepreneurInput) {
      assertEditable(context.actor, id);
      return db.transaction(async (tx) => {
        const before = await entrepreneurOrFail(tx, id, { forUpdate: true });
        assertVersion(input.version, before.version);
        const { version: _version, name, ...changes } = input;
        const legalForm = changes.legalForm ?? (before.legalForm as EntrepreneurInput['legalForm']);
        const registrationNumber =
          changes.registrationNumber === undefined
            ? before.registrationNumber
            : textOrNull(changes.registrationNumber);
        const registration = registrationNumberProblems(legalForm, registrationNumber);
        failOn(registration.problems);
        if (changes.districtCode) await assertDistrict(tx, changes.districtCode, 'districtCode');
        const after = await repository.updateEntrepreneur(tx, id, {
          ...definedOnly({
            ...changes,
            address: changes.address === undefined ? undefined : textOrNull(changes.address),
            email: changes.email === undefined ? undefined : textOrNull(changes.email),
            phone: changes.phone === undefined ? undefined : textOrNull(changes.phone),
            website: changes.website === undefined ? undefined : textOrNull(changes.website),
            lineId: changes.lineId === undefined ? undefined : textOrNull(changes.lineId),
            productionCapacity:
              changes.productionCapacity === undefined ? undefined : textOrNull(changes.productionCapacity),
            languages: changes.languages ? [...new Set(changes.languages)] : undefined,
          }),
          ...(name ? { ...nameColumns(name), nameTh: name.th } : {}),
          registrationNumber: registration.value,
        });
        // The business's name is part of what its products are found by.
        if (name) await refreshBusinessSearchDocuments(tx, id);
        await recordAudit(tx, context, {
          action: 'entrepreneur.update',
          entityType: 'entrepreneur',
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      });
    },

    /** Records that the business agreed to be contacted by partner-city businesses (PDPA). */
    async recordConsent(context: RequestContext, id: string, input: RecordConsentInput) {
      assertEditable(context.actor, id);
      const actor = context.actor;
      const now = clock.now();
      const givenAt = input.givenAt ? new Date(input.givenAt) : now;
      if (givenAt > now) {
        failOn([{ path: 'givenAt', code: 'in_future', messageKey: 'catalogue:errors.consent_in_future' }]);
      }
      return db.transaction(async (tx) => {
        const before = await entrepreneurOrFail(tx, id, { forUpdate: true });
        assertVersion(input.version, before.version);
        const after = await repository.updateEntrepreneur(tx, id, {
          consentGivenAt: givenAt,
          consentMethod: input.method,
          consentRecordedBy: actor.userId,
          consentWithdrawnAt: null,
        });
        await recordAudit(tx, context, {
          action: 'entrepreneur.consent_given',
          entityType: 'entrepreneur',
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      });
    },

    /** Withdraws consent: from this moment partner-city readers no longer see the contact details. */
    async withdrawConsent(context: RequestContext, id: string, version: number) {
      assertEditable(context.actor, id);
      return db.transaction(async (tx) => {
        const before = await entrepreneurOrFail(tx, id, { forUpdate: true });
        assertVersion(version, before.version);
        if (!before.consentGivenAt || before.consentWithdrawnAt)
          throw new AppError(catalogueErrors.consent_not_given);
        const after = await repository.updateEntrepreneur(tx, id, { consentWithdrawnAt: clock.now() });
        await recordAudit(tx, context, {
          action: 'entrepreneur.consent_withdrawn',
          entityType: 'entrepreneur',
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      });
    },

    /**
     * Invites someone to keep the business's page: an account with the entrepreneur role scoped to this
     * business, created (and e-mailed an invitation to set a password) by identity's own mechanism.
     */
    async invite(
      context: RequestContext,
      id: string,
      input: InviteEntrepreneurInput,
      locale: InterfaceLocale,
    ) {
      const entrepreneur = await entrepreneurOrFail(db, id);
      const user = await invitations.create(
        {
          email: input.email,
          displayName: input.displayName ?? entrepreneur.ownerName,
          locale: input.locale ?? 'th',
          roles: [{ role: 'entrepreneur', scopeId: id }],
        },
        context,
        locale,
      );
      await recordAudit(db, context, {
        action: 'entrepreneur.invite',
        entityType: 'entrepreneur',
        entityId: id,
        after: { userId: user.id, email: user.email },
      });
      return user;
    },

    async listProducts(actor: Actor, query: ProductListQuery) {
      const { rows, total } = await repository.searchProducts(db, {
        reach: filterOf(catalogueReach(actor)),
        today: today(),
        entrepreneurId: query.entrepreneur,
        category: query.category,
        districtCode: query.district,
        listed: query.listed === undefined ? undefined : query.listed === 'yes',
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: await viewsOf(rows), total };
    },

    productDetail: readableProduct,

    /** The products listed publicly today (a Bangkok Brand certification valid in Bangkok's calendar). */
    async listedToday(
      page: { limit: number; offset: number } = { limit: 50, offset: 0 },
    ): Promise<ProductView[]> {
      return viewsOf(await repository.listedToday(db, today(), page));
    },

    async createProduct(context: RequestContext, entrepreneurId: string, input: ProductInput) {
      assertEditable(context.actor, entrepreneurId);
      failOn(priceRangeProblems(input.priceMinThb ?? null, input.priceMaxThb ?? null));
      return db.transaction(async (tx) => {
        const entrepreneur = await entrepreneurOrFail(tx, entrepreneurId);
        await assertHsCode(tx, input.hsCode);
        const product = await repository.insertProduct(tx, {
          entrepreneurId,
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
          isSample: entrepreneur.isSample,
        });
        await refreshSearchDocuments(tx, [product.id]);
        await recordAudit(tx, context, {
          action: 'product.create',
          entityType: 'product',
          entityId: product.id,
          after: productSnapshot(product),
        });
        return product;
      });
    },

    async updateProduct(context: RequestContext, id: string, input: UpdateProductInput) {
      return db.transaction(async (tx) => {
        const before = await productOrFail(tx, id, { forUpdate: true });
        assertEditable(context.actor, before.entrepreneurId);
        assertVersion(input.version, before.version);
        const { version: _version, name, description, ...changes } = input;
        failOn(
          priceRangeProblems(
            changes.priceMinThb === undefined ? before.priceMinThb : changes.priceMinThb,
            changes.priceMaxThb === undefined ? before.priceMaxThb : changes.priceMaxThb,
          ),
        );
        if (changes.hsCode) await assertHsCode(tx, changes.hsCode);
        const after = await repository.updateProduct(tx, id, {
          ...definedOnly({
            ...changes,
            minimumOrderUnit:
              changes.minimumOrderUnit === undefined ? undefined : textOrNull(changes.minimumOrderUnit),
            packaging: changes.packaging === undefined ? undefined : textOrNull(changes.packaging),
          }),
          ...(name ? { ...nameColumns(name), nameTh: name.th } : {}),
          ...(description ? descriptionColumns(description) : {}),
        });
        await refreshSearchDocuments(tx, [id]);
        await recordAudit(tx, context, {
          action: 'product.update',
          entityType: 'product',
          entityId: id,
          before: productSnapshot(before),
          after: productSnapshot(after),
        });
        return after;
      });
    },

    /** Deletes a product entered by mistake, with its certifications; one that buyers asked about is kept. */
    async deleteProduct(context: RequestContext, id: string, version: number) {
      await db.transaction(async (tx) => {
        const before = await productOrFail(tx, id, { forUpdate: true });
        assertEditable(context.actor, before.entrepreneurId);
        assertVersion(version, before.version);
        if ((await repository.countInterests(tx, id)) > 0)
          throw new AppError(catalogueErrors.product_has_interests);
        await repository.deleteProduct(tx, id);
        await recordAudit(tx, context, {
          action: 'product.delete',
          entityType: 'product',
          entityId: id,
          before: productSnapshot(before),
        });
      });
    },

    async addCertification(context: RequestContext, productId: string, input: CertificationInput) {
      return db.transaction(async (tx) => {
        const product = await productOrFail(tx, productId, { forUpdate: true });
        assertEditable(context.actor, product.entrepreneurId);
        if (input.kind === 'bangkok_brand' && !canManageCatalogue(context.actor)) {
          throw new AppError(catalogueErrors.bangkok_brand_managed_only);
        }
        const fields = {
          kind: input.kind,
          yearCertified: input.yearCertified ?? null,
          validFrom: input.validFrom ?? null,
          validUntil: input.validUntil ?? null,
          districtCode: input.districtCode ?? null,
          number: textOrNull(input.number),
          name: textOrNull(input.name),
        };
        const checked = certificationProblems(fields);
        failOn(checked.problems);
        if (fields.districtCode) await assertDistrict(tx, fields.districtCode, 'districtCode');
        const certification = await repository.insertCertification(tx, {
          productId,
          ...fields,
          number: checked.number,
          issuer: textOrNull(input.issuer),
          isSample: product.isSample,
        });
        await recordAudit(tx, context, {
          action: 'certification.create',
          entityType: 'certification',
          entityId: certification.id,
          after: snapshot(certification),
        });
        return certification;
      });
    },

    async updateCertification(
      context: RequestContext,
      productId: string,
      id: string,
      input: UpdateCertificationInput,
    ) {
      return db.transaction(async (tx) => {
        const product = await productOrFail(tx, productId, { forUpdate: true });
        assertEditable(context.actor, product.entrepreneurId);
        const before = await repository.findCertification(tx, productId, id);
        if (!before) throw new AppError(catalogueErrors.certification_not_found);
        if (before.kind === 'bangkok_brand' && !canManageCatalogue(context.actor)) {
          throw new AppError(catalogueErrors.bangkok_brand_managed_only);
        }
        assertVersion(input.version, before.version);
        const { version: _version, ...changes } = input;
        const merged = {
          kind: before.kind,
          yearCertified: changes.yearCertified === undefined ? before.yearCertified : changes.yearCertified,
          validFrom: changes.validFrom === undefined ? before.validFrom : changes.validFrom,
          validUntil: changes.validUntil === undefined ? before.validUntil : changes.validUntil,
          districtCode: changes.districtCode === undefined ? before.districtCode : changes.districtCode,
          number: changes.number === undefined ? before.number : textOrNull(changes.number),
          name: changes.name === undefined ? before.name : textOrNull(changes.name),
        };
        const checked = certificationProblems(merged);
        failOn(checked.problems);
        if (changes.districtCode) await assertDistrict(tx, changes.districtCode, 'districtCode');
        const after = await repository.updateCertification(tx, id, {
          ...merged,
          number: checked.number,
          issuer: changes.issuer === undefined ? before.issuer : textOrNull(changes.issuer),
        });
        await recordAudit(tx, context, {
          action: 'certification.update',
          entityType: 'certification',
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      });
    },

    async removeCertification(context: RequestContext, productId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        const product = await productOrFail(tx, productId, { forUpdate: true });
        assertEditable(context.actor, product.entrepreneurId);
        const before = await repository.findCertification(tx, productId, id);
        if (!before) throw new AppError(catalogueErrors.certification_not_found);
        if (before.kind === 'bangkok_brand' && !canManageCatalogue(context.actor)) {
          throw new AppError(catalogueErrors.bangkok_brand_managed_only);
        }
        assertVersion(version, before.version);
        await repository.deleteCertification(tx, id);
        await recordAudit(tx, context, {
          action: 'certification.delete',
          entityType: 'certification',
          entityId: id,
          before: snapshot(before),
        });
      });
    },

    /** A buyer (or coordinator) of a partner city tells the business they are interested in a product. */
    async expressInterest(context: RequestContext, productId: string, input: InterestInput) {
      const actor = context.actor;
      if (!actor) throw new AppError(commonErrors.unauthenticated);
      await readableProduct(actor, productId);
      return db.transaction(async (tx) => {
        const interest = await repository.insertInterest(tx, {
          productId,
          buyerUserId: actor.userId,
          buyerName: actor.displayName,
          partnerId: scopesOf(actor, 'partner')[0] ?? null,
          message: textOrNull(input.message),
        });
        await recordAudit(tx, context, {
          action: 'product_interest.create',
          entityType: 'product_interest',
          entityId: interest.id,
          after: interest,
        });
        return interest;
      });
    },

    async interests(actor: Actor, productId: string) {
      const product = await productOrFail(db, productId);
      if (!canReadInterests(actor, product.entrepreneurId))
        throw new AppError(catalogueErrors.interests_not_yours);
      return repository.listInterests(db, productId);
    },

    /** Checks, cleans and resizes a photo (photos.ts), then keeps it after the product's others. */
    async addPhoto(context: RequestContext, productId: string, file: File) {
      const product = await productOrFail(db, productId);
      assertEditable(context.actor, product.entrepreneurId);
      const processed = await processPhoto(new Uint8Array(await file.arrayBuffer()));
      if (!processed.ok) {
        if (processed.problem === 'too_large')
          throw new AppError(catalogueErrors.photo_too_large, [], { max: MAX_PHOTO_SIZE_TEXT });
        throw new AppError(
          processed.problem === 'not_an_image'
            ? catalogueErrors.photo_not_an_image
            : catalogueErrors.photo_unreadable,
        );
      }
      const variant = (size: PhotoSize) => {
        const found = processed.variants.find((candidate) => candidate.size === size);
        if (!found) throw new Error(`processPhoto made no ${size} size`);
        return found.bytes;
      };
      return db.transaction(async (tx) => {
        const existing = await repository.photosOf(tx, [productId], { forUpdate: true });
        if (existing.length >= MAX_PHOTOS_PER_PRODUCT)
          throw new AppError(catalogueErrors.too_many_photos, [], { max: MAX_PHOTOS_PER_PRODUCT });
        const photo = await repository.insertPhoto(tx, {
          productId,
          position: Math.max(-1, ...existing.map((row) => row.position)) + 1,
          sourceType: processed.sourceType,
          width: processed.width,
          height: processed.height,
          thumb: variant('thumb'),
          card: variant('card'),
          full: variant('full'),
          isSample: product.isSample,
        });
        await recordAudit(tx, context, {
          action: 'product_photo.create',
          entityType: 'product',
          entityId: productId,
          after: {
            photoId: photo.id,
            sourceType: photo.sourceType,
            width: photo.width,
            height: photo.height,
          },
        });
        return photo;
      });
    },

    async removePhoto(context: RequestContext, productId: string, photoId: string) {
      const product = await productOrFail(db, productId);
      assertEditable(context.actor, product.entrepreneurId);
      return db.transaction(async (tx) => {
        const [photo] = (await repository.photosOf(tx, [productId], { forUpdate: true })).filter(
          (row) => row.id === photoId,
        );
        if (!photo) throw new AppError(catalogueErrors.photo_not_found);
        await repository.deletePhoto(tx, photoId);
        await recordAudit(tx, context, {
          action: 'product_photo.delete',
          entityType: 'product',
          entityId: productId,
          before: { photoId, sourceType: photo.sourceType, width: photo.width, height: photo.height },
        });
      });
    },

    /** The photos of a product the actor may read, without their bytes. */
    async photos(actor: Actor, productId: string) {
      await readableProduct(actor, productId);
      return repository.photosOf(db, [productId]);
    },

    /**
     * One size of a photo: to anyone while its product is listed, else to those who may read the
     * product. An unknown photo and one the reader may not see answer alike (404).
     */
    async photoFile(actor: Actor | null, photoId: string, size: PhotoSize) {
      const photo = await repository.photoWithBytes(db, photoId, size);
      if (!photo) throw new AppError(catalogueErrors.photo_not_found);
      const [view] = await viewsOf([await productOrFail(db, photo.productId)]);
      if (view?.isListed) return { bytes: photo.bytes, isPublic: true };
      if (!actor) throw new AppError(catalogueErrors.photo_not_found);
      try {
        await readableProduct(actor, photo.productId);
      } catch {
        throw new AppError(catalogueErrors.photo_not_found);
      }
      return { bytes: photo.bytes, isPublic: false };
    },
  };
}

export type { EntrepreneurRow };
