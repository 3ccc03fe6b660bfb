import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

/** "Showing 1–50 of 120", with previous and next. */
export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination-summary">
        {t('pagination.summary', {
          from: format.number(from),
          to: format.number(to),
          total: format.number(total),
        })}
      </p>
      {pages > 1 ? (
        <div className="pagination-controls">
          <button
            type="button"
            className="button button-secondary"
            disabled={page <= 1}
            onClick={() => onPageChange(page - 1)}
          >
            {t('actions.previous')}
          </button>
          <span className="pagination-page">
            {t('pagination.page', { page: format.number(page), pages: format.number(pages) })}
          </span>
          <button
            type="button"
            className="button button-secondary"
            disabled={page >= pages}
            onClick={() => onPageChange(page + 1)}
          >
            {t('actions.next')}
          </button>
        </div>
      ) : null}
    </nav>
  );
}
