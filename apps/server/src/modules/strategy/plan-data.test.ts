/**
 * The strategic plan in the reference data (data/reference/strategy) against the seed it was
 * transcribed from (seed 001, in the shared data folder beside the repository): its counts, and for
 * every KPI its name, rubric, yearly targets, projects and units, read back from the seed's own tables
 * by the small parser below. Whitespace and the seed's HTML tags are ignored (the PDF's line wrapping
 * put spaces inside words and phrases); the typing errors the transcription corrects are those listed
 * in the plan's `corrections`, applied to the seed before comparing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { referenceDataDir, repositoryRoot } from '../../shared/paths.ts';
import { PlanDocumentSchema, PlanKpiSchema, type PlanKpi, type PlanText } from './plan-data.ts';

const planFile = path.join(referenceDataDir, 'strategy', 'bma-foreign-affairs-plan-2566-2570.json');
const seedFile = path.join(repositoryRoot, '..', 'shared', 'seeds', '001_e5085a6aaafd2e0e.txt');

const rawPlan: unknown = JSON.parse(fs.readFileSync(planFile, 'utf8'));
const plan = PlanDocumentSchema.parse(rawPlan);
const rawSeed = fs.readFileSync(seedFile, 'utf8');
const seed = plan.corrections.reduce(
  (text, correction) => text.split(correction.seed).join(correction.kept),
  rawSeed,
);

/** The text without HTML tags, its whitespace collapsed. */
function plain(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The letters alone: what two copies of one Thai text share whatever the PDF did to its spacing. */
function letters(text: string): string {
  return plain(text).replace(/\s+/g, '');
}

/** A unit's name without the hyphen of a line break ("สำนักงาน- การต่างประเทศ"). */
function unitLetters(text: string): string {
  return letters(text).replace(/-/g, '');
}

interface SeedKpiRow {
  code: string;
  firstColumn: string;
  targets: string[];
  projects: string;
  units: string;
}

/**
 * The rows of the tables "โครงการ กลยุทธ์ที่ x.y": a header line (ตัวชี้วัดกลยุทธ์ · ค่าเป้าหมาย · … ·
 * โครงการ · หน่วยงานที่เกี่ยวข้อง), the years 66–70, then one tab-separated row of eight cells. A row
 * whose other cells are empty continues the rubric of the KPI before it on a new page.
 */
function seedKpiRows(text: string): SeedKpiRow[] {
  const lines = text.split('\n');
  const rows: SeedKpiRow[] = [];
  let tactic: string | undefined;
  lines.forEach((line, index) => {
    const heading = /^โครงการ กลยุทธ์ที่ (\d\.\d) \|/.exec(line);
    if (heading) tactic = heading[1];
    if (!line.startsWith('ตัวชี้วัดกลยุทธ์\tค่าเป้าหมาย')) return;
    const years = (lines[index + 1] ?? '').split('\t').slice(1, 6);
    if (years.join() !== '66,67,68,69,70') throw new Error(`line ${index + 2}: not the years 66–70`);
    const cells = (lines[index + 2] ?? '').split('\t');
    if (cells.length !== 8) throw new Error(`line ${index + 3}: ${cells.length} cells, not 8`);
    const [firstColumn = '', ...rest] = cells;
    const previous = rows.at(-1);
    if (rest.every((cell) => cell.trim() === '')) {
      if (!previous) throw new Error(`line ${index + 3}: a continuation before any KPI`);
      previous.firstColumn += ` ${firstColumn}`;
      return;
    }
    const number = /^(\d+)\./.exec(plain(firstColumn))?.[1];
    if (!tactic || !number) throw new Error(`line ${index + 3}: no tactic or KPI number`);
    rows.push({
      code: `${tactic}.${number}`,
      firstColumn,
      targets: rest.slice(0, 5),
      projects: rest[5] ?? '',
      units: rest[6] ?? '',
    });
  });
  return rows;
}

function seedKpiName(row: SeedKpiRow): string {
  return (plain(row.firstColumn).split('หมายเหตุ')[0] ?? '').replace(/^\d+\.\s*/, '');
}

function seedLevels(row: SeedKpiRow): { level: number; text: string }[] {
  return plain(row.firstColumn)
    .split(/ระดับที่\s*/)
    .slice(1)
    .map((part) => {
      const match = /^(\d)\s+(.*)$/.exec(part.trim());
      if (!match) throw new Error(`${row.code}: a level without its number: ${part}`);
      return { level: Number(match[1]), text: match[2] ?? '' };
    });
}

const NEW_PROJECT = /\(\s*\*\*\s*โครงการใหม่\s*\)/;

/** The projects of a row, and a note on the KPI's targets written under them (unbracketed หมายเหตุ). */
function seedProjects(row: SeedKpiRow): {
  projects: { name: string; isNew: boolean; note: string | undefined }[];
  targetNote: string | undefined;
} {
  let text = plain(row.projects);
  const targetNote = /(?<!\()หมายเหตุ\s+(.*)$/.exec(text);
  if (targetNote) text = text.slice(0, targetNote.index).trim();
  const projects = text
    .split(/(?:^|\s)\d+\.\s+(?=โครงการ)/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const note = /\(หมายเหตุ\s*([^)]*)\)/.exec(item)?.[1];
      const name = item.replace(NEW_PROJECT, '').replace(/\(หมายเหตุ\s*[^)]*\)/, '');
      return { name: name.trim(), isNew: NEW_PROJECT.test(item), note };
    });
  return { projects, targetNote: targetNote?.[1] };
}

/** The lead (หน่วยงานหลัก) and supporting (หน่วยงานสนับสนุน) units of a row, one per "- " bullet. */
function seedUnits(row: SeedKpiRow): { lead: string[]; supporting: string[] } {
  const [lead = '', supporting = ''] = plain(row.units).split('หน่วยงานสนับสนุน');
  const bullets = (part: string) =>
    part
      .replace('หน่วยงานหลัก', '')
      .split(/(?:^|\s)-\s+/)
      .map((bullet) => bullet.trim())
      .filter((bullet) => bullet !== '');
  return { lead: bullets(lead), supporting: bullets(supporting) };
}

/** The number a target cell begins with ("2* ถ้าผลการศึกษาแล้วเสร็จเป็น 3" → 2). */
function leadingNumber(cell: string): number | null {
  const match = /^\d+(\.\d+)?/.exec(plain(cell));
  return match ? Number(match[0]) : null;
}

const seedRows = seedKpiRows(seed);
const kpis: PlanKpi[] = plan.strategies.flatMap((strategy) =>
  strategy.tactics.flatMap((tactic) => tactic.kpis),
);
const tactics = plan.strategies.flatMap((strategy) => strategy.tactics);

function planKpi(code: string): PlanKpi {
  const kpi = kpis.find((candidate) => candidate.code === code);
  if (!kpi) throw new Error(`the plan has no KPI ${code}`);
  return kpi;
}

function countBy<T>(
  items: T[],
  key: (item: T) => string,
  count: (item: T) => number,
): Record<string, number> {
  return Object.fromEntries(items.map((item) => [key(item), count(item)]));
}

/** Every text of the plan (objects with th, en and en_source), wherever it sits. */
function planTexts(value: unknown, found: PlanText[] = []): PlanText[] {
  if (Array.isArray(value)) value.forEach((item) => planTexts(item, found));
  else if (value && typeof value === 'object') {
    if ('th' in value && 'en' in value && 'en_source' in value) found.push(value as PlanText);
    else Object.values(value).forEach((item) => planTexts(item, found));
  }
  return found;
}

function readCodes(file: string, column: string): Set<string> {
  const rows: Record<string, string>[] = parse(fs.readFileSync(path.join(referenceDataDir, file)), {
    columns: true,
    skip_empty_lines: true,
  });
  return new Set(rows.map((row) => row[column] ?? ''));
}

describe('the strategic plan 2566–2570 in the reference data', () => {
  it('holds the vision, 4 missions, 3 strategies and the 9 tactics 1.1–3.3', () => {
    expect(plan.key).toBe('bma-foreign-affairs-plan-2566-2570');
    expect([plan.first_fiscal_year, plan.last_fiscal_year]).toEqual([2566, 2570]);
    expect(plan.vision.en).toBe('Bangkok is the leading actor on the global stage');
    expect(plan.missions.map((mission) => mission.number)).toEqual([1, 2, 3, 4]);
    expect(plan.missions.map((mission) => mission.heading.th)).toEqual([
      'นโยบาย',
      'ความสัมพันธ์',
      'สังคม',
      'องค์กร',
    ]);
    expect(plan.strategies.map((strategy) => strategy.number)).toEqual([1, 2, 3]);
    expect(tactics.map((tactic) => tactic.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
    ]);
    for (const strategy of plan.strategies) {
      expect(strategy.tactics.every((tactic) => tactic.code.startsWith(`${strategy.number}.`))).toBe(true);
    }
  });

  it('holds the 11 KPIs and 25 projects of the tactics, 12 of them new', () => {
    expect(
      countBy(
        tactics,
        (tactic) => tactic.code,
        (tactic) => tactic.kpis.length,
      ),
    ).toEqual({ '1.1': 2, '1.2': 1, '1.3': 1, '2.1': 1, '2.2': 2, '2.3': 1, '3.1': 1, '3.2': 1, '3.3': 1 });
    expect(
      countBy(
        tactics,
        (tactic) => tactic.code,
        (tactic) => tactic.projects.length,
      ),
    ).toEqual({ '1.1': 3, '1.2': 5, '1.3': 6, '2.1': 2, '2.2': 3, '2.3': 2, '3.1': 1, '3.2': 2, '3.3': 1 });
    expect(kpis).toHaveLength(11);
    expect(tactics.flatMap((tactic) => tactic.projects).filter((project) => project.is_new)).toHaveLength(12);
    for (const tactic of tactics) {
      expect(tactic.kpis.map((kpi) => kpi.code)).toEqual(
        tactic.kpis.map((_, index) => `${tactic.code}.${index + 1}`),
      );
      expect(tactic.projects.map((project) => project.code)).toEqual(
        tactic.projects.map((_, index) => `${tactic.code}-P${index + 1}`),
      );
      const ownKpis = new Set(tactic.kpis.map((kpi) => kpi.code));
      expect(tactic.projects.every((project) => project.kpi_codes.every((code) => ownKpis.has(code)))).toBe(
        true,
      );
    }
  });

  it('has exactly the KPIs of the seed’s tables, with their names', () => {
    expect(seedRows.map((row) => row.code)).toEqual(kpis.map((kpi) => kpi.code));
    for (const row of seedRows) {
      expect(letters(planKpi(row.code).name.th), row.code).toBe(letters(seedKpiName(row)));
    }
  });

  it('gives every KPI the seed’s target of each fiscal year 2566–2570, as written', () => {
    for (const row of seedRows) {
      const kpi = planKpi(row.code);
      expect(
        kpi.targets.map((target) => target.fiscal_year),
        row.code,
      ).toEqual([2566, 2567, 2568, 2569, 2570]);
      expect(
        kpi.targets.map((target) => letters(target.as_written)),
        row.code,
      ).toEqual(row.targets.map(letters));
      expect(
        kpi.targets.map((target) => target.value),
        row.code,
      ).toEqual(row.targets.map(leadingNumber));
      kpi.targets.forEach((target, index) => {
        const cell = plain(row.targets[index] ?? '');
        // A cell that says more than its number keeps the rest as the target's condition.
        if (cell !== String(target.value))
          expect(target.condition, `${row.code} ${target.fiscal_year}`).not.toBeNull();
        if (target.condition) expect(letters(cell)).toContain(letters(target.condition.th));
      });
    }
  });

  it('keeps the conditional targets of KPI 3.1.1', () => {
    const targets = planKpi('3.1.1').targets;
    expect(targets.map((target) => target.value)).toEqual([2, 3, 4, 4, 4]);
    expect(targets.map((target) => target.condition?.th ?? null)).toEqual([
      'ถ้าผลการศึกษาแล้วเสร็จเป็น 3',
      null,
      'ในกรณีผ่านความเห็นจาก สกก.',
      'ขึ้นอยู่กับนโยบายผู้บริหารระดับสูง',
      'ขึ้นอยู่กับนโยบายผู้บริหารระดับสูง',
    ]);
  });

  it('gives every rubric KPI the seed’s level sentences, and the others their unit', () => {
    for (const row of seedRows) {
      const kpi = planKpi(row.code);
      const levels = seedLevels(row);
      if (levels.length === 0) {
        expect(kpi.measure.kind, row.code).not.toBe('rubric');
        continue;
      }
      if (kpi.measure.kind !== 'rubric') throw new Error(`${row.code} has a rubric in the seed`);
      expect(
        kpi.measure.levels.map((level) => [level.level, letters(level.text.th)]),
        row.code,
      ).toEqual(levels.map((level) => [level.level, letters(level.text)]));
    }
    expect(planKpi('1.3.1').measure).toMatchObject({ kind: 'number', unit: { th: 'กิจกรรมต่อปี' } });
    expect(planKpi('3.2.1').measure.kind).toBe('percent');
    const cooperation = planKpi('2.3.1').measure;
    expect(cooperation.kind === 'rubric' ? cooperation.levels.length : 0).toBe(3);
  });

  it('lists for every KPI the projects of its row in the seed, marked new where the seed marks them', () => {
    for (const row of seedRows) {
      const tactic = tactics.find((candidate) => row.code.startsWith(`${candidate.code}.`));
      const projects = (tactic?.projects ?? []).filter((project) => project.kpi_codes.includes(row.code));
      const fromSeed = seedProjects(row);
      expect(
        projects.map((project) => [
          letters(project.name.th),
          project.is_new,
          project.note ? letters(project.note.th) : null,
        ]),
        row.code,
      ).toEqual(
        fromSeed.projects.map((project) => [
          letters(project.name),
          project.isNew,
          project.note === undefined ? null : letters(project.note),
        ]),
      );
      if (fromSeed.targetNote !== undefined) {
        expect(planKpi(row.code).notes.map((note) => letters(note.th))).toContain(
          letters(fromSeed.targetNote),
        );
      }
    }
  });

  it('keeps the seed’s footnote on a KPI', () => {
    for (const row of seedRows) {
      const mark = /[¹²³]/.exec(seedKpiName(row))?.[0];
      if (!mark) continue;
      const footnote = seed.split('\n').find((line) => line.startsWith(`${mark} `));
      expect(footnote, row.code).toBeDefined();
      expect(planKpi(row.code).notes.map((note) => letters(note.th))).toContain(letters(footnote ?? ''));
    }
    expect(planKpi('2.2.1').notes).toHaveLength(1);
  });

  it('names for every KPI the lead and supporting units of its row in the seed', () => {
    for (const row of seedRows) {
      const kpi = planKpi(row.code);
      const units = seedUnits(row);
      expect(
        kpi.lead_units.map((unit) => unitLetters(unit.as_written)),
        row.code,
      ).toEqual(units.lead.map(unitLetters));
      expect(
        kpi.supporting_units.map((unit) => unitLetters(unit.as_written)),
        row.code,
      ).toEqual(units.supporting.map(unitLetters));
    }
  });

  it('links every unit to the directory, and records only bodies outside it as outside', () => {
    const codes = new Set([
      ...readCodes('departments.csv', 'bma_agency_code'),
      ...readCodes('districts.csv', 'district_code'),
    ]);
    const directoryNames = readCodes('departments.csv', 'name_th');
    const units = kpis.flatMap((kpi) => [...kpi.lead_units, ...kpi.supporting_units]);
    for (const unit of units) {
      if (unit.kind === 'unit') expect(codes, unit.as_written).toContain(unit.code);
      if (unit.kind === 'outside') expect(directoryNames).not.toContain(unit.name.th);
    }
    // The IAO leads every KPI.
    expect(
      kpis.every((kpi) => kpi.lead_units.some((unit) => unit.kind === 'unit' && unit.code === '04160000')),
    ).toBe(true);
    expect(units.filter((unit) => unit.kind === 'outside').map((unit) => unit.as_written)).toEqual([
      'สำนักการค้าปลีก',
    ]);
  });

  it('takes every Thai text, and every English text it calls the seed’s, from the seed', () => {
    const seedLetters = letters(seed);
    const seedLettersLower = seedLetters.toLowerCase();
    const texts = planTexts({ ...plan, corrections: [] });
    expect(texts.length).toBeGreaterThan(140);
    for (const text of texts) {
      expect(seedLetters, text.th).toContain(letters(text.th));
      if (text.en_source === 'seed')
        expect(seedLettersLower, text.en).toContain(letters(text.en).toLowerCase());
    }
  });

  it('records each correction of the seed’s letters, and keeps none of the mistakes', () => {
    const withoutCorrections = JSON.stringify({ ...plan, corrections: [] });
    for (const correction of plan.corrections) {
      expect(rawSeed, correction.where).toContain(correction.seed);
      expect(withoutCorrections, correction.where).not.toContain(correction.seed);
    }
  });

  it('refuses a target beyond a KPI’s rubric and a rubric whose levels skip a number', () => {
    const kpi = planKpi('2.3.1');
    const tooHigh = { ...kpi, targets: kpi.targets.map((target) => ({ ...target, value: 4 })) };
    expect(PlanKpiSchema.safeParse(tooHigh).success).toBe(false);
    if (kpi.measure.kind !== 'rubric') throw new Error('2.3.1 is a rubric');
    const skipping = {
      ...kpi,
      measure: {
        kind: 'rubric',
        levels: kpi.measure.levels.map((level, index) => ({ ...level, level: index * 2 + 1 })),
      },
    };
    expect(PlanKpiSchema.safeParse(skipping).success).toBe(false);
    expect(PlanKpiSchema.safeParse(kpi).success).toBe(true);
  });
});
