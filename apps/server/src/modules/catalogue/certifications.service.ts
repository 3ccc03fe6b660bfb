/**
 * A product's certifications (Bangkok Brand, OTOP and others): adding, changing and removing them. A
 * Bangkok Brand certification is the catalogue managers' alone. Every change is audited in one
 * transaction against the version the user loaded. Composed into the catalogue service.
 */
import type { CertificationInput, UpdateCertificationInput } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { textOrNull } from '../../shared/text.ts';
import { auditSnapshot } from '../../shared/records.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import { assertDistrict, assertEditable, failOn, productOrFail } from './catalogue.checks.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import { canManageCatalogue, certificationProblems } from './catalogue.policy.ts';
import * as repository from './catalogue.repository.ts';
import type { CertificationRow } from './catalogue.repository.ts';

const audited = { entityType: 'certification', snapshot: auditSnapshot<CertificationRow> } as const;

export function createCertificationsService({ db }: { db: Db }) {
  /** The certification, locked with its product, when the actor may change it. */
  function lockCertification(context: RequestContext, productId: string, id: string) {
    return async (executor: Db): Promise<CertificationRow> => {
      const product = await productOrFail(executor, productId, { forUpdate: true });
      assertEditable(context.actor, product.entrepreneurId);
      const certification = await repository.findCertification(executor, productId, id);
      if (!certification) throw new AppError(catalogueErrors.certification_not_found);
      if (certification.kind === 'bangkok_brand' && !canManageCatalogue(context.actor)) {
        throw new AppError(catalogueErrors.bangkok_brand_managed_only);
      }
      return certification;
    };
  }

  return {
    async addCertification(context: RequestContext, productId: string, input: CertificationInput) {
      return db.transaction(async (tx) => {
        const product = await productOrFail(tx, productId, { forUpdate: true });
        assertEditable(context.actor, product.entrepreneurId);
        if (input.kind === 'bangkok_brand' && !canManageCatalogue(context.actor)) {
          throw new AppError(catalogueErrors.bangkok_brand_managed_only);
        }
        const fields = {
          kind: input.kind,
          yearCertified: input.yearCertified ?? null,
          validFrom: input.validFrom ?? null,
          validUntil: input.validUntil ?? null,
          districtCode: input.districtCode ?? null,
          number: textOrNull(input.number),
          name: textOrNull(input.name),
        };
        const checked = certificationProblems(fields);
        failOn(checked.problems);
        if (fields.districtCode) await assertDistrict(tx, fields.districtCode, 'districtCode');
        return createAudited(tx, context, {
          ...audited,
          action: 'certification.create',
          entityId: (certification) => certification.id,
          insert: (executor) =>
            repository.insertCertification(executor, {
              productId,
              ...fields,
              number: checked.number,
              issuer: textOrNull(input.issuer),
              isSample: product.isSample,
            }),
        });
      });
    },

    async updateCertification(
      context: RequestContext,
      productId: string,
      id: string,
      input: UpdateCertificationInput,
    ) {
      const { version, ...changes } = input;
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'certification.update',
          entityId: id,
          expectedVersion: version,
          lock: lockCertification(context, productId, id),
          write: async (executor, before) => {
            const merged = {
              kind: before.kind,
              yearCertified:
                changes.yearCertified === undefined ? before.yearCertified : changes.yearCertified,
              validFrom: changes.validFrom === undefined ? before.validFrom : changes.validFrom,
              validUntil: changes.validUntil === undefined ? before.validUntil : changes.validUntil,
              districtCode: changes.districtCode === undefined ? before.districtCode : changes.districtCode,
              number: changes.number === undefined ? before.number : textOrNull(changes.number),
              name: changes.name === undefined ? before.name : textOrNull(changes.name),
            };
            const checked = certificationProblems(merged);
            failOn(checked.problems);
            if (changes.districtCode) await assertDistrict(executor, changes.districtCode, 'districtCode');
            return repository.updateCertification(executor, id, {
              ...merged,
              number: checked.number,
              issuer: changes.issuer === undefined ? before.issuer : textOrNull(changes.issuer),
            });
          },
        });
        return after;
      });
    },

    async removeCertification(context: RequestContext, productId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'certification.delete',
          entityId: id,
          expectedVersion: version,
          lock: lockCertification(context, productId, id),
          remove: (executor) => repository.deleteCertification(executor, id),
        });
      });
    },
  };
}
