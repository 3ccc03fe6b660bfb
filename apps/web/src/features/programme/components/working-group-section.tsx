/** The programme's working group (seed 003 §6.1.2): who sits on it, in which role; IAO officers keep it. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  workingGroupRoles,
  type ProgrammeDetail,
  type WorkingGroupMember,
  type WorkingGroupRole,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useAddMember, useRemoveMember } from '../api/programmes.ts';
import { useProgrammeLabels } from '../hooks/use-programme-labels.ts';

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

const empty = { fullName: '', position: '', groupRole: 'member' as WorkingGroupRole, email: '' };

function AddMemberForm({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const { t: tCommon } = useTranslation();
  const labels = useProgrammeLabels();
  const add = useAddMember(fiscalYear);
  const [values, setValues] = useState(empty);
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      {
        fullName: values.fullName,
        groupRole: values.groupRole,
        ...(values.position.trim() ? { position: values.position } : {}),
        ...(values.email.trim() ? { email: values.email } : {}),
      },
      { onSuccess: () => setValues(empty) },
    );
  }

  return (
    <form onSubmit={submit} className="programme-member-form" noValidate>
      <h3>{t('group.add_title')}</h3>
      {add.isError && !fieldError(add.error, 'fullName') && (
        <Alert tone="error">{errorMessage(add.error, tCommon)}</Alert>
      )}
      <div className="programme-form-grid">
        <Field label={t('group.full_name')} error={fieldError(add.error, 'fullName')} required>
          {(control) => (
            <input
              {...control}
              value={values.fullName}
              maxLength={200}
              onChange={(event) => set('fullName', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('group.position')} error={fieldError(add.error, 'position')}>
          {(control) => (
            <input
              {...control}
              value={values.position}
              maxLength={200}
              onChange={(event) => set('position', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('group.role')}>
          {(control) => (
            <select
              {...control}
              value={values.groupRole}
              onChange={(event) => set('groupRole', event.target.value as WorkingGroupRole)}
            >
              {workingGroupRoles.map((role) => (
                <option key={role} value={role}>
                  {labels.groupRole(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('group.email')} error={fieldError(add.error, 'email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              value={values.email}
              onChange={(event) => set('email', event.target.value)}
            />
          )}
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
