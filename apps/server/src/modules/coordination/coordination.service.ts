/**
 * Coordination requests (issue 16, decision 0054): opening one, its status, its assignment and its
 * comments. Every change is audited under the request (`coordination_request`) and kept in its
 * history, dated and attributed; the people it concerns are mailed after the change is committed.
 */
import {
  CoordinationAssignSchema,
  CoordinationCommentSchema,
  CoordinationRequestCreateSchema,
  CoordinationStatusChangeSchema,
  isOpenCoordinationStatus,
  type CoordinationAssign,
  type CoordinationComment,
  type CoordinationRequestCreate,
  type CoordinationStatus,
  type CoordinationStatusChange,
} from '@bia/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, type FieldProblem } from '../../shared/errors.ts';
import { validationError } from '../../shared/validation.ts';
import { createAudited, updateAudited } from '../audit/index.ts';
import type { Mailer, OutgoingMail } from '../mail/index.ts';
import { checkTargetUnit, failOn, involvementOf, problem, type Involvement } from './coordination.access.ts';
import { createCoordinationDirectory, type Recipient } from './coordination.directory.ts';
import { coordinationErrors } from './coordination.errors.ts';
import { assignedMail, commentMail, coordinationRequestUrl } from './coordination.mail.ts';
import * as repository from './coordination.repository.ts';
import type { RequestRow } from './coordination.repository.ts';
import { actingUnitsOf, canMoveStatus } from './coordination.rules.ts';

export interface CoordinationDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** What the audit trail keeps of a request. */
export function requestSnapshot(row: RequestRow) {
  const { updatedAt: _updated, ...rest } = row;
  return rest;
}

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export type CoordinationService = ReturnType<typeof createCoordinationService>;

export function createCoordinationService({ db, clock, mailer, publicUrl }: CoordinationDeps) {
  const directory = createCoordinationDirectory(db);
  const iao = directory.iaoUnitCode;

  async function requestOrFail(id: string): Promise<RequestRow> {
    const row = await repository.findRequest(db, id);
    if (!row) throw new AppError(coordinationErrors.request_not_found);
    return row;
  }

  async function lockOrFail(tx: Db, id: string): Promise<RequestRow> {
    const row = await repository.findRequest(tx, id, { lock: 'update' });
    if (!row) throw new AppError(coordinationErrors.request_not_found);
    return row;
  }

  /** The request and what the actor may do with it; refused when they may not even read it. */
  async function readable(actor: Actor, id: string): Promise<{ row: RequestRow; access: Involvement }> {
    const row = await requestOrFail(id);
    const access = involvementOf(actor, row, iao);
    if (!access.mayRead) throw new AppError(coordinationErrors.not_your_request);
    return { row, access };
  }

  /** The person to assign, checked: one who may handle the unit's requests, chosen by one who may. */
  async function checkedAssignee(
    actor: Actor,
    toUnitCode: string,
    assigneeId: string | null,
  ): Promise<Recipient | null> {
    if (!assigneeId) return null;
    if (!involvesUnit(actor, toUnitCode)) throw new AppError(coordinationErrors.not_handling_unit);
    const handler = (await directory.handlersOf(toUnitCode)).find((person) => person.userId === assigneeId);
    if (!handler)
      failOn([problem('assigneeId', 'assignee_not_in_unit', 'coordination:errors.assignee_not_in_unit')]);
    return handler ?? null;
  }

  function involvesUnit(actor: Actor, unitCode: string): boolean {
    return actor.permissions.has('coordination:manage') || actingUnitsOf(actor, iao).includes(unitCode);
  }

  async function send(mails: OutgoingMail[]): Promise<void> {
    for (const mail of mails) await mailer.send(mail);
  }

  /** Mails the assignee, or, with no one assigned, everyone who handles the unit's requests (not the actor). */
  async function mailAssigned(actor: Actor, row: RequestRow, assignee: Recipient | null): Promise<void> {
    const recipients = assignee ? [assignee] : await directory.handlersOf(row.toUnitCode);
    const facts = {
      subject: row.subject,
      dueDate: row.dueDate,
      url: coordinationRequestUrl(publicUrl, row.id),
    };
    await send(
      recipients
        .filter((person) => person.userId !== actor.userId)
        .map((person) => assignedMail(person, facts)),
    );
  }

  /** Everyone a comment may be addressed to: those who took part, and who handles either side's requests. */
  async function participantsOf(row: RequestRow): Promise<Recipient[]> {
    const byId = new Map<string, Recipient>();
    for (const person of await directory.handlersOf(row.toUnitCode)) byId.set(person.userId, person);
    if (row.fromUnitCode)
      for (const person of await directory.handlersOf(row.fromUnitCode))
        if (!byId.has(person.userId)) byId.set(person.userId, person);
    const events = await repository.listEvents(db, row.id);
    const others = [row.openedBy, row.assigneeId, ...events.map((event) => event.actorId)].filter(
      (id): id is string => id !== null && !byId.has(id),
    );
    for (const person of await directory.people([...new Set(others)])) byId.set(person.userId, person);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'th'));
  }

  return {
    directory,
    readable,
    participantsOf,

    /**
     * Opens a request for the actor and answers its id. The input is checked as the API checks it
     * (`CoordinationRequestCreateSchema`): the due date not in the past (Bangkok), the units known, a
     * liaison officer's request from their own unit and to the IAO or their own unit, an assignee who
     * handles the unit's requests, a partner and a trade session that exist. The request is received
     * by its unit, audited, and its assignee (or the unit's handlers) mailed. Other modules (the impact
     * register) call it as the route does; `context` names where the change came from for the audit trail.
     */
    async open(
      actor: Actor,
      input: CoordinationRequestCreate,
      context: RequestContext = { actor, ipAddress: 'internal' },
    ): Promise<string> {
      const request = parsed(CoordinationRequestCreateSchema, input);
      const problems: FieldProblem[] = [];
      if (request.dueDate < bangkokToday(clock.now()))
        problems.push(problem('dueDate', 'due_in_past', 'coordination:errors.due_in_past'));
      if (!(await directory.unitExists(request.toUnitCode)))
        problems.push(problem('toUnitCode', 'unit_unknown', 'coordination:errors.unit_unknown'));
      if (
        request.partnerId &&
        !(await directory.partnerNames([request.partnerId], 'th')).has(request.partnerId)
      )
        problems.push(problem('partnerId', 'partner_unknown', 'coordination:errors.partner_unknown'));
      if (request.sessionId && !(await directory.sessionExists(request.sessionId)))
        problems.push(problem('sessionId', 'session_unknown', 'coordination:errors.session_unknown'));
      failOn(problems);

      const units = actingUnitsOf(actor, iao);
      if (request.fromUnitCode && !units.includes(request.fromUnitCode))
        throw new AppError(coordinationErrors.not_your_unit);
      const fromUnitCode =
        request.fromUnitCode ??
        (units.includes(iao) && actor.permissions.has('coordination:manage') ? iao : (units[0] ?? null));
      checkTargetUnit(actor, request.toUnitCode, iao);
      const assignee = await checkedAssignee(actor, request.toUnitCode, request.assigneeId);

      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const created = await createAudited(tx, context, {
          action: 'coordination_request.open',
          entityType: 'coordination_request',
          entityId: (inserted: RequestRow) => inserted.id,
          snapshot: requestSnapshot,
          insert: (inserting) =>
            repository.insertRequest(inserting, {
              subject: request.subject,
              details: request.details,
              fromUnitCode,
              toUnitCode: request.toUnitCode,
              assigneeId: assignee?.userId ?? null,
              partnerId: request.partnerId,
              sessionId: request.sessionId,
              kpiCode: request.kpiCode,
              dueDate: request.dueDate,
              urgency: request.urgency,
              handledBy: request.handledBy,
              status: 'received',
              openedBy: actor.userId,
              openedAt: now,
              updatedAt: now,
            }),
        });
        await repository.insertEvent(tx, {
          requestId: created.id,
          kind: 'opened',
          actorId: actor.userId,
          at: now,
          toStatus: 'received',
          toUnitCode: created.toUnitCode,
          assigneeId: created.assigneeId,
        });
        return created;
      });
      await mailAssigned(actor, row, assignee);
      return row.id;
    },

    /** Moves the status at the version read, by the unit handling it (a decline says why). */
    async changeStatus(
      context: RequestContext,
      actor: Actor,
      id: string,
      input: CoordinationStatusChange,
    ): Promise<void> {
      const change = parsed(CoordinationStatusChangeSchema, input);
      const { access } = await readable(actor, id);
      if (!access.isHandling) throw new AppError(coordinationErrors.not_handling_unit);
      if (change.status === 'declined' && !change.note)
        failOn([problem('note', 'decline_reason_required', 'coordination:errors.decline_reason_required')]);
      const now = clock.now();
      await db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'coordination_status.update',
          entityType: 'coordination_request',
          entityId: id,
          expectedVersion: change.version,
          lock: (locking) => lockOrFail(locking, id),
          snapshot: requestSnapshot,
          write: async (writing, before) => {
            const from = before.status as CoordinationStatus;
            if (!canMoveStatus(from, change.status))
              throw new AppError(coordinationErrors.status_move_invalid);
            const after = await repository.updateRequest(writing, before, {
              status: change.status,
              closedAt: isOpenCoordinationStatus(change.status) ? null : now,
              updatedAt: now,
            });
            await repository.insertEvent(writing, {
              requestId: id,
              kind: 'status',
              actorId: actor.userId,
              at: now,
              fromStatus: from,
              toStatus: change.status,
              body: change.note || null,
            });
            return after;
          },
        }),
      );
    },

    /** Assigns the request to a unit and optionally a person there, at the version read; they are mailed. */
    async assign(
      context: RequestContext,
      actor: Actor,
      id: string,
      input: CoordinationAssign,
    ): Promise<void> {
      const assignment = parsed(CoordinationAssignSchema, input);
      const { access } = await readable(actor, id);
      if (!access.mayAssign) throw new AppError(coordinationErrors.not_handling_unit);
      if (!(await directory.unitExists(assignment.toUnitCode)))
        failOn([problem('toUnitCode', 'unit_unknown', 'coordination:errors.unit_unknown')]);
      checkTargetUnit(actor, assignment.toUnitCode, iao);
      const assignee = await checkedAssignee(actor, assignment.toUnitCode, assignment.assigneeId);
      const now = clock.now();
      const { before, after } = await db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'coordination_assignment.update',
          entityType: 'coordination_request',
          entityId: id,
          expectedVersion: assignment.version,
          lock: (locking) => lockOrFail(locking, id),
          snapshot: requestSnapshot,
          write: async (writing, locked) => {
            const updated = await repository.updateRequest(writing, locked, {
              toUnitCode: assignment.toUnitCode,
              assigneeId: assignee?.userId ?? null,
              updatedAt: now,
            });
            await repository.insertEvent(writing, {
              requestId: id,
              kind: 'assigned',
              actorId: actor.userId,
              at: now,
              toUnitCode: updated.toUnitCode,
              assigneeId: updated.assigneeId,
            });
            return updated;
          },
        }),
      );
      const isNewPerson = assignee !== null && assignee.userId !== before.assigneeId;
      const isNewUnit = before.toUnitCode !== after.toUnitCode;
      if (isNewPerson || (isNewUnit && !assignee)) await mailAssigned(actor, after, assignee);
    },

    /** Adds a comment, optionally addressed to one of those taking part, who is mailed. */
    async comment(
      context: RequestContext,
      actor: Actor,
      id: string,
      input: CoordinationComment,
    ): Promise<void> {
      const comment = parsed(CoordinationCommentSchema, input);
      const { row, access } = await readable(actor, id);
      if (!access.isParty) throw new AppError(coordinationErrors.not_your_request);
      let addressee: Recipient | undefined;
      if (comment.addressedTo) {
        addressee = (await participantsOf(row)).find((person) => person.userId === comment.addressedTo);
        if (!addressee)
          failOn([problem('addressedTo', 'addressee_unknown', 'coordination:errors.addressee_unknown')]);
      }
      const now = clock.now();
      await db.transaction((tx) =>
        createAudited(tx, context, {
          action: 'coordination_comment.add',
          entityType: 'coordination_request',
          entityId: () => id,
          snapshot: (event: repository.EventRow) => ({ body: event.body, addressedTo: event.addressedTo }),
          insert: (inserting) =>
            repository.insertEvent(inserting, {
              requestId: id,
              kind: 'comment',
              actorId: actor.userId,
              at: now,
              body: comment.body,
              addressedTo: comment.addressedTo,
            }),
        }),
      );
      if (addressee && addressee.userId !== actor.userId)
        await send([
          commentMail(
            addressee,
            { subject: row.subject, dueDate: row.dueDate, url: coordinationRequestUrl(publicUrl, row.id) },
            { author: actor.displayName, body: comment.body },
          ),
        ]);
    },
  };
}
