/**
 * The dataset registry: every file in `data/`, its schema and its keys. The validator, the pages,
 * the published `datapackage.json` and the JSON Schemas all iterate over this one list.
 */
import type { z } from "zod";
import { sourceSchema } from "./sources.ts";
import { personSchema } from "./people.ts";
import { placeSchema } from "./places.ts";
import { indicatorSchema } from "./indicators.ts";
import { observationSchema } from "./observations.ts";
import { eventSchema } from "./events.ts";
import { organisationSchema } from "./organisations.ts";
import { cooperativeSchema } from "./cooperatives.ts";
import { sectorSchema } from "./sectors.ts";
import { listSchema } from "./lists.ts";
import { releaseSchema } from "./releases.ts";
import { revisionSchema } from "./revisions.ts";
import { withdrawalSchema } from "./withdrawals.ts";
import { featuredSchema } from "./featured.ts";

export interface DatasetSpec {
  /** File name in `data/` (and in the published `data/` folder). */
  file: string;
  format: "csv" | "json";
  /** Row schema (a zod object). */
  schema: z.ZodObject;
  /** One line for the open-data page and the datapackage (English). */
  title: string;
  /** The same in Persian. */
  title_fa: string;
}

export const DATASETS = {
  sources: {
    file: "sources.csv",
    format: "csv",
    schema: sourceSchema,
    title: "Published articles the figures were read in",
    title_fa: "منابع خبری",
  },
  people: { file: "people.csv", format: "csv", schema: personSchema, title: "Officials quoted", title_fa: "مقام‌های نقل‌شده" },
  places: { file: "places.csv", format: "csv", schema: placeSchema, title: "Iran, Lorestan and its counties", title_fa: "مکان‌ها" },
  indicators: { file: "indicators.json", format: "json", schema: indicatorSchema, title: "Indicator catalogue", title_fa: "فهرست شاخص‌ها" },
  observations: {
    file: "observations.csv",
    format: "csv",
    schema: observationSchema,
    title: "Published figures (long format)",
    title_fa: "ارقام منتشرشده",
  },
  events: { file: "events.csv", format: "csv", schema: eventSchema, title: "Events and programmes", title_fa: "رویدادها و برنامه‌ها" },
  organisations: {
    file: "organisations.csv",
    format: "csv",
    schema: organisationSchema,
    title: "Banks, funds and other bodies",
    title_fa: "بانک‌ها و نهادها",
  },
  cooperatives: {
    file: "cooperatives.csv",
    format: "csv",
    schema: cooperativeSchema,
    title: "Cooperatives named in the sources",
    title_fa: "تعاونی‌های نام‌برده",
  },
  sectors: { file: "sectors.csv", format: "csv", schema: sectorSchema, title: "Sectors of activity", title_fa: "بخش‌های فعالیت" },
  lists: { file: "lists.json", format: "json", schema: listSchema, title: "Lists named in the sources", title_fa: "فهرست‌های ذکرشده" },
  releases: {
    file: "releases.csv",
    format: "csv",
    schema: releaseSchema,
    title: "Releases of the data, with their ledgers",
    title_fa: "انتشارهای داده",
  },
  revisions: {
    file: "revisions.csv",
    format: "csv",
    schema: revisionSchema,
    title: "Corrections of published figures",
    title_fa: "اصلاح‌های ارقام منتشرشده",
  },
  withdrawals: {
    file: "withdrawals.csv",
    format: "csv",
    schema: withdrawalSchema,
    title: "Published figures withdrawn",
    title_fa: "ارقام پس‌گرفته",
  },
  featured: {
    file: "featured.csv",
    format: "csv",
    schema: featuredSchema,
    title: "Figures featured on the home page",
    title_fa: "ارقام برگزیدهٔ صفحهٔ اول",
  },
} as const satisfies Record<string, DatasetSpec>;

export type DatasetName = keyof typeof DATASETS;
export type Row<N extends DatasetName> = z.infer<(typeof DATASETS)[N]["schema"]>;
/** Every dataset, validated and typed. */
export type Dataset = { [N in DatasetName]: Row<N>[] };

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];
