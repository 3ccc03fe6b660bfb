import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CurrentUser } from '@bia/contracts';
import { RoleList } from '../components/role-list.tsx';
import { paths } from '../config/paths.ts';
import { useSignOut } from '../features/identity/index.ts';

/**
 * The signed-in person's name; opens to show their roles, "My account" and "Sign out". A disclosure
 * button: Escape or a click elsewhere closes it, and Escape returns focus to the button.
 */
export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [isOpen, setIsOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Only the innermost menu closes: the header's menu leaves it alone.
        event.preventDefault();
        setIsOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    // Capture: this runs before the header's own Escape handler.
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [isOpen]);

  return (
    <div
      className="user-menu"
      ref={containerRef}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span className="visually-hidden">{t('user_menu.label')}</span>
        <span className="user-menu-name">{user.displayName}</span>
        <span className="caret" aria-hidden="true" />
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!isOpen}>
        <p className="user-menu-heading">{user.displayName}</p>
        <p className="user-menu-email">{user.email}</p>
        <p className="user-menu-label">{t('user_menu.roles')}</p>
        <RoleList roles={user.roles} />
        <ul className="user-menu-actions">
          <li>
            <Link to={paths.account} onClick={() => setIsOpen(false)}>
              {t('user_menu.account')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="button button-secondary"
              disabled={signOut.isPending}
              onClick={() => {
                setIsOpen(false);
                // Home is public: leave the page first, so no guard asks to sign in again.
                void navigate(paths.home);
                signOut.mutate();
              }}
            >
              {t('user_menu.sign_out')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
