/**
 * A partner's contact people: adding, changing and removing them, each change audited in one
 * transaction against the version the user loaded. Composed into the partners service.
 */
import type { ContactInput, UpdateContactInput } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { textOrNull, textOrNullIfSent } from '../../shared/text.ts';
import { auditSnapshot, definedOnly } from '../../shared/records.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import { editablePartner } from './partners.checks.ts';
import { partnerErrors } from './partners.errors.ts';
import * as repository from './partners.repository.ts';
import type { ContactRow } from './partners.repository.ts';

const audited = { entityType: 'partner_contact', snapshot: auditSnapshot<ContactRow> } as const;

export function createContactsService({ db }: { db: Db }) {
  /** The contact, locked with its partner (which must not be archived). */
  async function lockContact(tx: Db, partnerId: string, id: string): Promise<ContactRow> {
    await editablePartner(tx, partnerId);
    const contact = await repository.findContact(tx, partnerId, id);
    if (!contact) throw new AppError(partnerErrors.contact_not_found);
    return contact;
  }

  return {
    async addContact(context: RequestContext, partnerId: string, input: ContactInput) {
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        return createAudited(tx, context, {
          ...audited,
          action: 'partner_contact.create',
          entityId: (contact) => contact.id,
          insert: (executor) =>
            repository.insertContact(executor, {
              partnerId,
              fullName: input.fullName,
              role: textOrNull(input.role),
              organisation: textOrNull(input.organisation),
              email: textOrNull(input.email),
              phone: textOrNull(input.phone),
              languages: [...new Set(input.languages ?? [])],
              notes: textOrNull(input.notes),
            }),
        });
      });
    },

    async updateContact(context: RequestContext, partnerId: string, id: string, input: UpdateContactInput) {
      const { version, ...changes } = input;
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'partner_contact.update',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => lockContact(executor, partnerId, id),
          write: (executor) =>
            repository.updateContact(
              executor,
              id,
              definedOnly({
                ...changes,
                role: textOrNullIfSent(changes.role),
                organisation: textOrNullIfSent(changes.organisation),
                email: textOrNullIfSent(changes.email),
                phone: textOrNullIfSent(changes.phone),
                notes: textOrNullIfSent(changes.notes),
                languages: changes.languages ? [...new Set(changes.languages)] : undefined,
              }),
            ),
        });
        return after;
      });
    },

    async removeContact(context: RequestContext, partnerId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'partner_contact.delete',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => lockContact(executor, partnerId, id),
          remove: (executor) => repository.deleteContact(executor, id),
        });
      });
    },
  };
}
