/** What the learning module's parts are built from: the database, the clock, the mail and the people. */
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Mailer } from '../mail/index.ts';

/** An account, as the learning module needs it: to register a person by e-mail, and to mail them. */
export interface LearningPerson {
  id: string;
  email: string;
  displayName: string;
  locale: InterfaceLocale;
  isActive: boolean;
}

/** The accounts (app.ts: the identity module's user service). */
export interface LearningPeople {
  findByEmail(email: string): Promise<LearningPerson | null>;
  findById(id: string): Promise<LearningPerson | null>;
}

export interface LearningDeps {
  db: Db;
  clock: Clock;
  /** Where the platform is reached, for check-in and test links (`env.publicUrl`). */
  publicUrl: string;
  /** Mails a waiting person who moved up to a seat (through the mail module's outbox or SMTP). */
  mailer: Mailer;
  people: LearningPeople;
  /** The plan's target (percent) of a KPI in a fiscal year, for KPI 3.2.1 (app.ts: the strategy module's plan). */
  kpiTarget?: (kpiCode: string, fiscalYear: number) => Promise<number | null>;
}
