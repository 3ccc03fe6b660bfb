/**
 * The audit list's filters, each picked rather than typed: the type of record, the action (by name,
 * grouped by the type of record its entry is filed under), the person who made the change, and the
 * days. Each choice goes into the address at once, so a link, a reload or Back shows the same list.
 */
import { useTranslation } from 'react-i18next';
import {
  auditActionsByRecordType,
  auditRecordTypes,
  isAuditRecordType,
  type AuditRecordType,
} from '@bia/contracts';
import { DateField, isDateOrEmpty } from '../../../components/date-field.tsx';
import { SelectFilter } from '../../../components/select-filter.tsx';
import type { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { useAuditActors, type AuditFilters } from '../api/audit.ts';
import { auditActionName, auditRecordTypeName } from '../utils/audit-names.ts';

interface AuditFilterPanelProps {
  filters: AuditFilters;
  search: ReturnType<typeof useSearchParamState>;
}

export function AuditFilterPanel({ filters, search }: AuditFilterPanelProps) {
  const { t } = useTranslation(['common', 'admin']);
  const actors = useAuditActors();
  const { updateParams } = search;
  // With a type of record picked, only its actions are offered.
  const offeredTypes: AuditRecordType[] = filters.entityType ? [filters.entityType] : auditRecordTypes;
  const hasFilters = Object.keys(filters).length > 0;

  const pickRecordType = (entityType: string | undefined) => {
    const keepsAction =
      !entityType ||
      !isAuditRecordType(entityType) ||
      auditActionsByRecordType[entityType].some((action) => action === filters.action);
    // A record of another type is not one of the new type's: its id goes with the old type.
    updateParams({
      entityType,
      entityId: undefined,
      ...(keepsAction ? {} : { action: undefined }),
    });
  };

  return (
    <form
      className="card filters"
      role="search"
      aria-label={t('admin:audit.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectFilter
        label={t('admin:audit.record_type')}
        value={filters.entityType ?? ''}
        onChange={pickRecordType}
        allText={t('admin:audit.all_record_types')}
      >
        {auditRecordTypes.map((type) => (
          <option key={type} value={type}>
            {auditRecordTypeName(t, type)}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter
        label={t('admin:audit.action')}
        value={filters.action ?? ''}
        onChange={(action) => updateParams({ action })}
        allText={t('admin:audit.all_actions')}
      >
        {offeredTypes.map((type) => (
          <optgroup key={type} label={auditRecordTypeName(t, type)}>
            {auditActionsByRecordType[type].map((action) => (
              <option key={action} value={action}>
                {auditActionName(t, action)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectFilter>
      <SelectFilter
        label={t('admin:audit.actor')}
        value={filters.actorId ?? ''}
        onChange={(actorId) => updateParams({ actorId })}
        allText={t('admin:audit.all_actors')}
      >
        {(actors.data ?? []).map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
      </SelectFilter>
      {/* Only a whole date (or none) goes into the address: a half-typed one waits in the field. */}
      <DateField
        label={t('admin:audit.from')}
        value={filters.from ?? ''}
        onChange={(value) => {
          if (isDateOrEmpty(value)) updateParams({ from: value });
        }}
      />
      <DateField
        label={t('admin:audit.to')}
        value={filters.to ?? ''}
        onChange={(value) => {
          if (isDateOrEmpty(value)) updateParams({ to: value });
        }}
      />
      {hasFilters && (
        <div className="filters-actions">
          <button type="button" className="button button-secondary" onClick={() => search.clearSearch()}>
            {t('actions.clear_filters')}
          </button>
        </div>
      )}
    </form>
  );
}
