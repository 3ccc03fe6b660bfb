/**
 * A product's photos: adding one (checked, cleaned and resized by photos.ts), removing one, and
 * serving them. Each change is audited against the product. Composed into the catalogue service.
 */
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { createAudited, removeAudited } from '../audit/index.ts';
import { assertEditable, productOrFail, type ProductViews } from './catalogue.checks.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import * as repository from './catalogue.repository.ts';
import type { PhotoRow } from './catalogue.repository.ts';
import { MAX_PHOTO_BYTES, processPhoto, type PhotoSize } from './photos.ts';

/** A product page shows a few photos; more would only slow it down. */
export const MAX_PHOTOS_PER_PRODUCT = 8;
const MAX_PHOTO_SIZE_TEXT = `${MAX_PHOTO_BYTES / 1024 / 1024} MB`;

/** What the audit trail keeps of a photo (its bytes are not kept there). */
function photoSnapshot(photo: PhotoRow) {
  return { photoId: photo.id, sourceType: photo.sourceType, width: photo.width, height: photo.height };
}

export function createProductPhotosService({ db, views }: { db: Db; views: ProductViews }) {
  const { viewsOf, readableProduct } = views;

  return {
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
        return createAudited(tx, context, {
          action: 'product_photo.create',
          entityType: 'product',
          entityId: () => productId,
          snapshot: photoSnapshot,
          insert: (executor) =>
            repository.insertPhoto(executor, {
              productId,
              position: Math.max(-1, ...existing.map((row) => row.position)) + 1,
              sourceType: processed.sourceType,
              width: processed.width,
              height: processed.height,
              thumb: variant('thumb'),
              card: variant('card'),
              full: variant('full'),
              isSample: product.isSample,
            }),
        });
      });
    },

    async removePhoto(context: RequestContext, productId: string, photoId: string) {
      const product = await productOrFail(db, productId);
      assertEditable(context.actor, product.entrepreneurId);
      await db.transaction(async (tx) => {
        // A photo has no version: whoever removes it first removes it, the other finds it gone.
        await removeAudited(tx, context, {
          action: 'product_photo.delete',
          entityType: 'product',
          entityId: productId,
          snapshot: photoSnapshot,
          lock: async (executor) => {
            const [photo] = (await repository.photosOf(executor, [productId], { forUpdate: true })).filter(
              (row) => row.id === photoId,
            );
            if (!photo) throw new AppError(catalogueErrors.photo_not_found);
            return photo;
          },
          remove: (executor) => repository.deletePhoto(executor, photoId),
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
