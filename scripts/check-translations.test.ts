import { describe, expect, it } from 'vitest';
import {
  checkTranslations,
  formatProblems,
  interpolationVariables,
  pluralCategories,
  scanSource,
  type Catalogues,
  type SourceText,
} from './translations/translation-check.ts';

const catalogues: Catalogues = {
  th: {
    common: { nav: { home: 'หน้าแรก' }, home: { title: 'ยินดีต้อนรับ {{name}}' } },
    identity: { sign_in: { title: 'เข้าสู่ระบบ' } },
  },
  en: {
    common: { nav: { home: 'Home' }, home: { title: 'Welcome, {{name}}' } },
    identity: { sign_in: { title: 'Sign in' } },
  },
};

const usingEverything: SourceText = {
  path: 'apps/web/src/app/home.tsx',
  text: `
    export function Home({ name }: { name: string }) {
      const { t } = useTranslation();
      return <main><h1>{t('home.title', { name })}</h1><a>{t('nav.home')}</a>{t('identity:sign_in.title')}</main>;
    }
  `,
};

function problemsOf(input: { catalogues?: Catalogues; sources?: SourceText[] }) {
  return checkTranslations({
    catalogues: input.catalogues ?? catalogues,
    sources: input.sources ?? [usingEverything],
  });
}

function kindsAndKeys(input: { catalogues?: Catalogues; sources?: SourceText[] }) {
  return problemsOf(input).map(({ kind, key }) => ({ kind, key }));
}

describe('check-translations', () => {
  it('finds nothing wrong with complete, used catalogues', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('reports a key that exists in one language only', () => {
    const withExtra: Catalogues = {
      ...catalogues,
      en: { ...catalogues.en, common: { ...catalogues.en?.common, nav: { home: 'Home', units: 'Units' } } },
    };
    const sources = [usingEverything, { path: 'a.ts', text: "t('nav.units')" }];
    expect(kindsAndKeys({ catalogues: withExtra, sources })).toEqual([
      { kind: 'missing', key: 'common:nav.units' },
    ]);
  });

  it('reports empty values and values that are not text', () => {
    const broken: Catalogues = {
      th: { ...catalogues.th, common: { nav: { home: '  ' }, home: { title: 'ยินดีต้อนรับ {{name}}' } } },
      en: {
        ...catalogues.en,
        common: { nav: { home: 'Home' }, home: { title: 'Welcome, {{name}}' }, count: 3 },
      },
    };
    expect(kindsAndKeys({ catalogues: broken })).toEqual([
      { kind: 'not_text', key: 'common:count' },
      { kind: 'empty', key: 'common:nav.home' },
    ]);
  });

  it('reports interpolation variables that differ between the languages', () => {
    const differing: Catalogues = {
      ...catalogues,
      en: { ...catalogues.en, common: { nav: { home: 'Home' }, home: { title: 'Welcome, {{user}}' } } },
    };
    const problems = problemsOf({ catalogues: differing });
    expect(problems).toEqual([
      {
        kind: 'variables_differ',
        key: 'common:home.title',
        message: 'common:home.title interpolates different variables: th {name}, en {user}',
      },
    ]);
  });

  it('reads variable names with formats and unescaped markers', () => {
    expect([...interpolationVariables('{{count, number}} of {{- html}} by {{ name }}')]).toEqual([
      'count',
      'html',
      'name',
    ]);
  });

  it('reports keys used in the code that the catalogues lack, with the place', () => {
    const sources = [
      usingEverything,
      {
        path: 'apps/server/src/x.errors.ts',
        text: "export const e = { gone: { status: 404, messageKey: 'errors:not_there' } };",
      },
      { path: 'apps/web/src/y.tsx', text: "const el = <Trans i18nKey='home.missing' />;" },
    ];
    expect(problemsOf({ sources }).map((problem) => problem.message)).toEqual([
      'apps/server/src/x.errors.ts:1: errors:not_there is not in the catalogues',
      'apps/web/src/y.tsx:1: common:home.missing is not in the catalogues',
    ]);
  });

  it('reports catalogue keys the code never uses', () => {
    const sources = [{ path: 'a.tsx', text: "t('nav.home'); t('home.title', { name });" }];
    expect(kindsAndKeys({ sources })).toEqual([{ kind: 'unused', key: 'identity:sign_in.title' }]);
  });

  it('counts a full "namespace:key" literal anywhere as a use, and checks dotted ones exist', () => {
    const sources = [
      usingEverything,
      {
        path: 'packages/contracts/src/phone.ts',
        text: "z.string().refine(isPhone, { message: 'identity:sign_in.missing' }); const p = 'identity:edit';",
      },
    ];
    // `identity:edit` (a permission-like word with no dot) is neither required nor reported.
    expect(kindsAndKeys({ sources })).toEqual([{ kind: 'unknown_key', key: 'identity:sign_in.missing' }]);
  });

  it('takes both branches of a conditional key, and a literal fallback, as references', () => {
    const sources = [
      usingEverything,
      { path: 'c.tsx', text: "t(isHome ? 'nav.home' : 'nav.away'); t(message ?? 'identity:sign_in.gone');" },
    ];
    expect(problemsOf({ sources }).map((problem) => problem.message)).toEqual([
      'c.tsx:1: common:nav.away is not in the catalogues',
      'c.tsx:1: identity:sign_in.gone is not in the catalogues',
    ]);
  });

  it('counts a dotted literal equal to a key path as a use, without requiring it to be a key', () => {
    const sources = [
      {
        path: 'menu.ts',
        text: "export const menu = [{ to: '/', label: 'nav.home' }, { label: 'home.title' }];",
      },
      { path: 'version.ts', text: "export const version = '1.2.3'; t('identity:sign_in.title');" },
    ];
    expect(problemsOf({ sources })).toEqual([]);
  });

  it('forbids keys built at run time', () => {
    const sources = [
      usingEverything,
      {
        path: 'a.tsx',
        text: 't(`status.${state}`); i18n.t("nav." + name); const x = <Trans i18nKey={`a.${b}`} />; t(error.messageKey);',
      },
    ];
    const problems = problemsOf({ sources });
    expect(problems.map((problem) => problem.kind)).toEqual(['dynamic_key', 'dynamic_key', 'dynamic_key']);
    expect(problems[0]?.message).toBe(
      'a.tsx:1: `status.${state}` builds a translation key at run time; write each key out in full',
    );
  });

  it('resolves bare keys against the namespace given to useTranslation', () => {
    const withLiaison: Catalogues = {
      th: { ...catalogues.th, liaison: { kinds: { district: 'สำนักงานเขต' } } },
      en: { ...catalogues.en, liaison: { kinds: { district: 'District office' } } },
    };
    const sources = [
      usingEverything,
      {
        path: 'kind.tsx',
        text: `
          export function useKind() {
            const { t } = useTranslation('liaison');
            return () => t('kinds.district');
          }
          export function Other() {
            const { t: translate } = useTranslation(['liaison'], { keyPrefix: 'kinds' });
            return translate('office');
          }
        `,
      },
    ];
    expect(problemsOf({ catalogues: withLiaison, sources }).map((problem) => problem.message)).toEqual([
      'kind.tsx:8: liaison:kinds.office is not in the catalogues',
    ]);
  });

  describe('namespaces written in some languages only', () => {
    const fiveLanguages: Catalogues = {
      th: { ...catalogues.th, shop: { title: 'ร้าน' } },
      en: { ...catalogues.en, shop: { title: 'Shop' } },
      ja: { shop: { title: 'ショップ' } },
      ko: { shop: {} },
    };
    const languagesOf = (namespace: string) =>
      namespace === 'shop' ? ['th', 'en', 'ja', 'ko'] : ['th', 'en'];
    const sources = [usingEverything, { path: 's.tsx', text: "t('shop:title')" }];

    it('requires such a namespace in each of its languages, and the others in theirs only', () => {
      expect(
        checkTranslations({ catalogues: fiveLanguages, sources, languagesOf }).map(({ kind, key }) => ({
          kind,
          key,
        })),
      ).toEqual([{ kind: 'missing', key: 'shop:title' }]);
      expect(checkTranslations({ catalogues: fiveLanguages, sources, languagesOf })[0]?.message).toBe(
        'shop:title is missing in ko',
      );
    });

    it('reports a namespace written in a language it does not belong to', () => {
      const extra: Catalogues = {
        ...fiveLanguages,
        ko: { shop: { title: '상점' }, common: { nav: { home: '홈' } } },
      };
      expect(
        checkTranslations({ catalogues: extra, sources, languagesOf }).map((problem) => problem.message),
      ).toEqual(['ko/common.json: common is written in th, en only']);
    });
  });

  describe('plurals', () => {
    const plural: Catalogues = {
      th: { ...catalogues.th, liaison: { officers_other: '{{count}} คน' } },
      en: {
        ...catalogues.en,
        liaison: { officers_one: 'one officer', officers_other: '{{count}} officers' },
      },
    };
    const usingPlural = [usingEverything, { path: 'p.ts', text: "t('liaison:officers', { count })" }];

    it('knows which forms each language needs', () => {
      expect(pluralCategories('th')).toEqual(['other']);
      expect(pluralCategories('en')).toEqual(['one', 'other']);
    });

    it('accepts Thai with only the "other" form, and counts the base key as using every form', () => {
      expect(problemsOf({ catalogues: plural, sources: usingPlural })).toEqual([]);
    });

    it('reports a form a language needs but lacks', () => {
      const lacking: Catalogues = {
        ...plural,
        en: { ...catalogues.en, liaison: { officers_other: '{{count}} officers' } },
      };
      expect(kindsAndKeys({ catalogues: lacking, sources: usingPlural })).toEqual([
        { kind: 'missing', key: 'liaison:officers_one' },
      ]);
    });

    it('reports a plural key nobody uses', () => {
      expect(kindsAndKeys({ catalogues: plural })).toEqual([{ kind: 'unused', key: 'liaison:officers' }]);
    });
  });

  it('formats problems under headings', () => {
    const text = formatProblems([
      { kind: 'missing', key: 'common:a', message: 'common:a is missing in en' },
      { kind: 'unused', key: 'common:b', message: 'common:b is not used by the code' },
    ]);
    expect(text).toBe(
      'Keys missing in a language (1):\n  - common:a is missing in en\n\n' +
        'Keys in the catalogues that the code never uses (1):\n  - common:b is not used by the code',
    );
  });

  it('scans a source into references and mentions', () => {
    const scan = scanSource({ path: 'z.ts', text: "t('nav.home'); const k = 'errors:forbidden';" }, [
      'common',
      'errors',
    ]);
    expect(scan.references).toEqual([{ key: 'common:nav.home', where: 'z.ts:1' }]);
    expect([...scan.mentions].sort()).toEqual(['common:nav.home', 'errors:forbidden']);
    expect(scan.bareKeys).toEqual(new Set());
    expect(scan.dynamicKeys).toEqual([]);
  });
});
