/** Shapes coordination requests for the API: names instead of codes and ids, ages and overdue flags. */
import {
  isOpenCoordinationStatus,
  type CoordinationEvent,
  type CoordinationFile,
  type CoordinationRequestDetail,
  type CoordinationRequestSummary,
  type CoordinationStatus,
} from '@bia/contracts';
import { bangkokToday } from '../../shared/clock.ts';
import type { EventRow, FileRow, RequestRow } from './coordination.repository.ts';
import { daysBetween } from './coordination.rules.ts';

/** The names a page needs, and today's date in Bangkok. */
export interface Names {
  units: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  today: string;
}

const unitOf = (code: string, names: Names) => ({ code, name: names.units.get(code) ?? code });
const personOf = (id: string, names: Names) => ({ id, name: names.people.get(id) ?? id });

export function isOverdue(row: RequestRow, today: string): boolean {
  return isOpenCoordinationStatus(row.status as CoordinationStatus) && row.dueDate < today;
}

/** Whole days from the day it was opened to today, or to the day it was closed. */
export function ageDays(row: RequestRow, today: string): number {
  const end = row.closedAt ? bangkokToday(row.closedAt) : today;
  return Math.max(0, daysBetween(bangkokToday(row.openedAt), end));
}

export function presentSummary(row: RequestRow, names: Names): CoordinationRequestSummary {
  return {
    id: row.id,
    subject: row.subject,
    status: row.status as CoordinationStatus,
    urgency: row.urgency as CoordinationRequestSummary['urgency'],
    handledBy: row.handledBy as CoordinationRequestSummary['handledBy'],
    fromUnit: row.fromUnitCode ? unitOf(row.fromUnitCode, names) : null,
    toUnit: unitOf(row.toUnitCode, names),
    assignee: row.assigneeId ? personOf(row.assigneeId, names) : null,
    openedBy: personOf(row.openedBy, names),
    openedAt: row.openedAt.toISOString(),
    dueDate: row.dueDate,
    isOverdue: isOverdue(row, names.today),
    ageDays: ageDays(row, names.today),
    version: row.version,
  };
}

export function presentFile(file: FileRow, names: Names): CoordinationFile {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    byteSize: file.byteSize,
    uploadedBy: file.uploadedBy ? personOf(file.uploadedBy, names) : null,
    uploadedAt: file.uploadedAt.toISOString(),
  };
}

function presentEvent(event: EventRow, names: Names): CoordinationEvent {
  return {
    id: event.id,
    kind: event.kind as CoordinationEvent['kind'],
    at: event.at.toISOString(),
    by: event.actorId ? personOf(event.actorId, names) : null,
    fromStatus: (event.fromStatus as CoordinationStatus | null) ?? null,
    toStatus: (event.toStatus as CoordinationStatus | null) ?? null,
    toUnit: event.toUnitCode ? unitOf(event.toUnitCode, names) : null,
    assignee: event.assigneeId ? personOf(event.assigneeId, names) : null,
    body: event.body,
    addressedTo: event.addressedTo ? personOf(event.addressedTo, names) : null,
  };
}

export interface RequestDetailView {
  row: RequestRow;
  events: EventRow[];
  files: FileRow[];
  names: Names;
  partnerName: string | null;
  can: CoordinationRequestDetail['can'];
  participants: { id: string; name: string }[];
}

export function presentDetail(view: RequestDetailView): CoordinationRequestDetail {
  const { row, names } = view;
  return {
    ...presentSummary(row, names),
    details: row.details,
    partner: row.partnerId ? { id: row.partnerId, name: view.partnerName ?? row.partnerId } : null,
    sessionId: row.sessionId,
    kpiCode: row.kpiCode,
    files: view.files.map((file) => presentFile(file, names)),
    history: view.events.map((event) => presentEvent(event, names)),
    can: view.can,
    participants: view.participants,
  };
}
