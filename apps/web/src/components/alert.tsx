import type { ReactNode } from 'react';

interface AlertProps {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A message box. Errors are announced at once (role="alert"); other tones politely (role="status"). */
export function Alert({ tone, title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={['alert', `alert-${tone}`, className].filter(Boolean).join(' ')}
    >
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}
