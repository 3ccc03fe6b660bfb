/**
 * The translation catalogues, one JSON file per namespace and language. Thai is the reference:
 * the type of every catalogue is the Thai one, and `npm run i18n:check` fails on any key missing
 * in a language or not used by the code.
 */
import thCommon from '../locales/th/common.json' with { type: 'json' };
import thFrame from '../locales/th/frame.json' with { type: 'json' };
import thErrors from '../locales/th/errors.json' with { type: 'json' };
import thIdentity from '../locales/th/identity.json' with { type: 'json' };
import thAdmin from '../locales/th/admin.json' with { type: 'json' };
import thLiaison from '../locales/th/liaison.json' with { type: 'json' };
import thPartners from '../locales/th/partners.json' with { type: 'json' };
import thPartnerPages from '../locales/th/partner_pages.json' with { type: 'json' };
import thPartnerAnalysis from '../locales/th/partner_analysis.json' with { type: 'json' };
import thPartnerImport from '../locales/th/partner_import.json' with { type: 'json' };
import thSpreadsheetImport from '../locales/th/spreadsheet_import.json' with { type: 'json' };
import thCatalogue from '../locales/th/catalogue.json' with { type: 'json' };
import thCataloguePages from '../locales/th/catalogue_pages.json' with { type: 'json' };
import thCataloguePublic from '../locales/th/catalogue_public.json' with { type: 'json' };
import thCatalogueImport from '../locales/th/catalogue_import.json' with { type: 'json' };
import thProgramme from '../locales/th/programme.json' with { type: 'json' };
import thProgrammePages from '../locales/th/programme_pages.json' with { type: 'json' };
import thSessionPublic from '../locales/th/session_public.json' with { type: 'json' };
import thOutcomes from '../locales/th/outcomes.json' with { type: 'json' };
import thDealPages from '../locales/th/deal_pages.json' with { type: 'json' };
import thOutcomeKpis from '../locales/th/outcome_kpis.json' with { type: 'json' };
import thFollowUp from '../locales/th/follow_up.json' with { type: 'json' };
import thOutcomeStatistics from '../locales/th/outcome_statistics.json' with { type: 'json' };
import thDealConfirmation from '../locales/th/deal_confirmation.json' with { type: 'json' };
import thStrategy from '../locales/th/strategy.json' with { type: 'json' };
import thStrategyRounds from '../locales/th/strategy_rounds.json' with { type: 'json' };
import thStrategyReporting from '../locales/th/strategy_reporting.json' with { type: 'json' };
import thStrategyEvidence from '../locales/th/strategy_evidence.json' with { type: 'json' };
import thStrategyScorecard from '../locales/th/strategy_scorecard.json' with { type: 'json' };
import thStrategyReport from '../locales/th/strategy_report.json' with { type: 'json' };
import thStrategyComputed from '../locales/th/strategy_computed.json' with { type: 'json' };
import thStrategyPlanAdmin from '../locales/th/strategy_plan_admin.json' with { type: 'json' };
import thCoordination from '../locales/th/coordination.json' with { type: 'json' };
import thImpacts from '../locales/th/impacts.json' with { type: 'json' };
import thLearning from '../locales/th/learning.json' with { type: 'json' };
import thLearningTests from '../locales/th/learning_tests.json' with { type: 'json' };
import thTraining from '../locales/th/training.json' with { type: 'json' };
import thStrategyProgress from '../locales/th/strategy_progress.json' with { type: 'json' };
import enCommon from '../locales/en/common.json' with { type: 'json' };
import enFrame from '../locales/en/frame.json' with { type: 'json' };
import enErrors from '../locales/en/errors.json' with { type: 'json' };
import enIdentity from '../locales/en/identity.json' with { type: 'json' };
import enAdmin from '../locales/en/admin.json' with { type: 'json' };
import enLiaison from '../locales/en/liaison.json' with { type: 'json' };
import enPartners from '../locales/en/partners.json' with { type: 'json' };
import enPartnerPages from '../locales/en/partner_pages.json' with { type: 'json' };
import enPartnerAnalysis from '../locales/en/partner_analysis.json' with { type: 'json' };
import enPartnerImport from '../locales/en/partner_import.json' with { type: 'json' };
import enSpreadsheetImport from '../locales/en/spreadsheet_import.json' with { type: 'json' };
import enCatalogue from '../locales/en/catalogue.json' with { type: 'json' };
import enCataloguePages from '../locales/en/catalogue_pages.json' with { type: 'json' };
import enCataloguePublic from '../locales/en/catalogue_public.json' with { type: 'json' };
import enCatalogueImport from '../locales/en/catalogue_import.json' with { type: 'json' };
import enProgramme from '../locales/en/programme.json' with { type: 'json' };
import enProgrammePages from '../locales/en/programme_pages.json' with { type: 'json' };
import enSessionPublic from '../locales/en/session_public.json' with { type: 'json' };
import enOutcomes from '../locales/en/outcomes.json' with { type: 'json' };
import enDealPages from '../locales/en/deal_pages.json' with { type: 'json' };
import enOutcomeKpis from '../locales/en/outcome_kpis.json' with { type: 'json' };
import enFollowUp from '../locales/en/follow_up.json' with { type: 'json' };
import enOutcomeStatistics from '../locales/en/outcome_statistics.json' with { type: 'json' };
import enDealConfirmation from '../locales/en/deal_confirmation.json' with { type: 'json' };
import enStrategy from '../locales/en/strategy.json' with { type: 'json' };
import enStrategyRounds from '../locales/en/strategy_rounds.json' with { type: 'json' };
import enStrategyReporting from '../locales/en/strategy_reporting.json' with { type: 'json' };
import enStrategyEvidence from '../locales/en/strategy_evidence.json' with { type: 'json' };
import enStrategyScorecard from '../locales/en/strategy_scorecard.json' with { type: 'json' };
import enStrategyReport from '../locales/en/strategy_report.json' with { type: 'json' };
import enStrategyComputed from '../locales/en/strategy_computed.json' with { type: 'json' };
import enStrategyPlanAdmin from '../locales/en/strategy_plan_admin.json' with { type: 'json' };
import enCoordination from '../locales/en/coordination.json' with { type: 'json' };
import enImpacts from '../locales/en/impacts.json' with { type: 'json' };
import enLearning from '../locales/en/learning.json' with { type: 'json' };
import enLearningTests from '../locales/en/learning_tests.json' with { type: 'json' };
import enTraining from '../locales/en/training.json' with { type: 'json' };
import enStrategyProgress from '../locales/en/strategy_progress.json' with { type: 'json' };
import jaFrame from '../locales/ja/frame.json' with { type: 'json' };
import koFrame from '../locales/ko/frame.json' with { type: 'json' };
import zhFrame from '../locales/zh/frame.json' with { type: 'json' };
import jaCataloguePublic from '../locales/ja/catalogue_public.json' with { type: 'json' };
import koCataloguePublic from '../locales/ko/catalogue_public.json' with { type: 'json' };
import zhCataloguePublic from '../locales/zh/catalogue_public.json' with { type: 'json' };
import jaSessionPublic from '../locales/ja/session_public.json' with { type: 'json' };
import jaDealConfirmation from '../locales/ja/deal_confirmation.json' with { type: 'json' };
import koSessionPublic from '../locales/ko/session_public.json' with { type: 'json' };
import koDealConfirmation from '../locales/ko/deal_confirmation.json' with { type: 'json' };
import zhSessionPublic from '../locales/zh/session_public.json' with { type: 'json' };
import zhDealConfirmation from '../locales/zh/deal_confirmation.json' with { type: 'json' };
import type { CatalogueLocale, InterfaceLocale } from './locales.ts';

export const namespaces = [
  'common',
  'frame',
  'errors',
  'identity',
  'admin',
  'liaison',
  'partners',
  'partner_pages',
  'partner_analysis',
  'partner_import',
  'spreadsheet_import',
  'catalogue',
  'catalogue_pages',
  'catalogue_public',
  'catalogue_import',
  'programme',
  'programme_pages',
  'session_public',
  'outcomes',
  'deal_pages',
  'outcome_kpis',
  'follow_up',
  'outcome_statistics',
  'deal_confirmation',
  'strategy',
  'strategy_rounds',
  'strategy_reporting',
  'strategy_evidence',
  'strategy_scorecard',
  'strategy_report',
  'strategy_computed',
  'strategy_plan_admin',
  'coordination',
  'impacts',
  'learning',
  'learning_tests',
  'training',
  'strategy_progress',
] as const;
export type Namespace = (typeof namespaces)[number];

const th = {
  common: thCommon,
  frame: thFrame,
  errors: thErrors,
  identity: thIdentity,
  admin: thAdmin,
  liaison: thLiaison,
  partners: thPartners,
  partner_pages: thPartnerPages,
  partner_analysis: thPartnerAnalysis,
  partner_import: thPartnerImport,
  spreadsheet_import: thSpreadsheetImport,
  catalogue: thCatalogue,
  catalogue_pages: thCataloguePages,
  catalogue_public: thCataloguePublic,
  catalogue_import: thCatalogueImport,
  programme: thProgramme,
  programme_pages: thProgrammePages,
  session_public: thSessionPublic,
  outcomes: thOutcomes,
  deal_pages: thDealPages,
  outcome_kpis: thOutcomeKpis,
  follow_up: thFollowUp,
  outcome_statistics: thOutcomeStatistics,
  deal_confirmation: thDealConfirmation,
  strategy: thStrategy,
  strategy_rounds: thStrategyRounds,
  strategy_reporting: thStrategyReporting,
  strategy_evidence: thStrategyEvidence,
  strategy_scorecard: thStrategyScorecard,
  strategy_report: thStrategyReport,
  strategy_computed: thStrategyComputed,
  strategy_plan_admin: thStrategyPlanAdmin,
  coordination: thCoordination,
  impacts: thImpacts,
  learning: thLearning,
  learning_tests: thLearningTests,
  training: thTraining,
  strategy_progress: thStrategyProgress,
};
export type Catalogue = typeof th;

export const catalogues: Record<InterfaceLocale, Catalogue> = {
  th,
  en: {
    common: enCommon,
    frame: enFrame,
    errors: enErrors,
    identity: enIdentity,
    admin: enAdmin,
    liaison: enLiaison,
    partners: enPartners,
    partner_pages: enPartnerPages,
    partner_analysis: enPartnerAnalysis,
    partner_import: enPartnerImport,
    spreadsheet_import: enSpreadsheetImport,
    catalogue: enCatalogue,
    catalogue_pages: enCataloguePages,
    catalogue_public: enCataloguePublic,
    catalogue_import: enCatalogueImport,
    programme: enProgramme,
    programme_pages: enProgrammePages,
    session_public: enSessionPublic,
    outcomes: enOutcomes,
    deal_pages: enDealPages,
    outcome_kpis: enOutcomeKpis,
    follow_up: enFollowUp,
    outcome_statistics: enOutcomeStatistics,
    deal_confirmation: enDealConfirmation,
    strategy: enStrategy,
    strategy_rounds: enStrategyRounds,
    strategy_reporting: enStrategyReporting,
    strategy_evidence: enStrategyEvidence,
    strategy_scorecard: enStrategyScorecard,
    strategy_report: enStrategyReport,
    strategy_computed: enStrategyComputed,
    strategy_plan_admin: enStrategyPlanAdmin,
    coordination: enCoordination,
    impacts: enImpacts,
    learning: enLearning,
    learning_tests: enLearningTests,
    training: enTraining,
    strategy_progress: enStrategyProgress,
  },
};

/**
 * What exists in the languages beyond the interface's: the frame of every page (header, banner, footer),
 * the public catalogue's and the session registration page's texts.
 */
export type PublicCatalogue = Pick<
  Catalogue,
  'frame' | 'catalogue_public' | 'session_public' | 'deal_confirmation'
>;

export const publicCatalogues: Record<Exclude<CatalogueLocale, InterfaceLocale>, PublicCatalogue> = {
  ja: {
    frame: jaFrame,
    catalogue_public: jaCataloguePublic,
    session_public: jaSessionPublic,
    deal_confirmation: jaDealConfirmation,
  },
  ko: {
    frame: koFrame,
    catalogue_public: koCataloguePublic,
    session_public: koSessionPublic,
    deal_confirmation: koDealConfirmation,
  },
  zh: {
    frame: zhFrame,
    catalogue_public: zhCataloguePublic,
    session_public: zhSessionPublic,
    deal_confirmation: zhDealConfirmation,
  },
};
