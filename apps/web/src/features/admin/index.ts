/** The administration feature's public door: users, the audit trail, the e-mail outbox. */
export { UsersPage } from './components/users-page.tsx';
export { CreateUserPage } from './components/create-user-page.tsx';
export { EditUserPage } from './components/edit-user-page.tsx';
export { AuditPage } from './components/audit-page.tsx';
export { OutboxPage } from './components/outbox-page.tsx';
