import { z } from 'zod';
import { DiagnosticSchema } from './diagnostic.js';
import { PositionSchema } from './position.js';
import { PANEL_KINDS } from './vocabularies.js';

export const PanelKindSchema = z.enum(PANEL_KINDS);
export type PanelKind = z.infer<typeof PanelKindSchema>;

/** One project or initiative from a panel list: `续建太原至绥德高铁`. */
export const ProjectSchema = z.object({
  name: z.string(),
  /** 续建, 新建, 推进, 完成, 开工建设, 前期工作 … */
  action: z.string().optional(),
  location: z.string().optional(),
  scale: z.string().optional(),
  period: z.string().optional(),
  text: z.string(),
  position: PositionSchema,
});
export type Project = z.infer<typeof ProjectSchema>;

/** A run-in group inside a panel: `**煤炭。**续建…`. */
export const PanelGroupSchema = z.object({
  title: z.string().optional(),
  text: z.string(),
  items: z.array(ProjectSchema),
  position: PositionSchema,
});
export type PanelGroup = z.infer<typeof PanelGroupSchema>;

export const GlossaryEntrySchema = z.object({
  term: z.string(),
  explanation: z.string(),
  position: PositionSchema,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** A 专栏 panel: indicators, projects, initiatives or glossary. */
export const PanelSchema = z.object({
  number: z.number().int().optional(),
  label: z.string(),
  title: z.string(),
  kind: PanelKindSchema,
  groups: z.array(PanelGroupSchema),
  glossary: z.array(GlossaryEntrySchema).optional(),
  diagnostics: z.array(DiagnosticSchema),
  position: PositionSchema,
});
export type Panel = z.infer<typeof PanelSchema>;
