import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title.ts';

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
}

/** The page's one <h1>, which also names the browser tab. */
export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1>{title}</h1>
        {intro ? <div className="page-intro">{intro}</div> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
