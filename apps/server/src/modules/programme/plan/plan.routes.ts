/** A year's trade programme: its plan, steps and working group (seed 003 §6). */
import {
  CreateProgrammeInputSchema,
  CreateWorkingGroupMemberInputSchema,
  ErrorResponseSchema,
  FiscalYearParamsSchema,
  ProgrammeDetailSchema,
  ProgrammeListSchema,
  ProgrammeStepParamsSchema,
  ProgrammeStepSchema,
  UpdateProgrammeInputSchema,
  UpdateProgrammeStepInputSchema,
  UpdateWorkingGroupMemberInputSchema,
  VersionQuerySchema,
  WorkingGroupMemberParamsSchema,
  WorkingGroupMemberSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import { presentMember, presentProgramme, presentProgrammeList, presentStep } from './plan.presenter.ts';
import type { ProgrammeService } from './plan.service.ts';

const tags = ['programme'];
const notFound = jsonAnswer(
  ErrorResponseSchema,
  'No programme for this fiscal year, or no such step or member',
);
const stale = jsonAnswer(ErrorResponseSchema, 'The record changed since it was loaded; nothing was saved');

const listProgrammes = defineRoute('programme:read', {
  method: 'get',
  path: '/programmes',
  tags,
  summary: "Every fiscal year's trade programme with its output KPIs, oldest first",
  responses: { 200: jsonAnswer(ProgrammeListSchema, 'The programmes') },
});

const createProgramme = defineRoute('programme:manage', {
  method: 'post',
  path: '/programmes',
  tags,
  summary: "Open a fiscal year's programme (Buddhist-era year); its steps are planned across the year",
  request: { body: jsonBody(CreateProgrammeInputSchema) },
  responses: {
    201: jsonAnswer(ProgrammeDetailSchema, 'The programme opened'),
    409: jsonAnswer(ErrorResponseSchema, 'This fiscal year has a programme already'),
  },
});

const getProgramme = defineRoute('programme:read', {
  method: 'get',
  path: '/programmes/{fiscalYear}',
  tags,
  summary: "A fiscal year's programme: its steps in the year's order, working group and KPIs",
  request: { params: FiscalYearParamsSchema },
  responses: { 200: jsonAnswer(ProgrammeDetailSchema, 'The programme'), 404: notFound },
});

const updateProgramme = defineRoute('programme:manage', {
  method: 'patch',
  path: '/programmes/{fiscalYear}',
  tags,
  summary: 'Change the planned sessions, entrepreneurs per session or notes (send the version you loaded)',
  request: { params: FiscalYearParamsSchema, body: jsonBody(UpdateProgrammeInputSchema) },
  responses: {
    200: jsonAnswer(ProgrammeDetailSchema, 'The programme changed'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'A stale version, or a session to drop has steps under way'),
  },
});

const updateStep = defineRoute('programme:steps', {
  method: 'patch',
  path: '/programme-steps/{id}',
  tags,
  summary: "Record a step's status, dates, owner or note (any step with programme:manage, else one's unit's)",
  request: { params: ProgrammeStepParamsSchema, body: jsonBody(UpdateProgrammeStepInputSchema) },
  responses: { 200: jsonAnswer(ProgrammeStepSchema, 'The step changed'), 404: notFound, 409: stale },
});

const addMember = defineRoute('programme:manage', {
  method: 'post',
  path: '/programmes/{fiscalYear}/working-group',
  tags,
  summary: 'Add a member to the working group',
  request: { params: FiscalYearParamsSchema, body: jsonBody(CreateWorkingGroupMemberInputSchema) },
  responses: {
    201: jsonAnswer(WorkingGroupMemberSchema, 'The member added'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The group has a member with this name'),
  },
});

const updateMember = defineRoute('programme:manage', {
  method: 'patch',
  path: '/working-group-members/{id}',
  tags,
  summary: "Change a working group member's details (send the version you loaded)",
  request: { params: WorkingGroupMemberParamsSchema, body: jsonBody(UpdateWorkingGroupMemberInputSchema) },
  responses: { 200: jsonAnswer(WorkingGroupMemberSchema, 'The member changed'), 404: notFound, 409: stale },
});

const removeMember = defineRoute('programme:manage', {
  method: 'delete',
  path: '/working-group-members/{id}',
  tags,
  summary: 'Remove a member from the working group (send the version you loaded as ?version=)',
  request: { params: WorkingGroupMemberParamsSchema, query: VersionQuerySchema },
  responses: { 204: { description: 'Removed' }, 404: notFound, 409: stale },
});

export function createProgrammeRoutes({ programme }: { programme: ProgrammeService }) {
  return createRouter()
    .openapi(listProgrammes, async (c) => {
      const items = await programme.listProgrammes();
      return c.json(presentProgrammeList(items, c.get('actor'), programme.today()), 200);
    })
    .openapi(createProgramme, async (c) => {
      const created = await programme.createProgramme(c.req.valid('json'), requestContext(c));
      return c.json(presentProgramme(created, c.get('actor'), programme.today()), 201);
    })
    .openapi(getProgramme, async (c) => {
      const found = await programme.getProgramme(c.req.valid('param').fiscalYear);
      return c.json(presentProgramme(found, c.get('actor'), programme.today()), 200);
    })
    .openapi(updateProgramme, async (c) => {
      const updated = await programme.updateProgramme(
        c.req.valid('param').fiscalYear,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentProgramme(updated, c.get('actor'), programme.today()), 200);
    })
    .openapi(updateStep, async (c) => {
      const actor = actorOf(c);
      const step = await programme.updateStep(
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentStep(step, actor, programme.today()), 200);
    })
    .openapi(addMember, async (c) => {
      const member = await programme.addMember(
        c.req.valid('param').fiscalYear,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentMember(member), 201);
    })
    .openapi(updateMember, async (c) => {
      const member = await programme.updateMember(
        c.req.valid('param').id,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentMember(member), 200);
    })
    .openapi(removeMember, async (c) => {
      await programme.removeMember(c.req.valid('param').id, c.req.valid('query').version, requestContext(c));
      return c.body(null, 204);
    });
}
