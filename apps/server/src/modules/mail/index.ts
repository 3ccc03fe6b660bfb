export { createMailer, smtpTransport, type Mailer, type OutgoingMail, type Transport } from './mailer.ts';
export { createMailRoutes } from './mail.routes.ts';
