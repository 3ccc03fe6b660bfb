/** Products, their certifications, photos and buyers' interest, over the API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CertificationInput,
  Product,
  ProductInput,
  UpdateCertificationInput,
  UpdateProductInput,
} from '@bia/contracts';
import { answer, apiClient, ApiError, apiUrl } from '../../../lib/api-client.ts';
import { businessParams, catalogueKeys, useCatalogueChange, useInvalidateCatalogue } from './businesses.ts';

/** The path parameters of one product's routes (`/api/catalogue/products/{id}/…`). */
const productParams = (id: string) => ({ path: { id } });

/** One size of a photo (WebP): `thumb` 320 px, `card` 640 px, `full` 1600 px wide at most. */
export const photoUrl = (photoId: string, size: 'thumb' | 'card' | 'full') =>
  apiUrl('/api/catalogue/photos/{photoId}/{size}', { path: { photoId, size } });

/** `isEnabled` false once the product is deleted, while its page gives way to its business's. */
export function useProduct(id: string, isEnabled = true) {
  return useQuery({
    queryKey: catalogueKeys.product(id),
    queryFn: () => answer(apiClient.GET('/api/catalogue/products/{id}', { params: productParams(id) })),
    enabled: isEnabled,
  });
}

function useStoreProduct() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCatalogue();
  return async (product: Product) => {
    queryClient.setQueryData(catalogueKeys.product(product.id), product);
    await invalidate();
  };
}

export function useCreateProduct(businessId: string) {
  const store = useStoreProduct();
  return useMutation({
    mutationFn: (input: ProductInput) =>
      answer(
        apiClient.POST('/api/catalogue/entrepreneurs/{id}/products', {
          params: businessParams(businessId),
          body: input,
        }),
      ),
    onSuccess: store,
  });
}

export function useUpdateProduct(id: string) {
  const store = useStoreProduct();
  return useMutation({
    mutationFn: (input: UpdateProductInput) =>
      answer(apiClient.PATCH('/api/catalogue/products/{id}', { params: productParams(id), body: input })),
    onSuccess: store,
  });
}

/** How a deletion ended: deleted now, or found already deleted by someone else (404). */
export type ProductDeletion = 'deleted' | 'already_deleted';

/**
 * Deletes a product entered by mistake, with its certifications and photos, and answers how it ended.
 * The server refuses once buyers have expressed interest (product_has_interests), or when the version
 * is not the latest. The product's page then stops asking for it and forgets it (useForgetProduct).
 */
export function useDeleteProduct(id: string) {
  return useMutation({
    mutationFn: async (version: number): Promise<ProductDeletion> => {
      try {
        await answer(
          apiClient.DELETE('/api/catalogue/products/{id}', {
            params: { ...productParams(id), query: { version } },
          }),
        );
        return 'deleted';
      } catch (error) {
        // Someone else deleted it meanwhile: it is gone all the same.
        if (error instanceof ApiError && error.status === 404) return 'already_deleted';
        throw error;
      }
    },
  });
}

/**
 * Forgets a product that no longer exists: its own queries are dropped, every list is refreshed when
 * next shown, and its business is loaded again at once, so that the business page no longer lists it
 * when it opens. Whatever showed the product must have stopped asking for it first: a page still
 * asking would fetch it again, and be told it is not found.
 */
export function useForgetProduct(id: string) {
  const queryClient = useQueryClient();
  return async (businessId: string) => {
    const ownKeys = [catalogueKeys.product(id), catalogueKeys.photos(id), catalogueKeys.interests(id)];
    for (const queryKey of ownKeys) {
      await queryClient.cancelQueries({ queryKey });
      queryClient.removeQueries({ queryKey });
    }
    await queryClient.invalidateQueries({ queryKey: catalogueKeys.all, refetchType: 'none' });
    await queryClient.refetchQueries({ queryKey: catalogueKeys.business(businessId) });
  };
}

/** Certifications change the product (whether it is listed today): the product is loaded again. */
export function useAddCertification(productId: string) {
  return useCatalogueChange((input: CertificationInput) =>
    answer(
      apiClient.POST('/api/catalogue/products/{id}/certifications', {
        params: productParams(productId),
        body: input,
      }),
    ),
  );
}

export function useUpdateCertification(productId: string, certificationId: string) {
  return useCatalogueChange((input: UpdateCertificationInput) =>
    answer(
      apiClient.PATCH('/api/catalogue/products/{id}/certifications/{childId}', {
        params: { path: { id: productId, childId: certificationId } },
        body: input,
      }),
    ),
  );
}

export function useRemoveCertification(productId: string) {
  return useCatalogueChange(({ id, version }: { id: string; version: number }) =>
    answer(
      apiClient.DELETE('/api/catalogue/products/{id}/certifications/{childId}', {
        params: { path: { id: productId, childId: id }, query: { version } },
      }),
    ),
  );
}

export function usePhotos(productId: string) {
  return useQuery({
    queryKey: catalogueKeys.photos(productId),
    queryFn: () =>
      answer(apiClient.GET('/api/catalogue/products/{id}/photos', { params: productParams(productId) })),
    select: (data) => data.items,
  });
}

/** Sends one photo (multipart `file`); the server checks its content and size. */
export function useUploadPhoto(productId: string) {
  return useCatalogueChange((form: FormData) =>
    answer(
      apiClient.POST('/api/catalogue/products/{id}/photos', { params: productParams(productId), body: form }),
    ),
  );
}

export function useRemovePhoto(productId: string) {
  return useCatalogueChange((photoId: string) =>
    answer(
      apiClient.DELETE('/api/catalogue/products/{id}/photos/{photoId}', {
        params: { path: { id: productId, photoId } },
      }),
    ),
  );
}

export function useInterests(productId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: catalogueKeys.interests(productId),
    queryFn: () =>
      answer(apiClient.GET('/api/catalogue/products/{id}/interests', { params: productParams(productId) })),
    select: (data) => data.items,
    enabled: isEnabled,
  });
}
