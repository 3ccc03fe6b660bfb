import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { roles, type Role } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { RoleList } from '../../../components/role-list.tsx';
import { roleLabelKey } from '../../../config/role-labels.ts';
import { paths } from '../../../config/paths.ts';
import { useUsers, type UserListParams, type UserStatusFilter } from '../api/users.ts';
import { pageFromParams, withParams } from '../utils/search-params.ts';

const statuses = ['all', 'active', 'inactive'] as const satisfies readonly UserStatusFilter[];
const statusLabel = {
  all: 'admin:users.status_all',
  active: 'admin:users.status_active',
  inactive: 'admin:users.status_inactive',
} as const satisfies Record<UserStatusFilter, string>;

function paramsFromSearch(search: URLSearchParams): UserListParams {
  const role = roles.find((candidate) => candidate === search.get('role'));
  const status = statuses.find((candidate) => candidate === search.get('status')) ?? 'all';
  const q = search.get('q')?.trim();
  return { ...(q ? { q } : {}), ...(role ? { role } : {}), status, page: pageFromParams(search) };
}

export function UsersPage() {
  const { t } = useTranslation(['common', 'admin', 'identity']);
  const [search, setSearch] = useSearchParams();
  const params = paramsFromSearch(search);
  const users = useUsers(params);

  return (
    <>
      <PageHeader
        title={t('admin:users.title')}
        intro={<p>{t('admin:users.intro')}</p>}
        actions={
          <Link className="button" to={paths.newUser}>
            {t('admin:users.new_user')}
          </Link>
        }
      />
      <UserFilters
        key={search.toString()}
        params={params}
        onApply={(filters) => setSearch(withParams(search, { ...filters, page: undefined }))}
      />
      {users.isPending ? <Loading /> : null}
      {users.isError ? <QueryError error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <>
          <div className="table-wrap" role="region" aria-labelledby="users-table-caption" tabIndex={0}>
            <table className="table">
              <caption id="users-table-caption" className="visually-hidden">
                {t('admin:users.table_caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin:users.column_name')}</th>
                  <th scope="col">{t('admin:users.column_email')}</th>
                  <th scope="col">{t('admin:users.column_roles')}</th>
                  <th scope="col">{t('admin:users.column_status')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((user) => (
                  <tr key={user.id}>
                    <td>
                      <Link to={paths.user(user.id)}>{user.displayName}</Link>
                      {user.isSample ? (
                        <>
                          {' '}
                          <Badge tone="sample">{t('status.sample')}</Badge>
                        </>
                      ) : null}
                    </td>
                    <td className="cell-break">{user.email}</td>
                    <td>
                      <RoleList roles={user.roles} />
                    </td>
                    <td>
                      <span className="inline-badges">
                        {user.isActive ? (
                          <Badge tone="success">{t('admin:users.status_active')}</Badge>
                        ) : (
                          <Badge tone="danger">{t('admin:users.status_inactive')}</Badge>
                        )}
                        {user.hasPassword ? null : (
                          <Badge tone="warning">{t('admin:users.awaiting_password')}</Badge>
                        )}
                        {user.signInLockedUntil ? (
                          <Badge tone="danger">{t('admin:users.locked')}</Badge>
                        ) : null}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {users.data.items.length === 0 ? <p className="empty">{t('admin:users.empty')}</p> : null}
          <Pagination
            page={users.data.page}
            pageSize={users.data.pageSize}
            total={users.data.total}
            onPageChange={(page) => setSearch(withParams(search, { page: String(page) }))}
          />
        </>
      ) : null}
    </>
  );
}

interface UserFiltersProps {
  params: UserListParams;
  onApply: (filters: { q: string | undefined; role: string | undefined; status: string | undefined }) => void;
}

function UserFilters({ params, onApply }: UserFiltersProps) {
  const { t } = useTranslation(['common', 'admin', 'identity']);
  const [q, setQ] = useState(params.q ?? '');
  const [role, setRole] = useState<Role | ''>(params.role ?? '');
  const [status, setStatus] = useState<UserStatusFilter>(params.status);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      q: q.trim() || undefined,
      role: role || undefined,
      status: status === 'all' ? undefined : status,
    });
  };

  return (
    <form className="card filters" role="search" aria-label={t('admin:users.filters')} onSubmit={onSubmit}>
      <Field label={t('admin:users.search')} hint={t('admin:users.search_hint')}>
        {(control) => (
          <input {...control} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        )}
      </Field>
      <Field label={t('admin:users.role_filter')}>
        {(control) => (
          <select
            {...control}
            value={role}
            onChange={(event) => setRole(roles.find((candidate) => candidate === event.target.value) ?? '')}
          >
            <option value="">{t('admin:users.any_role')}</option>
            {roles.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(roleLabelKey[candidate])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('admin:users.status_filter')}>
        {(control) => (
          <select
            {...control}
            value={status}
            onChange={(event) =>
              setStatus(statuses.find((candidate) => candidate === event.target.value) ?? 'all')
            }
          >
            {statuses.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(statusLabel[candidate])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="filters-actions">
        <button type="submit" className="button">
          {t('actions.search')}
        </button>
      </div>
    </form>
  );
}
