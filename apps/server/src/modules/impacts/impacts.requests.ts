/**
 * Turning an impact or a duty into a coordination request with one click (issue 16, decision 0055):
 * through the `RequestOpener` port (the coordination module's, wired in app.ts), from the IAO to the
 * item's unit, classed as the item is. The request is opened first (its own transaction, in the
 * coordination module), then its id is stored on the item, audited, with a history event.
 */
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { updateAudited } from '../audit/index.ts';
import { impactErrors } from './impacts.errors.ts';
import * as repository from './impacts.repository.ts';
import type { ItemRow } from './impacts.repository.ts';
import { clipped, requestDirection, type RequestToOpen } from './impacts.rules.ts';

/**
 * Opens a coordination request (the coordination module's, wired in app.ts): the register stores the
 * id it answers and links to `/requests/:id`.
 */
export interface RequestOpener {
  open(context: RequestContext, actor: Actor, request: RequestToOpen): Promise<{ id: string }>;
}

export async function openItemRequest(
  { db, clock, requests }: { db: Db; clock: Clock; requests?: RequestOpener | undefined },
  context: RequestContext,
  actor: Actor,
  itemId: string,
): Promise<{ themeId: string; unitCode: string }> {
  if (!requests) throw new AppError(impactErrors.requests_unavailable);
  const item = await repository.findItem(db, itemId);
  if (!item) throw new AppError(impactErrors.item_not_found);
  if (item.requestId) throw new AppError(impactErrors.request_exists);
  const answer = await repository.findAnswerById(db, item.answerId);
  if (!answer) throw new AppError(impactErrors.item_not_found);
  const theme = await repository.findTheme(db, answer.themeId);
  if (!theme) throw new AppError(impactErrors.theme_not_found);
  const t = translatorFor(actor.locale);
  const themeName = actor.locale === 'en' && theme.nameEn ? theme.nameEn : theme.nameTh;
  const today = bangkokToday(clock.now());
  const opened = await requests.open(context, actor, {
    subject: clipped(t('impacts:request.subject', { theme: themeName, text: item.text }), 200),
    need: t(item.kind === 'impact' ? 'impacts:request.need_impact' : 'impacts:request.need_duty', {
      theme: themeName,
      text: item.text,
      responsible: item.responsible,
    }),
    ...requestDirection(answer.unitCode),
    urgency: item.urgency as 'urgent' | 'can_wait',
    handling: item.handling as 'unit' | 'needs_iao',
    dueOn: item.targetOn < today ? today : item.targetOn,
  });
  const now = clock.now();
  await db.transaction(async (tx) => {
    await updateAudited(tx, context, {
      action: 'impact_request.open',
      entityType: 'impact_answer',
      entityId: answer.id,
      lock: async (locking) => {
        const row = await repository.findItem(locking, itemId, { lock: 'update' });
        if (!row) throw new AppError(impactErrors.item_not_found);
        return row;
      },
      snapshot: (row: ItemRow) => ({ kind: row.kind, text: row.text, requestId: row.requestId }),
      write: async (writing, before) => {
        if (before.requestId) throw new AppError(impactErrors.request_exists);
        const after = await repository.setItemRequest(writing, itemId, opened.id, now);
        await repository.insertEvent(writing, {
          answerId: answer.id,
          action: 'request_opened',
          comment: clipped(item.text, 200),
          by: actor.userId,
          at: now,
        });
        return after;
      },
    });
  });
  return { themeId: answer.themeId, unitCode: answer.unitCode };
}
