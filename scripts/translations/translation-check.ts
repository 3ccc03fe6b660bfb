/**
 * The rules of `npm run i18n:check`, as pure functions over in-memory catalogues and source texts
 * (the command in scripts/check-translations.ts only reads the files and prints the problems).
 *
 * A catalogue key is written `namespace:path.to.key`. The checks:
 *  1. every key exists in every language its namespace is written in (plural keys: the forms that
 *     language needs, see below) — by default every language; the command passes the rule of
 *     decision 0016: `catalogue_public` in all five catalogue languages, every other namespace in the
 *     interface languages (Thai and English) only, and a namespace file in any other language is
 *     reported;
 *  2. no value is empty, and every value is text;
 *  3. a key's interpolation variables (`{{name}}`) are the same in every language;
 *  4. every key the code refers to exists;
 *  5. every key is used by the code;
 *  6. no key is built at run time (t(`x.${y}`), t('x.' + y)).
 *
 * What counts as a reference in the code (checked by rule 4, and counted as a use by rule 5):
 *  - the first argument of `t(…)` / `something.t(…)` / `translate(…)`, when it is a string literal;
 *  - the value of a JSX attribute or object property named `i18nKey`, `messageKey`, `labelKey`,
 *    `titleKey`, `descriptionKey`, `hintKey`, `headingKey`, `textKey` or `placeholderKey`
 *    (for example `messageKey: 'errors:field.required'` or `<Trans i18nKey="home.intro" />`);
 *  - any string literal `namespace:a.b` (a known namespace and a dotted key), wherever it is,
 *    such as `{ message: 'errors:field.invalid_phone' }` in a zod schema.
 * A reference without a namespace belongs to `common` (the default namespace), or to the namespace
 * of the `useTranslation('ns')` that made the `t`. Besides references, two kinds of string literal
 * count as a use (but are not checked, as they may be something else): one that is exactly
 * `namespace:key` (e.g. `'errors:forbidden'`), and a dotted one equal to a key's path in its
 * namespace (e.g. `label: 'nav.units'` in a menu's configuration, later given to `t`).
 *
 * Plurals (i18next): `key_one`, `key_other`… are the forms of the key `key`. A language needs the
 * forms its plural rules have (`Intl.PluralRules`: Thai only `other`, English `one` and `other`);
 * `_zero` is optional everywhere. Using `key` uses all its forms.
 */
import ts from 'typescript';

/** Parsed JSON of one catalogue file: nested objects whose leaves are texts. */
export type CatalogueTree = { readonly [key: string]: unknown };
/** language → namespace → catalogue. */
export type Catalogues = Readonly<Record<string, Readonly<Record<string, CatalogueTree>>>>;

export interface SourceText {
  /** Path shown in problems (relative to the repository). */
  path: string;
  text: string;
}

export const problemKinds = [
  'not_text',
  'missing',
  'extra_language',
  'empty',
  'variables_differ',
  'unknown_key',
  'unused',
  'dynamic_key',
] as const;
export type ProblemKind = (typeof problemKinds)[number];

export interface Problem {
  kind: ProblemKind;
  /** The key concerned (`namespace:path`), when there is one. */
  key?: string;
  message: string;
}

/** A place in the code that refers to a catalogue key. */
export interface KeyReference {
  key: string;
  where: string;
}

export interface SourceScan {
  /** References that must exist (rule 4). */
  references: KeyReference[];
  /** Every exact `namespace:key` literal, for rule 5. */
  mentions: Set<string>;
  /** Every dotted literal without a namespace (`'nav.units'` in a menu's configuration), for rule 5. */
  bareKeys: Set<string>;
  /** Keys built at run time (rule 6). */
  dynamicKeys: string[];
}

export const DEFAULT_NAMESPACE = 'common';
const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof pluralSuffixes)[number];
const translateFunctions = new Set(['t', 'translate']);
const keyProperties = new Set([
  'i18nKey',
  'messageKey',
  'labelKey',
  'titleKey',
  'descriptionKey',
  'hintKey',
  'headingKey',
  'textKey',
  'placeholderKey',
]);

// --- Catalogues -------------------------------------------------------------------------------------

/** Flattens one namespace's tree into `namespace:a.b.c` → value; leaves that are not text are reported. */
export function flattenCatalogue(
  namespace: string,
  tree: CatalogueTree,
  language: string,
): { entries: Map<string, string>; problems: Problem[] } {
  const entries = new Map<string, string>();
  const problems: Problem[] = [];
  const visit = (node: CatalogueTree, prefix: string) => {
    for (const [name, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${name}` : name;
      const key = `${namespace}:${path}`;
      if (typeof value === 'string') entries.set(key, value);
      else if (value !== null && typeof value === 'object' && !Array.isArray(value))
        visit(value as CatalogueTree, path);
      else problems.push({ kind: 'not_text', key, message: `${language} ${key}: the value is not text` });
    }
  };
  visit(tree, '');
  return { entries, problems };
}

/** The variables a text interpolates: `{{name}}`, `{{count, number}}`, `{{- html}}` → name, count, html. */
export function interpolationVariables(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*-?\s*([^},\s]+)[^}]*\}\}/g)) {
    if (match[1]) names.add(match[1]);
  }
  return names;
}

/** Keys nested inside texts with `$t(namespace:key)`; they count as used. */
function nestedKeys(text: string): string[] {
  return [...text.matchAll(/\$t\(\s*([^,)\s]+)/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}

export function pluralCategories(language: string): PluralCategory[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return pluralSuffixes.filter((suffix) => categories.includes(suffix));
}

/** `ns:items_one` → { base: 'ns:items', category: 'one' } when `ns:items_other` exists somewhere. */
function pluralForm(
  key: string,
  allKeys: ReadonlySet<string>,
): { base: string; category: PluralCategory } | undefined {
  for (const category of pluralSuffixes) {
    const suffix = `_${category}`;
    if (!key.endsWith(suffix)) continue;
    const base = key.slice(0, -suffix.length);
    if (allKeys.has(`${base}_other`)) return { base, category };
  }
  return undefined;
}

// --- Sources ----------------------------------------------------------------------------------------

/** Finds the references to catalogue keys in one source text (TypeScript or TSX). */
export function scanSource(source: SourceText, namespaces: readonly string[]): SourceScan {
  const file = ts.createSourceFile(
    source.path,
    source.text,
    ts.ScriptTarget.Latest,
    true,
    source.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const known = new Set(namespaces);
  const scan: SourceScan = { references: [], mentions: new Set(), bareKeys: new Set(), dynamicKeys: [] };
  const where = (node: ts.Node) =>
    `${source.path}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

  /** Literals already taken as a key argument, so the generic literal rule does not count them twice. */
  const handled = new Set<ts.Node>();
  /** A key position: a literal is a reference; a string built from pieces is forbidden. */
  const checkKeyExpression = (expression: ts.Expression, node: ts.Node, scope: KeyScope = {}) => {
    const inner = unwrap(expression);
    const literal = literalText(inner);
    if (literal !== undefined) {
      const key = withNamespace(literal, scope);
      scan.references.push({ key, where: where(node) });
      scan.mentions.add(key);
      handled.add(inner);
    } else if (ts.isConditionalExpression(inner)) {
      // t(isPending ? 'sign_in.submitting' : 'sign_in.submit'): both are keys.
      checkKeyExpression(inner.whenTrue, node, scope);
      checkKeyExpression(inner.whenFalse, node, scope);
    } else if (
      ts.isBinaryExpression(inner) &&
      (inner.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        inner.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      // t(custom ?? 'errors:internal'): the literal fallback is a key.
      checkKeyExpression(inner.right, node, scope);
    } else if (isBuiltString(inner)) {
      scan.dynamicKeys.push(`${where(node)}: ${inner.getText(file).slice(0, 80)}`);
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) {
      checkKeyExpression(node.arguments[0], node, translatorNamespace(node, file));
    } else if (ts.isJsxAttribute(node) && keyProperties.has(node.name.getText(file)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) checkKeyExpression(value, node, jsxNamespace(node));
    } else if (ts.isPropertyAssignment(node) && keyProperties.has(propertyName(node.name) ?? '')) {
      checkKeyExpression(node.initializer, node);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !handled.has(node)) {
      const namespace = namespaceOf(node.text, known);
      if (namespace) {
        scan.mentions.add(node.text);
        // `ns:a.b` is certainly a key; `ns:word` may be something else (a permission such as 'liaison:edit').
        if (node.text.slice(namespace.length + 1).includes('.')) {
          scan.references.push({ key: node.text, where: where(node) });
        }
      } else if (/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/.test(node.text)) {
        scan.bareKeys.add(node.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return scan;
}

function isTranslateCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return translateFunctions.has(callee.text);
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === 't';
  return false;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

function literalText(expression: ts.Expression): string | undefined {
  return ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)
    ? expression.text
    : undefined;
}

/** A template with `${…}`, or a `+` that joins a literal with something. */
function isBuiltString(expression: ts.Expression): boolean {
  if (ts.isTemplateExpression(expression)) return true;
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const sides = [unwrap(expression.left), unwrap(expression.right)];
    return sides.some((side) => literalText(side) !== undefined || isBuiltString(side));
  }
  return false;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

function namespaceOf(text: string, known: ReadonlySet<string>): string | undefined {
  const match = /^([a-z][a-z0-9_-]*):[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.exec(text);
  return match?.[1] && known.has(match[1]) ? match[1] : undefined;
}

/** The namespace and key prefix a translate function was made with. */
interface KeyScope {
  namespace?: string;
  keyPrefix?: string;
}

/**
 * `identity:sign_in.title` stays; `nav.home` becomes `common:nav.home` (i18next's default namespace),
 * or `liaison:nav.home` when the `t` comes from `useTranslation('liaison')`.
 */
function withNamespace(literal: string, scope: KeyScope): string {
  const separator = literal.indexOf(':');
  if (separator > 0 && /^[a-z][a-z0-9_-]*$/.test(literal.slice(0, separator))) return literal;
  const key = scope.keyPrefix ? `${scope.keyPrefix}.${literal}` : literal;
  return `${scope.namespace ?? DEFAULT_NAMESPACE}:${key}`;
}

/**
 * Where `t(…)` is called with a plain identifier, finds the nearest enclosing declaration
 * `const { t } = useTranslation('ns', { keyPrefix: 'p' })` (or `useTranslation(['ns', …])`) in the
 * same or an outer block, and answers its namespace and key prefix.
 */
function translatorNamespace(call: ts.CallExpression, file: ts.SourceFile): KeyScope {
  if (!ts.isIdentifier(call.expression)) return {};
  const name = call.expression.text;
  for (let scope: ts.Node | undefined = call.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const found = useTranslationScope(declaration, name, file);
        if (found) return found;
      }
    }
  }
  return {};
}

function useTranslationScope(
  declaration: ts.VariableDeclaration,
  name: string,
  file: ts.SourceFile,
): KeyScope | undefined {
  const init = declaration.initializer && unwrap(declaration.initializer);
  if (!init || !ts.isCallExpression(init) || init.expression.getText(file) !== 'useTranslation')
    return undefined;
  if (!ts.isObjectBindingPattern(declaration.name)) return undefined;
  const bindsName = declaration.name.elements.some(
    (element) =>
      ts.isIdentifier(element.name) &&
      element.name.text === name &&
      (element.propertyName ?? element.name).getText(file) === 't',
  );
  if (!bindsName) return undefined;
  const [namespaceArgument, options] = init.arguments;
  const scope: KeyScope = {};
  if (namespaceArgument) {
    const first = ts.isArrayLiteralExpression(namespaceArgument)
      ? namespaceArgument.elements[0]
      : namespaceArgument;
    const namespace = first && literalText(unwrap(first));
    if (namespace) scope.namespace = namespace;
  }
  if (options && ts.isObjectLiteralExpression(options)) {
    for (const property of options.properties) {
      if (ts.isPropertyAssignment(property) && propertyName(property.name) === 'keyPrefix') {
        const prefix = literalText(unwrap(property.initializer));
        if (prefix) scope.keyPrefix = prefix;
      }
    }
  }
  return scope;
}

/** `<Trans ns="liaison" i18nKey="…" />`: the namespace given on the same element. */
function jsxNamespace(attribute: ts.JsxAttribute): KeyScope {
  const attributes = attribute.parent;
  for (const sibling of attributes.properties) {
    if (ts.isJsxAttribute(sibling) && sibling.name.getText() === 'ns' && sibling.initializer) {
      const value = ts.isJsxExpression(sibling.initializer)
        ? sibling.initializer.expression
        : sibling.initializer;
      const namespace = value && literalText(unwrap(value));
      if (namespace) return { namespace };
    }
  }
  return {};
}

// --- The whole check --------------------------------------------------------------------------------

/** A key with its text in each language; a plural key has one text per form (`one`, `other`…). */
interface KeyGroup {
  isPlural: boolean;
  /** language → form ('' for a key that is not plural) → text */
  forms: Map<string, Map<string, string>>;
}

/** The languages a namespace must be (and may only be) written in. */
export type NamespaceLanguages = (namespace: string) => readonly string[];

export function checkTranslations(input: {
  catalogues: Catalogues;
  sources: SourceText[];
  /** Every namespace in every language given, unless told otherwise. */
  languagesOf?: NamespaceLanguages;
}): Problem[] {
  const languages = Object.keys(input.catalogues); // in the order given: the reference language first
  const namespaces = [
    ...new Set(languages.flatMap((language) => Object.keys(input.catalogues[language] ?? {}))),
  ].sort();
  const required = (namespace: string) => {
    const wanted = input.languagesOf?.(namespace);
    return wanted ? languages.filter((language) => wanted.includes(language)) : languages;
  };
  const { groups, problems } = readCatalogues(input.catalogues, languages, namespaces, required);
  return [...problems, ...checkCatalogues(groups, required), ...checkCode(groups, input.sources, namespaces)];
}

/** Flattens every catalogue and gathers each key's texts, plural forms under their base key. */
function readCatalogues(
  catalogues: Catalogues,
  languages: string[],
  namespaces: string[],
  required: (namespace: string) => readonly string[],
): { groups: Map<string, KeyGroup>; problems: Problem[] } {
  const problems: Problem[] = [];
  const texts = new Map<string, Map<string, string>>(); // language → key → text
  for (const language of languages) {
    const entries = new Map<string, string>();
    for (const namespace of namespaces) {
      const tree = catalogues[language]?.[namespace];
      if (tree === undefined) continue;
      if (!required(namespace).includes(language)) {
        problems.push({
          kind: 'extra_language',
          message: `${language}/${namespace}.json: ${namespace} is written in ${required(namespace).join(', ')} only`,
        });
        continue;
      }
      const flat = flattenCatalogue(namespace, tree, language);
      problems.push(...flat.problems);
      for (const [key, value] of flat.entries) entries.set(key, value);
    }
    texts.set(language, entries);
  }
  const allKeys = new Set([...texts.values()].flatMap((entries) => [...entries.keys()]));
  const groups = new Map<string, KeyGroup>();
  for (const key of [...allKeys].sort()) {
    const plural = pluralForm(key, allKeys);
    const id = plural?.base ?? key;
    const group = groups.get(id) ?? { isPlural: plural !== undefined, forms: new Map() };
    groups.set(id, group);
    for (const language of languages) {
      const text = texts.get(language)?.get(key);
      if (text === undefined) continue;
      const forms = group.forms.get(language) ?? new Map<string, string>();
      forms.set(plural?.category ?? '', text);
      group.forms.set(language, forms);
    }
  }
  return { groups, problems };
}

/** Rules 1–3: every key in every language, no empty text, the same variables everywhere. */
function checkCatalogues(
  groups: Map<string, KeyGroup>,
  required: (namespace: string) => readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const [id, group] of groups) {
    for (const language of required(id.slice(0, id.indexOf(':')))) {
      const forms = group.forms.get(language) ?? new Map<string, string>();
      if (!group.isPlural) {
        if (!forms.has(''))
          problems.push({ kind: 'missing', key: id, message: `${id} is missing in ${language}` });
        continue;
      }
      const needed = pluralCategories(language);
      for (const category of needed) {
        if (!forms.has(category)) {
          problems.push({
            kind: 'missing',
            key: `${id}_${category}`,
            message: `${id}_${category} is missing in ${language} (a plural form ${language} needs)`,
          });
        }
      }
      for (const category of forms.keys()) {
        if (category !== 'zero' && !needed.includes(category as PluralCategory)) {
          problems.push({
            kind: 'unused',
            key: `${id}_${category}`,
            message: `${id}_${category} in ${language} is never used: ${language} has no "${category}" plural form`,
          });
        }
      }
    }
    for (const [language, forms] of group.forms) {
      for (const [category, text] of forms) {
        if (text.trim() === '') {
          const key = category ? `${id}_${category}` : id;
          problems.push({ kind: 'empty', key, message: `${key} is empty in ${language}` });
        }
      }
    }
    const variables = [...group.forms].map(([language, forms]) => ({
      language,
      names: [...new Set([...forms.values()].flatMap((text) => [...interpolationVariables(text)]))].sort(),
    }));
    const [first, ...others] = variables;
    if (first && others.some((other) => other.names.join() !== first.names.join())) {
      problems.push({
        kind: 'variables_differ',
        key: id,
        message: `${id} interpolates different variables: ${variables
          .map(({ language, names }) => `${language} {${names.join(', ')}}`)
          .join(', ')}`,
      });
    }
  }
  return problems;
}

/** Rules 4–6: the code refers only to existing keys, uses every key, and builds none at run time. */
function checkCode(groups: Map<string, KeyGroup>, sources: SourceText[], namespaces: string[]): Problem[] {
  const problems: Problem[] = [];
  const mentions = new Set<string>();
  const bareKeys = new Set<string>();
  for (const group of groups.values())
    for (const forms of group.forms.values())
      for (const text of forms.values()) nestedKeys(text).forEach((key) => mentions.add(key));
  const formKeysOf = (id: string, group: KeyGroup) =>
    group.isPlural
      ? [...group.forms.values()].flatMap((forms) => [...forms.keys()].map((category) => `${id}_${category}`))
      : [];
  const allKeys = new Set([...groups].flatMap(([id, group]) => [id, ...formKeysOf(id, group)]));

  for (const source of sources) {
    const scan = scanSource(source, namespaces);
    scan.mentions.forEach((key) => mentions.add(key));
    scan.bareKeys.forEach((key) => bareKeys.add(key));
    for (const reference of scan.references) {
      if (!allKeys.has(reference.key)) {
        problems.push({
          kind: 'unknown_key',
          key: reference.key,
          message: `${reference.where}: ${reference.key} is not in the catalogues`,
        });
      }
    }
    for (const dynamic of scan.dynamicKeys) {
      problems.push({
        kind: 'dynamic_key',
        message: `${dynamic} builds a translation key at run time; write each key out in full`,
      });
    }
  }

  const isMentioned = (key: string) => mentions.has(key) || bareKeys.has(key.slice(key.indexOf(':') + 1));
  for (const [id, group] of groups) {
    if (isMentioned(id) || formKeysOf(id, group).some(isMentioned)) continue;
    problems.push({ kind: 'unused', key: id, message: `${id} is not used by the code` });
  }
  return problems;
}

/** Problems grouped under readable headings, for the terminal. */
export function formatProblems(problems: Problem[]): string {
  const headings: Record<ProblemKind, string> = {
    not_text: 'Values that are not text',
    missing: 'Keys missing in a language',
    extra_language: 'Namespaces written in a language they do not belong to',
    empty: 'Empty values',
    variables_differ: 'Interpolation variables that differ between languages',
    unknown_key: 'Keys used in the code but not in the catalogues',
    unused: 'Keys in the catalogues that the code never uses',
    dynamic_key: 'Keys built at run time (forbidden)',
  };
  return problemKinds
    .map((kind) => {
      const lines = [
        ...new Set(problems.filter((problem) => problem.kind === kind).map((problem) => problem.message)),
      ];
      return lines.length === 0
        ? ''
        : `${headings[kind]} (${lines.length}):\n${lines.map((line) => `  - ${line}`).join('\n')}`;
    })
    .filter(Boolean)
    .join('\n\n');
}
