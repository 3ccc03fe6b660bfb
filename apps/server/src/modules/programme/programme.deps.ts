/** What the trade programme's parts are built from: the database, the clock and the mail. */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Mailer } from '../mail/index.ts';

export interface ProgrammeDeps {
  db: Db;
  clock: Clock;
  /** Where the platform is reached, for invitation links (`env.publicUrl`). */
  publicUrl: string;
  /** The sender of the platform's mail (`env.MAIL_FROM`), the organizer of calendar invitations. */
  mailFrom: string;
  /** Mails participants their calendar invitations. */
  mailer: Mailer;
}
