/** Column types Drizzle has no builder for, shared by the modules' schemas. */
import { customType } from 'drizzle-orm/pg-core';

/** Bytes kept in the database (documents, photos): backed up with everything else, on PGlite too. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
