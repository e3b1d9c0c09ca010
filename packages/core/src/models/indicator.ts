import { z } from 'zod';
import { DiagnosticSchema } from './diagnostic.js';
import { PositionSchema } from './position.js';
import { QuantitySchema } from './quantity.js';
import { UnitSchema } from './unit.js';
import { VALUE_ROLES, ATTRIBUTES, GROWTH_KINDS } from './vocabularies.js';

/** One column of an indicator table: 2020年, 2025年, 年均增长/[累计], 实现情况 … */
export const IndicatorColumnSchema = z.object({
  label: z.string(),
  role: z.enum(VALUE_ROLES),
  year: z.number().int().optional(),
  /** Spanning header the column sits under (`规划目标`, `实现情况`), when the header has two levels. */
  group: z.string().optional(),
});
export type IndicatorColumn = z.infer<typeof IndicatorColumnSchema>;

export const IndicatorValueSchema = QuantitySchema.extend({
  role: z.enum(VALUE_ROLES),
  year: z.number().int().optional(),
  growthKind: z.enum(GROWTH_KINDS).optional(),
  /** Label of the column the value came from. */
  column: z.string().optional(),
  /** Spanning header of that column (`规划目标`, `实现情况`). */
  group: z.string().optional(),
  /** Where the cell is in the original input. */
  position: PositionSchema.optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** One indicator row (or one part of a compound row). */
export const IndicatorSchema = z.object({
  number: z.number().int().optional(),
  /** 序号 as written when it is not a plain integer (`1.1`, `4.2`). */
  numberLabel: z.string().optional(),
  category: z.string().optional(),
  /** Name without the unit: 地区生产总值增长. */
  name: z.string(),
  /** Name as written, with unit: 地区生产总值增长（%）. */
  rawName: z.string(),
  unit: UnitSchema.optional(),
  attribute: z.enum(ATTRIBUTES).optional(),
  values: z.array(IndicatorValueSchema),
  footnotes: z.array(z.string()).optional(),
  get parts() {
    return z.array(IndicatorSchema).optional();
  },
  /** Cells as found, after normalization. */
  cells: z.array(z.string()),
  position: PositionSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorCategorySchema = z.object({
  name: z.string(),
  label: z.string().optional(),
  /** Count stated in the heading `(6个)`, which may not match the rows. */
  declaredCount: z.number().int().optional(),
});

export const TableNoteSchema = z.object({ mark: z.string(), text: z.string() });

/** An indicator table (主要指标), usually a 专栏 panel. */
export const IndicatorTableSchema = z.object({
  title: z.string(),
  panelLabel: z.string().optional(),
  panelNumber: z.number().int().optional(),
  columns: z.array(IndicatorColumnSchema),
  categories: z.array(IndicatorCategorySchema),
  indicators: z.array(IndicatorSchema),
  notes: z.array(TableNoteSchema),
  diagnostics: z.array(DiagnosticSchema),
  position: PositionSchema,
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;
