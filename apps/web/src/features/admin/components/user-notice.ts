/** What the user page says after arriving from the create form (passed in the navigation's state). */
export const userNotices = ['created_invited', 'created_with_password'] as const;
export type UserNotice = (typeof userNotices)[number];

export function noticeFromState(state: unknown): UserNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice = (state as { notice: unknown }).notice;
  return userNotices.find((candidate) => candidate === notice) ?? null;
}
