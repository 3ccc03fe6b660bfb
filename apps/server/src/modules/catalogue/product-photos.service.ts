/**
 * A product's photos: adding one (checked, cleaned and resized by photos.ts), removing one, and
 * serving them. Each change is audited against the product. Composed into the catalogue service;
 * the demo's sample photos go in through addSamplePhotos.
 */
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { createAudited, removeAudited } from '../audit/index.ts';
import { assertEditable, productOrFail, type ProductViews } from './catalogue.checks.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import * as repository from './catalogue.repository.ts';
import type { PhotoRow } from './catalogue.repository.ts';
import { MAX_PHOTO_BYTES, processPhoto, type PhotoSize, type ProcessedPhoto } from './photos.ts';

/** A product page shows a few photos; more would only slow it down. */
export const MAX_PHOTOS_PER_PRODUCT = 8;
const MAX_PHOTO_SIZE_TEXT = `${MAX_PHOTO_BYTES / 1024 / 1024} MB`;

/** What the audit trail keeps of a photo (its bytes are not kept there). */
function photoSnapshot(photo: PhotoRow) {
  return { photoId: photo.id, sourceType: photo.sourceType, width: photo.width, height: photo.height };
}

/** What is stored of a photo photos.ts accepted: its source's type and size, and its WebP sizes. */
function storedPhoto(processed: Extract<ProcessedPhoto, { ok: true }>) {
  const variant = (size: PhotoSize) => {
    const found = processed.variants.find((candidate) => candidate.size === size);
    if (!found) throw new Error(`processPhoto made no ${size} size`);
    return found.bytes;
  };
  return {
    sourceType: processed.sourceType,
    width: processed.width,
    height: processed.height,
    thumb: variant('thumb'),
    card: variant('card'),
    full: variant('full'),
  };
}

/** A sample product's photo as the demo makes it: drawn only when asked for (see addSamplePhotos). */
export interface SamplePhoto {
  productId: string;
  image: () => Promise<Uint8Array>;
}

/**
 * Gives sample products their first photo (demo mode, decision 0011): each image is checked, cleaned
 * and resized by photos.ts as an upload is, and stored marked sample. Only products marked sample and
 * still without a photo get one — a real product is never touched, and loading the demo again draws
 * and adds nothing. Not audited: no one made the change, as with the other sample rows. Answers how
 * many photos were added.
 */
export async function addSamplePhotos(db: Db, photos: readonly SamplePhoto[]): Promise<number> {
  const productIds = photos.map((photo) => photo.productId);
  const withPhoto = new Set((await repository.photosOf(db, productIds)).map((row) => row.productId));
  const wanted: SamplePhoto[] = [];
  for (const photo of photos) {
    if (withPhoto.has(photo.productId)) continue;
    if ((await repository.findProduct(db, photo.productId))?.isSample) wanted.push(photo);
  }
  if (wanted.length === 0) return 0;
  // Drawn and resized together: sharp works on its own threads meanwhile.
  const stored = await Promise.all(
    wanted.map(async (photo) => {
      const processed = await processPhoto(await photo.image());
      if (!processed.ok)
        throw new Error(`the sample photo of ${photo.productId} was refused: ${processed.problem}`);
      return { productId: photo.productId, ...storedPhoto(processed) };
    }),
  );
  return db.transaction(async (tx) => {
    // Checked again under lock: a photo someone added meanwhile keeps its place as the first.
    const ids = stored.map((photo) => photo.productId);
    const added = new Set(
      (await repository.photosOf(tx, ids, { forUpdate: true })).map((row) => row.productId),
    );
    const fresh = stored.filter((photo) => !added.has(photo.productId));
    for (const photo of fresh) await repository.insertPhoto(tx, { ...photo, position: 0, isSample: true });
    return fresh.length;
  });
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
              ...storedPhoto(processed),
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
