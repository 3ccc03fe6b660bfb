/** What the integration tests' global setup hands to every test file. */
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dump of the migrated template database. */
    pgliteDumpFile: string;
    /** PostgreSQL: the name of the migrated template database. */
    postgresTemplate: string;
  }
}
