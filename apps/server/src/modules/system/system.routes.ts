import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ kind: z.enum(['pglite', 'postgresql']), version: z.string() }),
  platformVersion: z.string(),
});

const health = defineRoute('public', {
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Whether the platform runs, and on which database',
  responses: { 200: jsonAnswer(HealthSchema, 'The platform is up') },
});

export function createSystemRoutes({
  database,
  platformVersion,
}: {
  database: Database;
  platformVersion: string;
}) {
  return createRouter().openapi(health, async (c) =>
    c.json(
      {
        status: 'ok' as const,
        database: { kind: database.kind, version: await database.version() },
        platformVersion,
      },
      200,
    ),
  );
}
