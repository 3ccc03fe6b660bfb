/**
 * A member added to the working group, as the form holds it (text as typed), and the form schema:
 * the values mapped onto the member's input and checked by the contract's own
 * `CreateWorkingGroupMemberInputSchema`.
 */
import { z } from 'zod';
import {
  CreateWorkingGroupMemberInputSchema,
  WorkingGroupRoleSchema,
  type CreateWorkingGroupMemberInput,
  type WorkingGroupRole,
} from '@bia/contracts';

export interface MemberFormValues {
  fullName: string;
  position: string;
  groupRole: WorkingGroupRole;
  email: string;
}

/** The form's fields, in the order shown (where the server's field errors may land). */
export const memberFormFields = [
  'fullName',
  'position',
  'groupRole',
  'email',
] as const satisfies readonly (keyof MemberFormValues)[];

export const emptyMember: MemberFormValues = { fullName: '', position: '', groupRole: 'member', email: '' };

/** The member as the API takes it: a position or e-mail left empty is not sent. */
export function memberInputOf(values: MemberFormValues): CreateWorkingGroupMemberInput {
  return {
    fullName: values.fullName,
    groupRole: values.groupRole,
    ...(values.position.trim() ? { position: values.position } : {}),
    ...(values.email.trim() ? { email: values.email } : {}),
  };
}

export const memberFormSchema = z
  .object({
    fullName: z.string(),
    position: z.string(),
    groupRole: WorkingGroupRoleSchema,
    email: z.string(),
  })
  .transform(memberInputOf)
  .pipe(CreateWorkingGroupMemberInputSchema);
