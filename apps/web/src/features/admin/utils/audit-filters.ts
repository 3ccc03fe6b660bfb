/**
 * The audit list's filters as the address keeps them (`?entityType=partner&action=partner.update…`):
 * a value the page could not have picked (a mistyped link) is left out rather than sent.
 */
import { isAuditAction, isAuditRecordType, type AuditRecordPage } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import type { AuditFilters } from '../api/audit.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The parameters of the address that filter the list (`page` aside). */
export const auditFilterParams = ['entityType', 'entityId', 'actorId', 'action', 'from', 'to'] as const;

export function auditFiltersFrom(search: URLSearchParams): AuditFilters {
  const value = (name: (typeof auditFilterParams)[number]) => search.get(name)?.trim() || undefined;
  const [entityType, action, actorId, from, to] = [
    value('entityType'),
    value('action'),
    value('actorId'),
    value('from'),
    value('to'),
  ];
  const entityId = value('entityId')?.slice(0, 200);
  return {
    ...(entityType && isAuditRecordType(entityType) ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(actorId && UUID.test(actorId) ? { actorId } : {}),
    ...(action && isAuditAction(action) ? { action } : {}),
    ...(from && ISO_DATE.test(from) ? { from } : {}),
    ...(to && ISO_DATE.test(to) ? { to } : {}),
  };
}

/** The address of the page showing a record of the trail. */
export function auditRecordPath(page: AuditRecordPage): string {
  switch (page.type) {
    case 'user':
      return paths.user(page.id);
    case 'unit':
      return paths.unit(page.id);
    case 'partner':
      return paths.partner(page.id);
    case 'business':
      return paths.business(page.id);
    case 'product':
      return paths.product(page.id);
    case 'programme':
      return paths.programme(Number(page.id));
    case 'session':
      return paths.session(page.id);
    case 'deal':
      return paths.deal(page.id);
    case 'learning_event':
      return paths.learningEvent(page.id);
    case 'training_officer':
      return paths.trainingOfficer(page.id);
    case 'training_competencies':
      return paths.trainingCompetencies;
  }
}
