/** Partners, their agreements, activities and contacts, the analysis and the public page. */
import { z } from 'zod';
import {
  ActivityInputSchema,
  ActivitySchema,
  AgreementInputSchema,
  AgreementSchema,
  ArchivePartnerInputSchema,
  AuditEventSchema,
  ContactInputSchema,
  CooperationFieldInputSchema,
  CooperationFieldSchema,
  ErrorResponseSchema,
  PartnerAnalysisSchema,
  PartnerChildParamsSchema,
  PartnerContactSchema,
  PartnerDetailSchema,
  PartnerInputSchema,
  PartnerListQuerySchema,
  PartnerListSchema,
  PartnerParamsSchema,
  PartnerReferenceSchema,
  PartnerSettingsSchema,
  PublicSisterCitiesSchema,
  SimilarPartnersQuerySchema,
  UpdateActivityInputSchema,
  UpdateAgreementInputSchema,
  UpdateContactInputSchema,
  UpdatePartnerInputSchema,
  UpdatePartnerSettingsInputSchema,
  VersionQuerySchema,
  type PartnerListQuery,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { can } from '../../shared/actor.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import { presentAuditEvent } from '../audit/index.ts';
import { countryName } from './countries.ts';
import {
  presentActivity,
  presentAgreement,
  presentContact,
  presentPartnerDetail,
  presentPartnerSummary,
  sortPartners,
} from './partners.presenter.ts';
import type { PartnersService } from './partners.service.ts';

const tags = ['partners'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No such partner, or no such record under it');
const conflict = jsonAnswer(
  ErrorResponseSchema,
  'A stale version, a duplicate, an archived partner, or a record that must be kept',
);
const childParams = PartnerChildParamsSchema;

const listPartners = defineRoute('partners:read', {
  method: 'get',
  path: '/partners',
  tags,
  summary:
    'Partners with filters; search finds Thai, English and own-language names (misspelt too), acronyms and countries',
  description:
    'Lists take several values separated by commas (`kind=sister_city,friendship_city`). Partner coordinators see only their own city.',
  request: { query: PartnerListQuerySchema },
  responses: { 200: jsonAnswer(PartnerListSchema, 'The matching partners, sorted') },
});

const similarPartners = defineRoute('partners:edit', {
  method: 'get',
  path: '/partners/similar',
  tags,
  summary: 'Partners a new or renamed one may duplicate: same country, a similar name in any language',
  description:
    'Names are compared with their spelling forgiven (pg_trgm word similarity, Thai tone marks and vowel length folded). Saving such a partner is refused with 409 `partner_possible_duplicate` until the request says `confirmDuplicate: true`.',
  request: { query: SimilarPartnersQuerySchema },
  responses: { 200: jsonAnswer(PartnerListSchema, 'The likely duplicates (none: an empty list)') },
});

const partnerReference = defineRoute('partners:read', {
  method: 'get',
  path: '/partners/reference',
  tags,
  summary: 'Regions, cooperation fields, the region of each country and the dormant period',
  responses: { 200: jsonAnswer(PartnerReferenceSchema, 'What forms and filters choose from') },
});

const analysis = defineRoute('partners:read', {
  method: 'get',
  path: '/partners/analysis',
  tags,
  summary: 'The figures the strategic plan asks for: regions, kinds, years, dormant partners, fields',
  responses: { 200: jsonAnswer(PartnerAnalysisSchema, 'The analysis') },
});

const publicSisterCities = defineRoute('public', {
  method: 'get',
  path: '/public/sister-cities',
  tags,
  summary: "Bangkok's sister cities for the public: only facts the BMA confirms",
  responses: { 200: jsonAnswer(PublicSisterCitiesSchema, 'The confirmed sister cities') },
});

const getPartner = defineRoute('partners:read', {
  method: 'get',
  path: '/partners/{id}',
  tags,
  summary: 'One partner with its agreements, activities, contacts and documents',
  request: { params: PartnerParamsSchema },
  responses: { 200: jsonAnswer(PartnerDetailSchema, 'The partner'), 404: notFound },
});

const partnerHistory = defineRoute('partners:read', {
  method: 'get',
  path: '/partners/{id}/history',
  tags,
  summary: 'The audit trail of a partner and of everything recorded under it, newest first',
  request: { params: PartnerParamsSchema },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(AuditEventSchema) }), 'The changes'),
    404: notFound,
  },
});

const createPartner = defineRoute('partners:edit', {
  method: 'post',
  path: '/partners',
  tags,
  summary: 'Add a partner (it starts unconfirmed; a confirmed level needs a source)',
  request: { body: jsonBody(PartnerInputSchema) },
  responses: { 201: jsonAnswer(PartnerDetailSchema, 'The partner added'), 409: conflict },
});

const updatePartner = defineRoute('partners:edit', {
  method: 'patch',
  path: '/partners/{id}',
  tags,
  summary: "Change a partner's record (send the version you loaded)",
  request: { params: PartnerParamsSchema, body: jsonBody(UpdatePartnerInputSchema) },
  responses: { 200: jsonAnswer(PartnerDetailSchema, 'The partner'), 404: notFound, 409: conflict },
});

const archivePartner = defineRoute('partners:edit', {
  method: 'post',
  path: '/partners/{id}/archive',
  tags,
  summary: 'Archive a partner: it leaves the lists, and everything recorded is kept',
  request: { params: PartnerParamsSchema, body: jsonBody(ArchivePartnerInputSchema) },
  responses: { 200: jsonAnswer(PartnerDetailSchema, 'The partner'), 404: notFound, 409: conflict },
});

const restorePartner = defineRoute('partners:edit', {
  method: 'post',
  path: '/partners/{id}/restore',
  tags,
  summary: 'Bring an archived partner back',
  request: { params: PartnerParamsSchema, body: jsonBody(ArchivePartnerInputSchema) },
  responses: { 200: jsonAnswer(PartnerDetailSchema, 'The partner'), 404: notFound, 409: conflict },
});

const deletePartner = defineRoute('partners:edit', {
  method: 'delete',
  path: '/partners/{id}',
  tags,
  summary: 'Delete a partner entered by mistake; refused once it has any history (archive it instead)',
  request: { params: PartnerParamsSchema, query: VersionQuerySchema },
  responses: { 204: { description: 'Deleted' }, 404: notFound, 409: conflict },
});

const addAgreement = defineRoute('partners:edit', {
  method: 'post',
  path: '/partners/{id}/agreements',
  tags,
  summary: 'Record an agreement signed with a partner',
  request: { params: PartnerParamsSchema, body: jsonBody(AgreementInputSchema) },
  responses: { 201: jsonAnswer(AgreementSchema, 'The agreement'), 404: notFound, 409: conflict },
});

const updateAgreement = defineRoute('partners:edit', {
  method: 'patch',
  path: '/partners/{id}/agreements/{childId}',
  tags,
  summary: 'Change an agreement (send the version you loaded)',
  request: { params: childParams, body: jsonBody(UpdateAgreementInputSchema) },
  responses: { 200: jsonAnswer(AgreementSchema, 'The agreement'), 404: notFound, 409: conflict },
});

const removeAgreement = defineRoute('partners:edit', {
  method: 'delete',
  path: '/partners/{id}/agreements/{childId}',
  tags,
  summary: 'Remove an agreement recorded by mistake (its audit entry keeps what it said)',
  request: { params: childParams, query: VersionQuerySchema },
  responses: { 204: { description: 'Removed' }, 404: notFound, 409: conflict },
});

const addActivity = defineRoute('partners:activity', {
  method: 'post',
  path: '/partners/{id}/activities',
  tags,
  summary: "Record an activity (a unit's liaison officer: one in which their unit took part)",
  request: { params: PartnerParamsSchema, body: jsonBody(ActivityInputSchema) },
  responses: { 201: jsonAnswer(ActivitySchema, 'The activity'), 404: notFound, 409: conflict },
});

const updateActivity = defineRoute('partners:activity', {
  method: 'patch',
  path: '/partners/{id}/activities/{childId}',
  tags,
  summary: 'Change an activity (send the version you loaded)',
  request: { params: childParams, body: jsonBody(UpdateActivityInputSchema) },
  responses: { 200: jsonAnswer(ActivitySchema, 'The activity'), 404: notFound, 409: conflict },
});

const removeActivity = defineRoute('partners:activity', {
  method: 'delete',
  path: '/partners/{id}/activities/{childId}',
  tags,
  summary: 'Remove an activity recorded by mistake',
  request: { params: childParams, query: VersionQuerySchema },
  responses: { 204: { description: 'Removed' }, 404: notFound, 409: conflict },
});

const addContact = defineRoute('partners:edit', {
  method: 'post',
  path: '/partners/{id}/contacts',
  tags,
  summary: 'Add a contact person at a partner',
  request: { params: PartnerParamsSchema, body: jsonBody(ContactInputSchema) },
  responses: { 201: jsonAnswer(PartnerContactSchema, 'The contact'), 404: notFound, 409: conflict },
});

const updateContact = defineRoute('partners:edit', {
  method: 'patch',
  path: '/partners/{id}/contacts/{childId}',
  tags,
  summary: 'Change a contact (send the version you loaded)',
  request: { params: childParams, body: jsonBody(UpdateContactInputSchema) },
  responses: { 200: jsonAnswer(PartnerContactSchema, 'The contact'), 404: notFound, 409: conflict },
});

const removeContact = defineRoute('partners:edit', {
  method: 'delete',
  path: '/partners/{id}/contacts/{childId}',
  tags,
  summary: 'Remove a contact',
  request: { params: childParams, query: VersionQuerySchema },
  responses: { 204: { description: 'Removed' }, 404: notFound, 409: conflict },
});

const getSettings = defineRoute('partners:settings', {
  method: 'get',
  path: '/partners/settings',
  tags,
  summary: 'The partner registry settings (the dormant period)',
  responses: { 200: jsonAnswer(PartnerSettingsSchema, 'The settings') },
});

const updateSettings = defineRoute('partners:settings', {
  method: 'put',
  path: '/partners/settings',
  tags,
  summary: 'Change the number of months without activity after which a partner counts as dormant',
  request: { body: jsonBody(UpdatePartnerSettingsInputSchema) },
  responses: { 200: jsonAnswer(PartnerSettingsSchema, 'The settings'), 409: conflict },
});

const addCooperationField = defineRoute('partners:settings', {
  method: 'post',
  path: '/partners/cooperation-fields',
  tags,
  summary: 'Extend the list of cooperation fields',
  request: { body: jsonBody(CooperationFieldInputSchema) },
  responses: { 201: jsonAnswer(CooperationFieldSchema, 'The field added'), 409: conflict },
});

export function createPartnersRoutes({ partners }: { partners: PartnersService }) {
  async function detailAnswer(actor: ReturnType<typeof actorOf>, id: string, locale: InterfaceLocale) {
    const parts = await partners.detail(actor, id, locale);
    return presentPartnerDetail(parts, {
      edit: can(actor, 'partners:edit'),
      recordActivity: can(actor, 'partners:activity'),
      readAudit: can(actor, 'partners:edit') || can(actor, 'audit:read'),
      openSessions: can(actor, 'sessions:read'),
    });
  }

  return createRouter()
    .openapi(similarPartners, async (c) => {
      const items = (await partners.similar(c.req.valid('query'))).map(presentPartnerSummary);
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(partnerReference, async (c) => {
      const reference = await partners.reference();
      return c.json(
        {
          regions: reference.regions.map(({ code, nameTh, nameEn }) => ({ code, nameTh, nameEn })),
          cooperationFields: reference.fields.map(({ code, nameTh, nameEn }) => ({ code, nameTh, nameEn })),
          countryRegions: Object.fromEntries(
            reference.countryRegions.map((row) => [row.countryCode, row.regionCode]),
          ),
          aseanCountries: reference.countryRegions.filter((row) => row.isAsean).map((row) => row.countryCode),
          dormantAfterMonths: reference.dormantAfterMonths,
        },
        200,
      );
    })
    .openapi(getSettings, async (c) => {
      const { months, version } = await partners.dormantAfterMonths();
      return c.json({ dormantAfterMonths: months, version }, 200);
    })
    .openapi(updateSettings, async (c) => {
      const input = c.req.valid('json');
      const saved = await partners.setDormantAfterMonths(
        requestContext(c),
        input.dormantAfterMonths,
        input.version,
      );
      return c.json({ dormantAfterMonths: saved.months, version: saved.version }, 200);
    })
    .openapi(addCooperationField, async (c) => {
      const field = await partners.addCooperationField(requestContext(c), c.req.valid('json'));
      return c.json({ code: field.code, nameTh: field.nameTh, nameEn: field.nameEn }, 201);
    })
    .openapi(analysis, async (c) => {
      const figures = await partners.analysis(actorOf(c));
      return c.json(
        {
          ...figures,
          dormant: figures.dormant.map(presentPartnerSummary),
          mapPoints: figures.mapPoints.map(presentPartnerSummary),
        },
        200,
      );
    })
    .openapi(publicSisterCities, async (c) => {
      const { items, withheld } = await partners.publicSisterCities();
      const locale = c.get('locale');
      const shown = items
        .map(({ partner, sinceYear, agreementType }) => ({
          nameTh: partner.nameTh,
          nameEn: partner.nameEn,
          countryCode: partner.countryCode,
          kind: presentPartnerSummary(partner).kind,
          sinceYear,
          agreementType,
        }))
        .sort(
          (a, b) =>
            (a.sinceYear ?? 9999) - (b.sinceYear ?? 9999) ||
            new Intl.Collator(locale).compare(a.nameEn ?? '', b.nameEn ?? ''),
        );
      return c.json({ items: shown, total: shown.length, withheld }, 200);
    })
    .openapi(listPartners, async (c) => {
      const query: PartnerListQuery = c.req.valid('query');
      const locale = c.get('locale');
      const items = sortPartners(
        (await partners.search(actorOf(c), query)).map(presentPartnerSummary),
        query.sort,
        query.order,
        locale,
        (code) => countryName(code, locale),
      );
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(getPartner, async (c) =>
      c.json(await detailAnswer(actorOf(c), c.req.valid('param').id, c.get('locale')), 200),
    )
    .openapi(partnerHistory, async (c) => {
      const rows = await partners.history(actorOf(c), c.req.valid('param').id);
      return c.json({ items: rows.map(presentAuditEvent) }, 200);
    })
    .openapi(createPartner, async (c) => {
      const partner = await partners.createPartner(requestContext(c), c.req.valid('json'));
      return c.json(await detailAnswer(actorOf(c), partner.id, c.get('locale')), 201);
    })
    .openapi(updatePartner, async (c) => {
      const { id } = c.req.valid('param');
      await partners.updatePartner(requestContext(c), id, c.req.valid('json'));
      return c.json(await detailAnswer(actorOf(c), id, c.get('locale')), 200);
    })
    .openapi(archivePartner, async (c) => {
      const { id } = c.req.valid('param');
      await partners.setArchived(requestContext(c), id, c.req.valid('json').version, true);
      return c.json(await detailAnswer(actorOf(c), id, c.get('locale')), 200);
    })
    .openapi(restorePartner, async (c) => {
      const { id } = c.req.valid('param');
      await partners.setArchived(requestContext(c), id, c.req.valid('json').version, false);
      return c.json(await detailAnswer(actorOf(c), id, c.get('locale')), 200);
    })
    .openapi(deletePartner, async (c) => {
      await partners.deletePartner(requestContext(c), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    })
    .openapi(addAgreement, async (c) => {
      const agreement = await partners.addAgreement(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentAgreement(agreement), 201);
    })
    .openapi(updateAgreement, async (c) => {
      const { id, childId } = c.req.valid('param');
      const agreement = await partners.updateAgreement(requestContext(c), id, childId, c.req.valid('json'));
      return c.json(presentAgreement(agreement), 200);
    })
    .openapi(removeAgreement, async (c) => {
      const { id, childId } = c.req.valid('param');
      await partners.removeAgreement(requestContext(c), id, childId, c.req.valid('query').version);
      return c.body(null, 204);
    })
    .openapi(addActivity, async (c) => {
      const activity = await partners.addActivity(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentActivity(activity), 201);
    })
    .openapi(updateActivity, async (c) => {
      const { id, childId } = c.req.valid('param');
      const activity = await partners.updateActivity(requestContext(c), id, childId, c.req.valid('json'));
      return c.json(presentActivity(activity), 200);
    })
    .openapi(removeActivity, async (c) => {
      const { id, childId } = c.req.valid('param');
      await partners.removeActivity(requestContext(c), id, childId, c.req.valid('query').version);
      return c.body(null, 204);
    })
    .openapi(addContact, async (c) => {
      const contact = await partners.addContact(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentContact(contact), 201);
    })
    .openapi(updateContact, async (c) => {
      const { id, childId } = c.req.valid('param');
      const contact = await partners.updateContact(requestContext(c), id, childId, c.req.valid('json'));
      return c.json(presentContact(contact), 200);
    })
    .openapi(removeContact, async (c) => {
      const { id, childId } = c.req.valid('param');
      await partners.removeContact(requestContext(c), id, childId, c.req.valid('query').version);
      return c.body(null, 204);
    });
}
