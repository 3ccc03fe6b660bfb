/**
 * The catalogue's products: finding them, keeping their records, and buyers' interest in them. Every
 * change is audited in one transaction against the version the user loaded. Composed into the
 * catalogue service.
 */
import type { InterestInput, ProductInput, ProductListQuery, UpdateProductInput } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { scopesOf, type Actor, type RequestContext } from '../../shared/actor.ts';
import { AppError, commonErrors } from '../../shared/errors.ts';
import { textOrNull, textOrNullIfSent } from '../../shared/text.ts';
import { definedOnly } from '../../shared/records.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import {
  assertEditable,
  assertHsCode,
  descriptionColumns,
  entrepreneurOrFail,
  failOn,
  filterOf,
  nameColumns,
  productColumns,
  productOrFail,
  productSnapshot,
  type ProductView,
  type ProductViews,
} from './catalogue.checks.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import { canManageCatalogue, catalogueReach, priceRangeProblems } from './catalogue.policy.ts';
import * as repository from './catalogue.repository.ts';
import type { ProductRow } from './catalogue.repository.ts';
import { refreshSearchDocuments } from './catalogue.search-documents.ts';

const audited = { entityType: 'product', snapshot: productSnapshot } as const;

export function createProductsService({ db, views }: { db: Db; views: ProductViews }) {
  const { today, viewsOf, readableProduct } = views;

  function canReadInterests(actor: Actor, entrepreneurId: string): boolean {
    return canManageCatalogue(actor) || scopesOf(actor, 'business').includes(entrepreneurId);
  }

  /** The product, locked, when the actor may change its business's records. */
  function lockProduct(context: RequestContext, id: string) {
    return async (executor: Db) => {
      const product = await productOrFail(executor, id, { forUpdate: true });
      assertEditable(context.actor, product.entrepreneurId);
      return product;
    };
  }

  return {
    canReadInterests,

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
        return createAudited(tx, context, {
          ...audited,
          action: 'product.create',
          entityId: (product) => product.id,
          insert: async (executor) => {
            const product = await repository.insertProduct(executor, {
              entrepreneurId,
              ...productColumns(input),
              isSample: entrepreneur.isSample,
            });
            await refreshSearchDocuments(executor, [product.id]);
            return product;
          },
        });
      });
    },

    async updateProduct(context: RequestContext, id: string, input: UpdateProductInput) {
      const { version, name, description, ...changes } = input;
      return db.transaction(async (tx) => {
        // The product is locked with its business's columns; what is written is the product's own row.
        const { after } = await updateAudited<ProductRow>(tx, context, {
          ...audited,
          action: 'product.update',
          entityId: id,
          expectedVersion: version,
          lock: lockProduct(context, id),
          write: async (executor, before) => {
            failOn(
              priceRangeProblems(
                changes.priceMinThb === undefined ? before.priceMinThb : changes.priceMinThb,
                changes.priceMaxThb === undefined ? before.priceMaxThb : changes.priceMaxThb,
              ),
            );
            if (changes.hsCode) await assertHsCode(executor, changes.hsCode);
            const saved = await repository.updateProduct(executor, id, {
              ...definedOnly({
                ...changes,
                minimumOrderUnit: textOrNullIfSent(changes.minimumOrderUnit),
                packaging: textOrNullIfSent(changes.packaging),
              }),
              ...(name ? { ...nameColumns(name), nameTh: name.th } : {}),
              ...(description ? descriptionColumns(description) : {}),
            });
            await refreshSearchDocuments(executor, [id]);
            return saved;
          },
        });
        return after;
      });
    },

    /** Deletes a product entered by mistake, with its certifications; one that buyers asked about is kept. */
    async deleteProduct(context: RequestContext, id: string, version: number) {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'product.delete',
          entityId: id,
          expectedVersion: version,
          lock: lockProduct(context, id),
          remove: async (executor) => {
            if ((await repository.countInterests(executor, id)) > 0)
              throw new AppError(catalogueErrors.product_has_interests);
            await repository.deleteProduct(executor, id);
          },
        });
      });
    },

    /** A buyer (or coordinator) of a partner city tells the business they are interested in a product. */
    async expressInterest(context: RequestContext, productId: string, input: InterestInput) {
      const actor = context.actor;
      if (!actor) throw new AppError(commonErrors.unauthenticated);
      await readableProduct(actor, productId);
      return db.transaction(async (tx) =>
        createAudited(tx, context, {
          action: 'product_interest.create',
          entityType: 'product_interest',
          entityId: (interest) => interest.id,
          snapshot: (interest) => interest,
          insert: (executor: Db) =>
            repository.insertInterest(executor, {
              productId,
              buyerUserId: actor.userId,
              buyerName: actor.displayName,
              partnerId: scopesOf(actor, 'partner')[0] ?? null,
              message: textOrNull(input.message),
            }),
        }),
      );
    },

    async interests(actor: Actor, productId: string) {
      const product = await productOrFail(db, productId);
      if (!canReadInterests(actor, product.entrepreneurId))
        throw new AppError(catalogueErrors.interests_not_yours);
      return repository.listInterests(db, productId);
    },
  };
}
