/**
 * A partner's agreements: adding, changing and removing them, each change audited in one transaction
 * against the version the user loaded. Composed into the partners service.
 */
import { DEFAULT_VERIFICATION, type AgreementInput, type UpdateAgreementInput } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { textOrNull, textOrNullIfSent } from '../../shared/text.ts';
import { auditSnapshot, definedOnly } from '../../shared/records.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import {
  assertKnownFields,
  assertSourced,
  assertSourcedChange,
  editablePartner,
  failOn,
  storedSources,
} from './partners.checks.ts';
import { partnerErrors } from './partners.errors.ts';
import { agreementDateProblems, bangkokToday } from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type { AgreementRow } from './partners.repository.ts';

const audited = { entityType: 'agreement', snapshot: auditSnapshot<AgreementRow> } as const;

export function createAgreementsService({ db, clock }: { db: Db; clock: Clock }) {
  /** The agreement, locked with its partner (which must not be archived). */
  async function lockAgreement(tx: Db, partnerId: string, id: string): Promise<AgreementRow> {
    await editablePartner(tx, partnerId);
    const agreement = await repository.findAgreement(tx, partnerId, id);
    if (!agreement) throw new AppError(partnerErrors.agreement_not_found);
    return agreement;
  }

  return {
    async addAgreement(context: RequestContext, partnerId: string, input: AgreementInput) {
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const dates = {
          signedOn: input.signedOn ?? null,
          signedYear: input.signedYear ?? (input.signedOn ? Number(input.signedOn.slice(0, 4)) : null),
          expiresOn: input.expiresOn ?? null,
          renewalOn: input.renewalOn ?? null,
        };
        failOn(agreementDateProblems(dates, bangkokToday(clock.now())));
        const verification = input.verification ?? DEFAULT_VERIFICATION;
        const sources = storedSources(input.sources ?? []);
        assertSourced(verification, sources);
        await assertKnownFields(tx, input.fields);
        return createAudited(tx, context, {
          ...audited,
          action: 'agreement.create',
          entityId: (agreement) => agreement.id,
          insert: (executor) =>
            repository.insertAgreement(executor, {
              partnerId,
              type: input.type,
              title: textOrNull(input.title),
              ...dates,
              termYears: input.termYears ?? null,
              signatories: textOrNull(input.signatories),
              fields: [...new Set(input.fields ?? [])],
              notes: textOrNull(input.notes),
              verification,
              sources,
            }),
        });
      });
    },

    async updateAgreement(
      context: RequestContext,
      partnerId: string,
      id: string,
      input: UpdateAgreementInput,
    ) {
      const { version, sources: sourcesSent, ...changes } = input;
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'agreement.update',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => lockAgreement(executor, partnerId, id),
          write: async (executor, before) => {
            const signedYear =
              changes.signedYear !== undefined
                ? changes.signedYear
                : changes.signedOn
                  ? Number(changes.signedOn.slice(0, 4))
                  : before.signedYear;
            const dates = {
              signedOn: changes.signedOn === undefined ? before.signedOn : changes.signedOn,
              signedYear,
              expiresOn: changes.expiresOn === undefined ? before.expiresOn : changes.expiresOn,
              renewalOn: changes.renewalOn === undefined ? before.renewalOn : changes.renewalOn,
            };
            failOn(agreementDateProblems(dates, bangkokToday(clock.now())));
            const sources = sourcesSent === undefined ? undefined : storedSources(sourcesSent);
            assertSourcedChange({ verification: changes.verification, sources }, before);
            await assertKnownFields(executor, changes.fields);
            return repository.updateAgreement(executor, id, {
              ...definedOnly({
                ...changes,
                title: textOrNullIfSent(changes.title),
                signatories: textOrNullIfSent(changes.signatories),
                notes: textOrNullIfSent(changes.notes),
                fields: changes.fields ? [...new Set(changes.fields)] : undefined,
                sources,
              }),
              ...dates,
            });
          },
        });
        return after;
      });
    },

    async removeAgreement(context: RequestContext, partnerId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'agreement.delete',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => lockAgreement(executor, partnerId, id),
          remove: async (executor) => {
            if ((await repository.countDocumentsOf(executor, 'agreement', id)) > 0) {
              throw new AppError(partnerErrors.record_has_documents);
            }
            await repository.deleteAgreement(executor, id);
          },
        });
      });
    },
  };
}
