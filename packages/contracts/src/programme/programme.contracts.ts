/** The trade programme's contracts, by part: the year's plan, the cities, the sessions, the businesses presenting, the invitations, and one's own sessions. */
export * from './programme-plan.contracts.ts';
export * from './programme-cities.contracts.ts';
export * from './programme-sessions.contracts.ts';
export * from './programme-businesses.contracts.ts';
export * from './programme-invitations.contracts.ts';
export * from './own-sessions.contracts.ts';
