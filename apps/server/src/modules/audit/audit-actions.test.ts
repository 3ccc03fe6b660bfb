/**
 * Every action the server can write to the audit trail is in the contracts' list
 * (`auditActionsByRecordType`), which the web app names in each language: an action added to the code
 * without being added there fails here. The code is read as TypeScript: an `action:` property's
 * string literals (`action: archived ? 'partner.archive' : 'partner.restore'` gives both), the
 * `.create` and `.update` of each table an import writes through `writePlannedRow`, and every
 * `entityType:` literal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { auditActionsByRecordType, isAuditAction, isAuditRecordType } from '@bia/contracts';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ACTION_CODE = /^[a-z_]+\.[a-z_]+$/;

interface Written {
  code: string;
  /** The record type written beside it in the same object, when it is a literal there. */
  entityType?: string;
  where: string;
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The string literals an expression can be: `'a.b'`, or either side of a conditional. */
function literalsOf(expression: ts.Expression): string[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return [expression.text];
  if (ts.isConditionalExpression(expression)) {
    return [...literalsOf(expression.whenTrue), ...literalsOf(expression.whenFalse)];
  }
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) {
    return literalsOf(expression.expression);
  }
  return [];
}

function propertyLiterals(object: ts.ObjectLiteralExpression, name: string): string[] {
  return object.properties.flatMap((property) =>
    ts.isPropertyAssignment(property) && property.name.getText() === name
      ? literalsOf(property.initializer)
      : [],
  );
}

/** What the server's code writes to the trail: action codes and record types. */
function scanServer(): { actions: Written[]; entityTypes: Written[] } {
  const actions: Written[] = [];
  const entityTypes: Written[] = [];
  for (const file of sourceFiles(serverRoot)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${path.relative(serverRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const [entityType] = propertyLiterals(node, 'entityType');
        if (entityType !== undefined) entityTypes.push({ code: entityType, where: where(node) });
        for (const code of propertyLiterals(node, 'action').filter((text) => ACTION_CODE.test(text))) {
          actions.push({ code, where: where(node), ...(entityType ? { entityType } : {}) });
        }
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'writePlannedRow') {
        const table = node.arguments[3];
        const [entityType] =
          table && ts.isObjectLiteralExpression(table) ? propertyLiterals(table, 'entityType') : [];
        if (entityType) {
          // writePlannedRow audits `${entityType}.create` and `${entityType}.update`.
          for (const verb of ['create', 'update']) {
            actions.push({ code: `${entityType}.${verb}`, entityType, where: where(node) });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { actions, entityTypes };
}

const written = scanServer();

describe('the audit actions the server writes', () => {
  it('finds the actions written by hand, by the importers and by conditional expressions', () => {
    const codes = new Set(written.actions.map((action) => action.code));
    for (const code of [
      'user.create',
      'partner.archive',
      'partner.restore',
      'product.update',
      'session_report.deliver',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('are each in the contracts’ list of actions, so the web app can name them', () => {
    const unlisted = written.actions.filter((action) => !isAuditAction(action.code));
    expect(unlisted.map((action) => `${action.code} (${action.where})`)).toEqual([]);
  });

  it('are each listed under the record type their entry is filed under', () => {
    const misfiled = written.actions.filter(
      (action) =>
        action.entityType !== undefined &&
        isAuditRecordType(action.entityType) &&
        !(auditActionsByRecordType[action.entityType] as readonly string[]).includes(action.code),
    );
    expect(misfiled.map((action) => `${action.code} under ${action.entityType} (${action.where})`)).toEqual(
      [],
    );
  });

  it('file their entries under record types the list knows, so the record-type filter offers each', () => {
    const unknown = written.entityTypes.filter((entityType) => !isAuditRecordType(entityType.code));
    expect(unknown.map((entityType) => `${entityType.code} (${entityType.where})`)).toEqual([]);
  });
});
