/** What the outcomes' parts are built from: the database, the clock and the mail. */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Mailer } from '../mail/index.ts';

export interface OutcomesDeps {
  db: Db;
  clock: Clock;
  /** Where the platform is reached, for the links mailed to buyers and businesses (`env.publicUrl`). */
  publicUrl: string;
  /** The sender of the platform's mail (`env.MAIL_FROM`). */
  mailFrom: string;
  mailer: Mailer;
}
