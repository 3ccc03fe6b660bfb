/**
 * The programme's working group (seed 003 §6.1.2): who sits on it, in which role; IAO officers keep it.
 * Adding a member, the browser checks what the server checks (utils/member-form-values.ts).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  workingGroupRoles,
  type CreateWorkingGroupMemberInput,
  type ProgrammeDetail,
  type WorkingGroupMember,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useAddMember, useRemoveMember } from '../api/programmes.ts';
import { useProgrammeLabels } from '../hooks/use-programme-labels.ts';
import {
  emptyMember,
  memberFormFields,
  memberFormSchema,
  type MemberFormValues,
} from '../utils/member-form-values.ts';

export function WorkingGroupSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const { t: tCommon } = useTranslation();
  const labels = useProgrammeLabels();
  const headingId = useId();
  const remove = useRemoveMember();
  const members = programme.workingGroup;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('group.title')}</h2>
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, tCommon)}</Alert>}
      {members.length === 0 ? (
        <p className="empty">{t('group.empty')}</p>
      ) : (
        <ul className="plain-list programme-members">
          {members.map((member) => (
            <li key={member.id}>
              <MemberLine member={member} role={labels.groupRole(member.groupRole)} />
              {programme.canManage && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('group.remove_confirm', { name: member.fullName })))
                      remove.mutate({ id: member.id, version: member.version });
                  }}
                >
                  {t('group.remove', { name: member.fullName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {programme.canManage && <AddMemberForm fiscalYear={programme.fiscalYear} />}
    </section>
  );
}

function MemberLine({ member, role }: { member: WorkingGroupMember; role: string }) {
  return (
    <span className="programme-member">
      <strong>{member.fullName}</strong>
      {member.position && <span>{member.position}</span>}
      <span className="badge">{role}</span>
      {member.email && <a href={`mailto:${member.email}`}>{member.email}</a>}
    </span>
  );
}

function AddMemberForm({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const labels = useProgrammeLabels();
  const add = useAddMember(fiscalYear);
  const form = useContractForm<MemberFormValues, CreateWorkingGroupMemberInput>({
    schema: memberFormSchema,
    defaultValues: emptyMember,
  });
  const { register } = form;
  const errors = form.formState.errors;
  const isOnFields = memberFormFields.some((field) => fieldError(add.error, field) !== undefined);

  const submit = form.handleSubmit(
    (input) =>
      add.mutate(input, {
        onSuccess: () => form.reset(emptyMember),
        onError: (failure) => form.showServerErrors(failure, memberFormFields),
      }),
    () => add.reset(),
  );

  return (
    <form onSubmit={(event) => void submit(event)} className="programme-member-form" noValidate>
      <h3>{t('group.add_title')}</h3>
      {add.isError && !isOnFields && <Alert tone="error">{errorMessage(add.error, tCommon)}</Alert>}
      <div className="programme-form-grid">
        <Field label={t('group.full_name')} error={errors.fullName?.message} required>
          {(control) => <input {...control} maxLength={200} {...register('fullName')} />}
        </Field>
        <Field label={t('group.position')} error={errors.position?.message}>
          {(control) => <input {...control} maxLength={200} {...register('position')} />}
        </Field>
        <Field label={t('group.role')} error={errors.groupRole?.message}>
          {(control) => (
            <select {...control} {...register('groupRole')}>
              {workingGroupRoles.map((role) => (
                <option key={role} value={role}>
                  {labels.groupRole(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('group.email')} error={errors.email?.message}>
          {(control) => <input {...control} type="email" {...register('email')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {t('group.add')}
        </button>
      </div>
    </form>
  );
}
