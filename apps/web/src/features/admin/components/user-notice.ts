/** What the user page says after arriving from the create form (passed in the navigation's state). */
import { z } from 'zod';
import { MailDeliverySchema } from '@bia/contracts';

const UserNoticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created_with_password') }),
  /** Where the invitation went: the outbox only, the mail server, or refused by it. */
  z.object({ kind: z.literal('created_invited'), delivery: MailDeliverySchema }),
]);
export type UserNotice = z.infer<typeof UserNoticeSchema>;

export function noticeFromState(state: unknown): UserNotice | null {
  const parsed = z.object({ notice: UserNoticeSchema }).safeParse(state);
  return parsed.success ? parsed.data.notice : null;
}
