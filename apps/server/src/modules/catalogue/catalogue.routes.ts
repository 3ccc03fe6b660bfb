/** Entrepreneurs, products, certifications, consent, invitations and buyers' interest. */
import {
  ArchiveEntrepreneurInputSchema,
  CatalogueChildParamsSchema,
  CatalogueParamsSchema,
  CertificationInputSchema,
  CertificationSchema,
  EntrepreneurDetailSchema,
  EntrepreneurInputSchema,
  EntrepreneurListQuerySchema,
  EntrepreneurListSchema,
  ErrorResponseSchema,
  InterestInputSchema,
  InterestListSchema,
  InterestSchema,
  InviteEntrepreneurInputSchema,
  ProductInputSchema,
  ProductListQuerySchema,
  ProductListSchema,
  ProductSchema,
  RecordConsentInputSchema,
  RestoreEntrepreneurInputSchema,
  UpdateCertificationInputSchema,
  UpdateEntrepreneurInputSchema,
  UpdateProductInputSchema,
  CreatedUserSchema,
  VersionQuerySchema,
  WithdrawConsentInputSchema,
} from '@bia/contracts';
import { can, type Actor } from '../../shared/actor.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  pageAnswer,
  requestContext,
} from '../../shared/http.ts';
import { canArchiveBusiness, canEditBusiness } from './catalogue.policy.ts';
import {
  presentCertification,
  presentEntrepreneurDetail,
  presentEntrepreneurSummary,
  presentInterest,
  presentProduct,
} from './catalogue.presenter.ts';
import type { CatalogueService, ProductView } from './catalogue.service.ts';

const tags = ['catalogue'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No such entrepreneur, product or certification');
const conflict = jsonAnswer(ErrorResponseSchema, 'A stale version, or a record that must be kept');
const params = CatalogueParamsSchema;
const childParams = CatalogueChildParamsSchema;

const listEntrepreneurs = defineRoute('catalogue:read', {
  method: 'get',
  path: '/catalogue/entrepreneurs',
  tags,
  summary: 'Bangkok Brand businesses',
  description:
    "Staff see all; a district's liaison officer the businesses of their district; partner-city readers and entrepreneurs the businesses with a product listed today (and their own). Archived businesses are left out unless `archived` asks for them (`include`, `only`).",
  request: { query: EntrepreneurListQuerySchema },
  responses: { 200: jsonAnswer(EntrepreneurListSchema, 'A page of businesses, by Thai name') },
});

const createEntrepreneur = defineRoute('catalogue:manage', {
  method: 'post',
  path: '/catalogue/entrepreneurs',
  tags,
  summary: 'Add a business',
  request: { body: jsonBody(EntrepreneurInputSchema) },
  responses: { 201: jsonAnswer(EntrepreneurDetailSchema, 'The business') },
});

const getEntrepreneur = defineRoute('catalogue:read', {
  method: 'get',
  path: '/catalogue/entrepreneurs/{id}',
  tags,
  summary: 'One business with its products',
  description:
    'Readers of the published catalogue see only listed products, and contact details only while the business consents to be contacted.',
  request: { params },
  responses: { 200: jsonAnswer(EntrepreneurDetailSchema, 'The business'), 404: notFound },
});

const updateEntrepreneur = defineRoute('catalogue:own', {
  method: 'patch',
  path: '/catalogue/entrepreneurs/{id}',
  tags,
  summary: "Change a business's record (an entrepreneur: only their own; send the version you loaded)",
  request: { params, body: jsonBody(UpdateEntrepreneurInputSchema) },
  responses: { 200: jsonAnswer(EntrepreneurDetailSchema, 'The business'), 404: notFound, 409: conflict },
});

const recordConsent = defineRoute('catalogue:own', {
  method: 'post',
  path: '/catalogue/entrepreneurs/{id}/consent',
  tags,
  summary: 'Record consent to be contacted by partner-city businesses (PDPA): when and how',
  request: { params, body: jsonBody(RecordConsentInputSchema) },
  responses: { 200: jsonAnswer(EntrepreneurDetailSchema, 'The business'), 404: notFound, 409: conflict },
});

const withdrawConsent = defineRoute('catalogue:own', {
  method: 'post',
  path: '/catalogue/entrepreneurs/{id}/consent/withdraw',
  tags,
  summary: 'Withdraw consent: contact details are hidden from partner-city readers at once',
  request: { params, body: jsonBody(WithdrawConsentInputSchema) },
  responses: { 200: jsonAnswer(EntrepreneurDetailSchema, 'The business'), 404: notFound, 409: conflict },
});

const inviteEntrepreneur = defineRoute('catalogue:manage', {
  method: 'post',
  path: '/catalogue/entrepreneurs/{id}/invite',
  tags,
  summary: 'Invite someone to keep this business page: an entrepreneur account scoped to it, by e-mail',
  request: { params, body: jsonBody(InviteEntrepreneurInputSchema) },
  responses: {
    201: jsonAnswer(
      CreatedUserSchema,
      'The account, waiting for its password, and what became of its invitation e-mail',
    ),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The e-mail address has an account already'),
  },
});

const archiveEntrepreneur = defineRoute('catalogue:manage', {
  method: 'post',
  path: '/catalogue/entrepreneurs/{id}/archive',
  tags,
  summary: 'Archive a business that stopped trading (why is optional; when is recorded)',
  description:
    'It and its products leave the public catalogue, the businesses a session may present and the default list of businesses; staff still read it, and everything recorded stays. Not for the business itself.',
  request: { params, body: jsonBody(ArchiveEntrepreneurInputSchema) },
  responses: {
    200: jsonAnswer(EntrepreneurDetailSchema, 'The business, archived'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'A stale version, or a business archived already'),
  },
});

const restoreEntrepreneur = defineRoute('catalogue:manage', {
  method: 'post',
  path: '/catalogue/entrepreneurs/{id}/restore',
  tags,
  summary: 'Bring an archived business back into the catalogue',
  request: { params, body: jsonBody(RestoreEntrepreneurInputSchema) },
  responses: {
    200: jsonAnswer(EntrepreneurDetailSchema, 'The business, active again'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'A stale version, or a business that is not archived'),
  },
});

const deleteEntrepreneur = defineRoute('catalogue:manage', {
  method: 'delete',
  path: '/catalogue/entrepreneurs/{id}',
  tags,
  summary: 'Delete a business entered by mistake, with its products',
  description:
    'Refused (409 `business_in_use`, each reason a field: `products`, `sessions`, `accounts`, `outcomes`) when buyers are interested in its products, it is on a trade session, a user account is scoped to it, or deals or follow-up rounds are recorded of it: archive it instead. Not for the business itself.',
  request: { params, query: VersionQuerySchema },
  responses: { 204: { description: 'Deleted' }, 404: notFound, 409: conflict },
});

const createProduct = defineRoute('catalogue:own', {
  method: 'post',
  path: '/catalogue/entrepreneurs/{id}/products',
  tags,
  summary: 'Add a product to a business',
  request: { params, body: jsonBody(ProductInputSchema) },
  responses: { 201: jsonAnswer(ProductSchema, 'The product'), 404: notFound },
});

const listProducts = defineRoute('catalogue:read', {
  method: 'get',
  path: '/catalogue/products',
  tags,
  summary: 'Products, by business, category, district and whether they are listed today',
  request: { query: ProductListQuerySchema },
  responses: { 200: jsonAnswer(ProductListSchema, 'A page of products, by Thai name') },
});

const getProduct = defineRoute('catalogue:read', {
  method: 'get',
  path: '/catalogue/products/{id}',
  tags,
  summary: 'One product with its certifications and the completeness of its texts per language',
  request: { params },
  responses: { 200: jsonAnswer(ProductSchema, 'The product'), 404: notFound },
});

const updateProduct = defineRoute('catalogue:own', {
  method: 'patch',
  path: '/catalogue/products/{id}',
  tags,
  summary: 'Change a product (send the version you loaded)',
  request: { params, body: jsonBody(UpdateProductInputSchema) },
  responses: { 200: jsonAnswer(ProductSchema, 'The product'), 404: notFound, 409: conflict },
});

const deleteProduct = defineRoute('catalogue:own', {
  method: 'delete',
  path: '/catalogue/products/{id}',
  tags,
  summary: 'Delete a product entered by mistake (refused once buyers have expressed interest)',
  request: { params, query: VersionQuerySchema },
  responses: { 204: { description: 'Deleted' }, 404: notFound, 409: conflict },
});

const addCertification = defineRoute('catalogue:own', {
  method: 'post',
  path: '/catalogue/products/{id}/certifications',
  tags,
  summary: 'Record a certification (Bangkok Brand: Social Development officers only)',
  request: { params, body: jsonBody(CertificationInputSchema) },
  responses: { 201: jsonAnswer(CertificationSchema, 'The certification'), 404: notFound },
});

const updateCertification = defineRoute('catalogue:own', {
  method: 'patch',
  path: '/catalogue/products/{id}/certifications/{childId}',
  tags,
  summary: 'Change a certification (send the version you loaded)',
  request: { params: childParams, body: jsonBody(UpdateCertificationInputSchema) },
  responses: { 200: jsonAnswer(CertificationSchema, 'The certification'), 404: notFound, 409: conflict },
});

const removeCertification = defineRoute('catalogue:own', {
  method: 'delete',
  path: '/catalogue/products/{id}/certifications/{childId}',
  tags,
  summary: 'Remove a certification recorded by mistake',
  request: { params: childParams, query: VersionQuerySchema },
  responses: { 204: { description: 'Removed' }, 404: notFound, 409: conflict },
});

const expressInterest = defineRoute('catalogue:interest', {
  method: 'post',
  path: '/catalogue/products/{id}/interests',
  tags,
  summary: 'Tell the business you are interested in a listed product (partner-city buyers and coordinators)',
  request: { params, body: jsonBody(InterestInputSchema) },
  responses: { 201: jsonAnswer(InterestSchema, 'The interest, kept for the trade programme'), 404: notFound },
});

const listInterests = defineRoute('catalogue:read', {
  method: 'get',
  path: '/catalogue/products/{id}/interests',
  tags,
  summary: "Buyers' interest in a product (Social Development officers and the product's business)",
  request: { params },
  responses: { 200: jsonAnswer(InterestListSchema, 'Newest first'), 404: notFound },
});

export function createCatalogueRoutes({ catalogue }: { catalogue: CatalogueService }) {
  function productAnswer(actor: Actor, view: ProductView) {
    return presentProduct(view, catalogue.today(), {
      edit: canEditBusiness(actor, view.product.entrepreneurId),
      readInterests: catalogue.canReadInterests(actor, view.product.entrepreneurId),
      expressInterest: can(actor, 'catalogue:interest'),
    });
  }

  async function entrepreneurAnswer(actor: Actor, id: string) {
    const parts = await catalogue.entrepreneurDetail(actor, id);
    return presentEntrepreneurDetail(
      { ...parts, products: parts.products.map((view) => productAnswer(actor, view)) },
      { edit: canEditBusiness(actor, id), manage: canArchiveBusiness(actor) },
    );
  }

  async function productDetailAnswer(actor: Actor, id: string) {
    return productAnswer(actor, await catalogue.productDetail(actor, id));
  }

  return createRouter()
    .openapi(listEntrepreneurs, async (c) => {
      const query = c.req.valid('query');
      const { rows, total } = await catalogue.listEntrepreneurs(actorOf(c), query);
      return c.json(pageAnswer(rows.map(presentEntrepreneurSummary), total, query), 200);
    })
    .openapi(createEntrepreneur, async (c) => {
      const entrepreneur = await catalogue.createEntrepreneur(requestContext(c), c.req.valid('json'));
      return c.json(await entrepreneurAnswer(actorOf(c), entrepreneur.id), 201);
    })
    .openapi(getEntrepreneur, async (c) =>
      c.json(await entrepreneurAnswer(actorOf(c), c.req.valid('param').id), 200),
    )
    .openapi(updateEntrepreneur, async (c) => {
      const { id } = c.req.valid('param');
      await catalogue.updateEntrepreneur(requestContext(c), id, c.req.valid('json'));
      return c.json(await entrepreneurAnswer(actorOf(c), id), 200);
    })
    .openapi(recordConsent, async (c) => {
      const { id } = c.req.valid('param');
      await catalogue.recordConsent(requestContext(c), id, c.req.valid('json'));
      return c.json(await entrepreneurAnswer(actorOf(c), id), 200);
    })
    .openapi(withdrawConsent, async (c) => {
      const { id } = c.req.valid('param');
      await catalogue.withdrawConsent(requestContext(c), id, c.req.valid('json').version);
      return c.json(await entrepreneurAnswer(actorOf(c), id), 200);
    })
    .openapi(inviteEntrepreneur, async (c) => {
      const user = await catalogue.invite(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('locale'),
      );
      return c.json(user, 201);
    })
    .openapi(archiveEntrepreneur, async (c) => {
      const { id } = c.req.valid('param');
      await catalogue.archiveEntrepreneur(requestContext(c), id, c.req.valid('json'));
      return c.json(await entrepreneurAnswer(actorOf(c), id), 200);
    })
    .openapi(restoreEntrepreneur, async (c) => {
      const { id } = c.req.valid('param');
      await catalogue.restoreEntrepreneur(requestContext(c), id, c.req.valid('json').version);
      return c.json(await entrepreneurAnswer(actorOf(c), id), 200);
    })
    .openapi(deleteEntrepreneur, async (c) => {
      await catalogue.deleteEntrepreneur(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('query').version,
      );
      return c.body(null, 204);
    })
    .openapi(createProduct, async (c) => {
      const product = await catalogue.createProduct(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(await productDetailAnswer(actorOf(c), product.id), 201);
    })
    .openapi(listProducts, async (c) => {
      const query = c.req.valid('query');
      const actor = actorOf(c);
      const { items, total } = await catalogue.listProducts(actor, query);
      return c.json(
        pageAnswer(
          items.map((view) => productAnswer(actor, view)),
          total,
          query,
        ),
        200,
      );
    })
    .openapi(getProduct, async (c) =>
      c.json(await productDetailAnswer(actorOf(c), c.req.valid('param').id), 200),
    )
    .openapi(updateProduct, async (c) => {
      const { id } = c.req.valid('param');
      await catalogue.updateProduct(requestContext(c), id, c.req.valid('json'));
      return c.json(await productDetailAnswer(actorOf(c), id), 200);
    })
    .openapi(deleteProduct, async (c) => {
      await catalogue.deleteProduct(requestContext(c), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    })
    .openapi(addCertification, async (c) => {
      const certification = await catalogue.addCertification(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentCertification(certification, catalogue.today()), 201);
    })
    .openapi(updateCertification, async (c) => {
      const { id, childId } = c.req.valid('param');
      const certification = await catalogue.updateCertification(
        requestContext(c),
        id,
        childId,
        c.req.valid('json'),
      );
      return c.json(presentCertification(certification, catalogue.today()), 200);
    })
    .openapi(removeCertification, async (c) => {
      const { id, childId } = c.req.valid('param');
      await catalogue.removeCertification(requestContext(c), id, childId, c.req.valid('query').version);
      return c.body(null, 204);
    })
    .openapi(expressInterest, async (c) => {
      const interest = await catalogue.expressInterest(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentInterest(interest), 201);
    })
    .openapi(listInterests, async (c) => {
      const rows = await catalogue.interests(actorOf(c), c.req.valid('param').id);
      return c.json({ items: rows.map(presentInterest) }, 200);
    });
}
