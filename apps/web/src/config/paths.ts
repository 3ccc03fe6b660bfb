/** Every page's address in one place, so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  account: '/account',
  units: '/units',
  unit: (code: string) => `/units/${encodeURIComponent(code)}`,
  coverage: '/liaison/coverage',
  partners: '/partners',
  newPartner: '/partners/new',
  partner: (id: string) => `/partners/${encodeURIComponent(id)}`,
  editPartner: (id: string) => `/partners/${encodeURIComponent(id)}/edit`,
  /** A partner's page with the form to add a contact open (read by its contacts section). */
  partnerNewContact: (id: string) => `/partners/${encodeURIComponent(id)}?add=contact`,
  partnerImport: '/partners/import',
  partnerAnalysis: '/partners/analysis',
  partnerSettings: '/partners/settings',
  /** Bangkok Brand businesses and their products, as staff and the businesses themselves keep them. */
  businesses: '/businesses',
  newBusiness: '/businesses/new',
  /** Businesses or products from Social Development's spreadsheets. */
  catalogueImport: '/businesses/import',
  business: (id: string) => `/businesses/${encodeURIComponent(id)}`,
  editBusiness: (id: string) => `/businesses/${encodeURIComponent(id)}/edit`,
  newProduct: (businessId: string) => `/businesses/${encodeURIComponent(businessId)}/products/new`,
  product: (id: string) => `/products/${encodeURIComponent(id)}`,
  /** Public: no sign-in. */
  sisterCities: '/sister-cities',
  /** Public: the Bangkok Brand catalogue for buyers, in five languages. */
  catalogue: '/catalogue',
  catalogueProduct: (id: string) => `/catalogue/products/${encodeURIComponent(id)}`,
  /** The trade programme of every fiscal year, and one year's (by its Buddhist-era number). */
  programmes: '/programme',
  programme: (fiscalYear: number) => `/programme/${fiscalYear}`,
  newSession: (fiscalYear: number) => `/programme/${fiscalYear}/sessions/new`,
  session: (id: string) => `/programme/sessions/${encodeURIComponent(id)}`,
  /** One's own sessions (a coordinator's city's, an entrepreneur's, a registered buyer's), and one read-only. */
  mySessions: '/my-sessions',
  ownSession: (id: string) => `/my-sessions/${encodeURIComponent(id)}`,
  /** Deals between businesses and partner cities' buyers: all of them for staff, one's own for a business. */
  deals: '/deals',
  newDeal: '/deals/new',
  deal: (id: string) => `/deals/${encodeURIComponent(id)}`,
  /** Public: a buyer confirms a deal's entry from the single-use link mailed to them. */
  dealConfirmation: (token: string) => `/confirm/${encodeURIComponent(token)}`,
  /** Social Development's six-monthly follow-up rounds, and one round's live view. */
  followUpRounds: '/outcomes/rounds',
  followUpRound: (id: string) => `/outcomes/rounds/${encodeURIComponent(id)}`,
  /** An entrepreneur's own follow-up forms: the rounds that asked their business, with their answers. */
  myFollowUp: '/follow-up',
  /** A business's answer to a round: signed in, or from the single-use link mailed to it. */
  followUpAnswer: (roundId: string) => `/follow-up/${encodeURIComponent(roundId)}`,
  followUpLink: (token: string) => `/follow-up/link/${encodeURIComponent(token)}`,
  /** The statistics of contacts and orders (seed 003 §10.4). */
  outcomeStatistics: '/outcomes/statistics',
  /** The strategic plan (seed 001): the strategy map, and one KPI's page. */
  strategy: '/strategy',
  strategyKpi: (code: string) => `/strategy/kpis/${encodeURIComponent(code)}`,
  /** The impact register (seed 000): its themes, a theme's units, and a unit's answer for a theme. */
  impacts: '/impacts',
  impactTheme: (id: string) => `/impacts/themes/${encodeURIComponent(id)}`,
  impactAnswer: (id: string, unitCode: string) =>
    `/impacts/themes/${encodeURIComponent(id)}/units/${encodeURIComponent(unitCode)}`,
  /** Every KPI × fiscal year: target, result and status (decision 0048). */
  strategyScorecard: '/strategy/scorecard',
  /** The plan's progress rounds (decision 0043), and one round with its items and who is late. */
  strategyRounds: '/strategy/rounds',
  strategyRound: (id: string) => `/strategy/rounds/${encodeURIComponent(id)}`,
  /** What the reader's unit must report in the open progress rounds, and one round item's reports. */
  strategyMyItems: '/strategy/my-items',
  strategyRoundItem: (id: string) => `/strategy/round-items/${encodeURIComponent(id)}`,
  /** Seminars and workshops (issue 16): the events, a new one, one event and its form, a session's check-in. */
  learning: '/learning',
  newLearningEvent: '/learning/events/new',
  learningEvent: (id: string) => `/learning/events/${encodeURIComponent(id)}`,
  editLearningEvent: (id: string) => `/learning/events/${encodeURIComponent(id)}/edit`,
  learningCheckIn: (token: string) => `/learning/check-in/${encodeURIComponent(token)}`,
  /** Officers' training records (decision 0058): one's own and the officers', one officer's, the competency list. */
  training: '/training',
  trainingOfficer: (id: string) => `/training/officers/${encodeURIComponent(id)}`,
  trainingCompetencies: '/training/competencies',
  /** Coordination requests between the units and the IAO: the reader's queues, a new one, the IAO's overview, one request. */
  requests: '/requests',
  newRequest: '/requests/new',
  requestsOverview: '/requests/overview',
  request: (id: string) => `/requests/${encodeURIComponent(id)}`,
  users: '/admin/users',
  newUser: '/admin/users/new',
  user: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
  audit: '/admin/audit',
  outbox: '/admin/outbox',
  /** Served by the API server, not by the web app: open it with a full page load. */
  apiDocs: '/api/docs',
} as const;

/** The sign-in page, asked to come back to `next` afterwards. */
export function signInPath(next?: string): string {
  return next && next !== paths.home ? `${paths.signIn}?next=${encodeURIComponent(next)}` : paths.signIn;
}

/** Only a path inside the app is followed after signing in (never another site). */
export function safeNextPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return paths.home;
  return value;
}
