/** The trade programme's contracts, by part: the year's plan, the cities, the sessions, the businesses presenting and the invitations. */
export * from './programme-plan.contracts.ts';
export * from './programme-cities.contracts.ts';
export * from './programme-sessions.contracts.ts';
export * from './programme-businesses.contracts.ts';
export * from './programme-invitations.contracts.ts';
