import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Buttons under the content; a close button is always in the corner. */
  footer?: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native <dialog> element: focus stays inside while it is open, Escape and the
 * close button close it, and focus goes back to what opened it.
 */
export function Dialog({ open, onClose, title, children, footer, className }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<Element | null>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      const opener = openerRef.current;
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, []);

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClick={(event) => {
        // A click on the backdrop (outside the dialog's box) closes it.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="dialog-box">
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="button button-secondary dialog-close"
            onClick={() => ref.current?.close()}
          >
            {t('actions.close')}
          </button>
        </div>
        <div className="dialog-body">{open ? children : null}</div>
        {footer ? <div className="dialog-footer">{footer}</div> : null}
      </div>
    </dialog>
  );
}

/**
 * The buttons of a dialog that asks before something is removed: cancel, and the action, which waits
 * (disabled) while it is under way or cannot be done.
 */
export function ConfirmFooter({
  onCancel,
  onConfirm,
  isDisabled,
  children,
}: {
  onCancel: () => void;
  onConfirm: () => void;
  isDisabled: boolean;
  /** The action's words (or what is said while it is under way). */
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
      <button type="button" className="button button-danger" onClick={onConfirm} disabled={isDisabled}>
        {children}
      </button>
    </>
  );
}
