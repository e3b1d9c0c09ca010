import { z } from 'zod';
import { HISTORY_EVENTS } from './vocabularies.js';

/** An ISO calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A document number (文号) such as 晋政发〔2021〕7号, parsed into its parts. */
export const DocNumberSchema = z.object({
  raw: z.string(),
  /** Issuing agency code: 晋政发. */
  agency: z.string(),
  year: z.number().int(),
  serial: z.number().int(),
});
export type DocNumber = z.infer<typeof DocNumberSchema>;

/** An announcement number: 公告（第二十一号）→ 21. */
export const AnnouncementSchema = z.object({
  raw: z.string(),
  number: z.number().int(),
  issuer: z.string().optional(),
});
export type Announcement = z.infer<typeof AnnouncementSchema>;

/** One step of a text's history: `2021年1月23日山西省第十三届人民代表大会第四次会议通过`. */
export const HistoryEntrySchema = z.object({
  date: IsoDateSchema,
  event: z.enum(HISTORY_EVENTS),
  /** The meeting or body that acted, when stated. */
  body: z.string().optional(),
  raw: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const DatesSchema = z.object({
  adopted: IsoDateSchema.optional(),
  published: IsoDateSchema.optional(),
  effective: IsoDateSchema.optional(),
  signed: IsoDateSchema.optional(),
  written: IsoDateSchema.optional(),
  /** When a speech or report was delivered: `——2021年1月20日在…会议上`. */
  delivered: IsoDateSchema.optional(),
});
export type Dates = z.infer<typeof DatesSchema>;

export const MetaSchema = z.object({
  title: z.string().optional(),
  /** Issuing body: 山西省人民政府. */
  issuer: z.string().optional(),
  docNumber: DocNumberSchema.optional(),
  announcement: AnnouncementSchema.optional(),
  dates: DatesSchema,
  history: z.array(HistoryEntrySchema),
  /** The meeting that adopted the text or heard it: 山西省第十三届人民代表大会第四次会议. */
  meeting: z.string().optional(),
  /** Addressees (主送机关): 各市、县人民政府，省人民政府各委、办、厅、局. */
  addressees: z.string().optional(),
  /** Web metadata: 索引号, 主题分类, 是否有效. */
  indexNumber: z.string().optional(),
  subject: z.string().optional(),
  status: z.string().optional(),
  urls: z.array(z.string()).optional(),
  /** Front matter as given, for fields Zhengce does not model. */
  frontMatter: z.record(z.string(), z.unknown()).optional(),
});
export type Meta = z.infer<typeof MetaSchema>;
