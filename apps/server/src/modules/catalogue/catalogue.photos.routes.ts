/**
 * Product photos: uploaded by the business (or Social Development), served in the sizes the pages use.
 * A photo of a listed product is public; the others only to those who may read the product.
 */
import { z } from 'zod';
import { ErrorResponseSchema, PhotoSizeSchema, ProductPhotoSchema } from '@bia/contracts';
import { AppError } from '../../shared/errors.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  requestContext,
  uploadBodyLimit,
} from '../../shared/http.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import type { CatalogueService } from './catalogue.service.ts';
import { MAX_PHOTO_BYTES } from './photos.ts';

const tags = ['catalogue'];

const ProductParamsSchema = z.object({ id: z.uuid() });
const PhotoParamsSchema = z.object({ id: z.uuid(), photoId: z.uuid() });
const PhotoFileParamsSchema = z.object({ photoId: z.uuid(), size: PhotoSizeSchema });
const PhotoUploadSchema = z.object({
  file: z.file().meta({
    type: 'string',
    format: 'binary',
    description: 'A JPEG, PNG, WebP, HEIC or AVIF photo of at most 10 MB, judged by its content',
  }),
});

const notFound = jsonAnswer(ErrorResponseSchema, 'No such product or photo, or not one the reader may see');

const uploadPhoto = defineRoute('catalogue:own', {
  method: 'post',
  path: '/catalogue/products/{id}/photos',
  bodyLimit: uploadBodyLimit(
    MAX_PHOTO_BYTES,
    () => new AppError(catalogueErrors.photo_too_large, [], { max: `${MAX_PHOTO_BYTES / 1024 / 1024} MB` }),
  ),
  tags,
  summary: 'Add a photo to a product: checked by content, stripped of location and other metadata, resized',
  request: {
    params: ProductParamsSchema,
    body: { content: { 'multipart/form-data': { schema: PhotoUploadSchema } }, required: true },
  },
  responses: {
    201: jsonAnswer(ProductPhotoSchema, 'The photo kept'),
    403: jsonAnswer(ErrorResponseSchema, 'Not the business of the actor'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The product has as many photos as it may'),
    413: jsonAnswer(ErrorResponseSchema, 'Larger than 10 MB'),
    415: jsonAnswer(ErrorResponseSchema, 'Not an image, whatever its name says'),
  },
});

const listPhotos = defineRoute('catalogue:read', {
  method: 'get',
  path: '/catalogue/products/{id}/photos',
  tags,
  summary: 'The photos of a product, in order',
  request: { params: ProductParamsSchema },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(ProductPhotoSchema) }), 'The photos'),
    404: notFound,
  },
});

const removePhoto = defineRoute('catalogue:own', {
  method: 'delete',
  path: '/catalogue/products/{id}/photos/{photoId}',
  tags,
  summary: 'Remove a photo of a product',
  request: { params: PhotoParamsSchema },
  responses: { 204: { description: 'Removed' }, 404: notFound },
});

const photoFile = defineRoute('public', {
  method: 'get',
  path: '/catalogue/photos/{photoId}/{size}',
  tags,
  summary: 'One size of a product photo as WebP (thumb 320 px, card 640 px, full 1600 px wide at most)',
  description:
    'Public while the product is listed (a valid Bangkok Brand certification); otherwise only for those who may read the product.',
  request: { params: PhotoFileParamsSchema },
  responses: {
    200: {
      description: 'The image',
      content: { 'image/webp': { schema: z.string().meta({ format: 'binary', description: 'WebP image' }) } },
    },
    404: notFound,
  },
});

const presentPhoto = (photo: { id: string; width: number; height: number }) => ({
  id: photo.id,
  width: photo.width,
  height: photo.height,
});

export function createPhotoRoutes({ catalogue }: { catalogue: CatalogueService }) {
  return createRouter()
    .openapi(uploadPhoto, async (c) => {
      const photo = await catalogue.addPhoto(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('form').file,
      );
      return c.json(presentPhoto(photo), 201);
    })
    .openapi(listPhotos, async (c) => {
      const photos = await catalogue.photos(actorOf(c), c.req.valid('param').id);
      return c.json({ items: photos.map(presentPhoto) }, 200);
    })
    .openapi(removePhoto, async (c) => {
      const { id, photoId } = c.req.valid('param');
      await catalogue.removePhoto(requestContext(c), id, photoId);
      return c.body(null, 204);
    })
    .openapi(photoFile, async (c) => {
      const { photoId, size } = c.req.valid('param');
      const file = await catalogue.photoFile(c.get('actor'), photoId, size);
      return c.body(new Uint8Array(file.bytes), 200, {
        'content-type': 'image/webp',
        // A photo never changes under its id: a listed one may be cached anywhere, the others nowhere.
        'cache-control': file.isPublic ? 'public, max-age=86400, immutable' : 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
    });
}
