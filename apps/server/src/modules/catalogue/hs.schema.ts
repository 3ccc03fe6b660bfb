import { index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

/** The 21 sections of the Harmonized System (I–XXI), in English as published. */
export const hsSections = pgTable('hs_sections', {
  code: text('code').primaryKey(),
  nameEn: text('name_en').notNull(),
});

/** Chapters, headings and subheadings of the Harmonized System, from `data/reference/hs/`. */
export const hsCodes = pgTable(
  'hs_codes',
  {
    code: text('code').primaryKey(),
    level: smallint('level').notNull(),
    parentCode: text('parent_code'),
    /** None for chapter 99 (goods not specified by kind), which the source puts in no section. */
    sectionCode: text('section_code').references(() => hsSections.code),
    descriptionEn: text('description_en').notNull(),
  },
  (table) => [index('hs_codes_parent_idx').on(table.parentCode)],
);
