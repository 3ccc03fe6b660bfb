/**
 * What a route tells the frame around its page (react-router's `handle`). A page that buyers and
 * officials abroad read in any of the five languages (the public catalogue, a session's registration)
 * is marked `publicLanguagePage`: the site header then offers the five languages instead of Thai and
 * English, and that is the page's one language switch (issue 13, item 8).
 */
import type { UIMatch } from 'react-router';

export interface RouteHandle {
  languages?: 'public';
}

export const publicLanguagePage: RouteHandle = { languages: 'public' };

export function isPublicLanguagePage(matches: readonly UIMatch[]): boolean {
  return matches.some((match) => (match.handle as RouteHandle | undefined)?.languages === 'public');
}
