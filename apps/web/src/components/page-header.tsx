import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title.ts';

interface PageHeaderProps {
  /** The page's name: its <h1>, and the browser tab's. */
  title: string;
  /** The title's language, when a name is shown in its own (lang="th" on an English page). */
  titleLang?: string | undefined;
  /** The <h1>'s content when it says more than the title's text (a name with its parts' languages). */
  heading?: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
}

/** The page's one <h1>, which also names the browser tab. */
export function PageHeader({ title, titleLang, heading, intro, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1 lang={titleLang}>{heading ?? title}</h1>
        {intro ? <div className="page-intro">{intro}</div> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
