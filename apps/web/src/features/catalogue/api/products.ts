/** Products, their certifications, photos and buyers' interest, over the API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Certification,
  CertificationInput,
  Interest,
  Product,
  ProductInput,
  ProductPhoto,
  UpdateCertificationInput,
  UpdateProductInput,
} from '@bia/contracts';
import { api, apiUpload, queryString } from '../../../lib/api-client.ts';
import { businessPath, catalogueKeys, useInvalidateCatalogue } from './businesses.ts';

export const productPath = (id: string) => `/api/catalogue/products/${encodeURIComponent(id)}`;

/** One size of a photo (WebP): `thumb` 320 px, `card` 640 px, `full` 1600 px wide at most. */
export const photoUrl = (photoId: string, size: 'thumb' | 'card' | 'full') =>
  `/api/catalogue/photos/${encodeURIComponent(photoId)}/${size}`;

export function useProduct(id: string) {
  return useQuery({
    queryKey: catalogueKeys.product(id),
    queryFn: () => api.get<Product>(productPath(id)),
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
    mutationFn: (input: ProductInput) => api.post<Product>(`${businessPath(businessId)}/products`, input),
    onSuccess: store,
  });
}

export function useUpdateProduct(id: string) {
  const store = useStoreProduct();
  return useMutation({
    mutationFn: (input: UpdateProductInput) => api.patch<Product>(productPath(id), input),
    onSuccess: store,
  });
}

export function useDeleteProduct(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.delete<void>(`${productPath(id)}${queryString({ version })}`),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: catalogueKeys.product(id) });
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
    },
  });
}

/** Certifications change the product (whether it is listed today): the product is loaded again. */
export function useAddCertification(productId: string) {
  const invalidate = useInvalidateCatalogue();
  return useMutation({
    mutationFn: (input: CertificationInput) =>
      api.post<Certification>(`${productPath(productId)}/certifications`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateCertification(productId: string, certificationId: string) {
  const invalidate = useInvalidateCatalogue();
  return useMutation({
    mutationFn: (input: UpdateCertificationInput) =>
      api.patch<Certification>(
        `${productPath(productId)}/certifications/${encodeURIComponent(certificationId)}`,
        input,
      ),
    onSuccess: invalidate,
  });
}

export function useRemoveCertification(productId: string) {
  const invalidate = useInvalidateCatalogue();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<void>(
        `${productPath(productId)}/certifications/${encodeURIComponent(id)}${queryString({ version })}`,
      ),
    onSuccess: invalidate,
  });
}

export function usePhotos(productId: string) {
  return useQuery({
    queryKey: catalogueKeys.photos(productId),
    queryFn: () => api.get<{ items: ProductPhoto[] }>(`${productPath(productId)}/photos`),
    select: (data) => data.items,
  });
}

/** Sends one photo (multipart `file`); the server checks its content and size. */
export function useUploadPhoto(productId: string) {
  const invalidate = useInvalidateCatalogue();
  return useMutation({
    mutationFn: (form: FormData) => apiUpload<ProductPhoto>(`${productPath(productId)}/photos`, form),
    onSuccess: invalidate,
  });
}

export function useRemovePhoto(productId: string) {
  const invalidate = useInvalidateCatalogue();
  return useMutation({
    mutationFn: (photoId: string) =>
      api.delete<void>(`${productPath(productId)}/photos/${encodeURIComponent(photoId)}`),
    onSuccess: invalidate,
  });
}

export function useInterests(productId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: catalogueKeys.interests(productId),
    queryFn: () => api.get<{ items: Interest[] }>(`${productPath(productId)}/interests`),
    select: (data) => data.items,
    enabled: isEnabled,
  });
}
