/**
 * The user forms' values as typed, and their schemas: the values mapped onto the contracts' inputs
 * (`CreateUserInputSchema`, `UpdateUserInputSchema`) and checked by them, so the browser checks what
 * the server checks. The roles are chosen as drafts (utils/role-drafts.ts); two checks are the form's
 * own words: no role at all, and a role whose scope is still empty.
 */
import { z } from 'zod';
import {
  CreateUserInputSchema,
  InterfaceLocaleSchema,
  PasswordSchema,
  roleScope,
  UpdateUserInputSchema,
  type RoleGrantInput,
  type User,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { draftsFromGrants, grantsFromDrafts, type RoleDraft } from './role-drafts.ts';

/** What the create and the edit forms share: the name shown and the roles. */
export interface UserDetailsFormValues {
  displayName: string;
  roles: RoleDraft[];
}

export type UserAccess = 'invite' | 'password';

export interface CreateUserFormValues extends UserDetailsFormValues {
  email: string;
  locale: InterfaceLocale;
  /** An invitation to set a password (e-mailed), or the first password set now. */
  access: UserAccess;
  password: string;
}

/** The server's field errors for the roles name them by their place in the list sent. */
export function roleScopeFields(drafts: readonly RoleDraft[]) {
  return drafts.map((_, index) => `roles.${index}.scopeId` as const);
}

const roleDraftsSchema = z.custom<RoleDraft[]>().superRefine((drafts, context) => {
  if (drafts.length === 0) {
    context.addIssue({ code: 'custom', params: { messageKey: 'admin:user_form.roles_required' } });
  }
  drafts.forEach((draft, index) => {
    if (roleScope[draft.role] && draft.scopeId.trim() === '') {
      context.addIssue({
        code: 'custom',
        path: [index, 'scopeId'],
        params: { messageKey: 'admin:user_form.scope_required' },
      });
    }
  });
});

const userDetailsShape = {
  displayName: UpdateUserInputSchema.shape.displayName.unwrap(),
  roles: roleDraftsSchema,
};

export function userDetailsValuesOf(user: User): UserDetailsFormValues {
  return { displayName: user.displayName, roles: draftsFromGrants(user.roles) };
}

/** The edit form: the name and the roles as the contract takes them (the page sends only what changed). */
export const userDetailsFormSchema = z
  .object(userDetailsShape)
  .transform((values) => ({ displayName: values.displayName, roles: grantsFromDrafts(values.roles) }))
  .pipe(
    UpdateUserInputSchema.pick({ displayName: true, roles: true }).required({
      displayName: true,
      roles: true,
    }),
  );

export interface UserDetailsInput {
  displayName: string;
  roles: RoleGrantInput[];
}

export const emptyCreateUserValues: CreateUserFormValues = {
  email: '',
  displayName: '',
  locale: 'th',
  roles: [],
  access: 'invite',
  password: '',
};

export const createUserFormFields = [
  'email',
  'displayName',
  'locale',
  'password',
] as const satisfies readonly (keyof CreateUserFormValues)[];

/** The first password is asked for only when it is to be set now. */
const accessSchema = z.discriminatedUnion('access', [
  z.object({ access: z.literal('invite'), password: z.string() }),
  z.object({
    access: z.literal('password'),
    password: z.string().min(1).pipe(PasswordSchema),
  }),
]);

export const createUserFormSchema = z
  .object({
    ...userDetailsShape,
    email: z.string().trim().min(1).pipe(CreateUserInputSchema.shape.email),
    locale: InterfaceLocaleSchema,
  })
  .and(accessSchema)
  .transform((values): z.input<typeof CreateUserInputSchema> => ({
    email: values.email,
    displayName: values.displayName,
    locale: values.locale,
    roles: grantsFromDrafts(values.roles),
    ...(values.access === 'password' ? { password: values.password } : {}),
  }))
  .pipe(CreateUserInputSchema);
