/** Mail: the mailer (outbox or SMTP) and the outbox page. */
export { createMailer, smtpTransport, type Mailer, type OutgoingMail, type Transport } from './mailer.ts';
export { createMailRoutes } from './mail.routes.ts';
