/**
 * SYNTHETIC test data for the county, source and timeline helpers: invented outlets, people and
 * values. Only the places are real reference data (Lorestan's 12 counties and their polygon ids,
 * so the join to `src/geo/lorestan-counties.geojson` is exercised); no figure here was published.
 * It holds one case of each thing the pages must handle: a county with figures in two years, a
 * county without figures, Mamulan (no polygon of its own), an undated source, a figure reported by
 * two sources, an unknown period, a doubted figure, a split by sex, a bank's part, a system org.
 */
import type { Dataset, Row } from "../../src/schemas/index.ts";
import { buildModel, type Model } from "../../src/data/model.ts";

type Obs = Row<"observations">;

const COUNTIES: [string, string, string | undefined][] = [
  ["aligudarz", "الیگودرز", "IR15-aligudarz"],
  ["azna", "ازنا", "IR15-azna"],
  ["borujerd", "بروجرد", "IR15-borujerd"],
  ["chegeni", "چگنی", "IR15-chegeni"],
  ["delfan", "دلفان", "IR15-delfan"],
  ["dorud", "دورود", "IR15-dorud"],
  ["khorramabad", "خرم‌آباد", "IR15-khorramabad"],
  ["kuhdasht", "کوهدشت", "IR15-kuhdasht"],
  ["pol-e-dokhtar", "پل‌دختر", "IR15-pol-e-dokhtar"],
  ["rumeshkan", "رومشکان", "IR15-rumeshkan"],
  ["selseleh", "سلسله", "IR15-selseleh"],
  ["mamulan", "معمولان", undefined],
];
const EN: Record<string, string> = { "pol-e-dokhtar": "Pol-e Dokhtar" };

const ind = (id: string, unit_kind: Row<"indicators">["unit_kind"], measure: Row<"indicators">["measure"]): Row<"indicators"> => ({
  id,
  name_fa: `شاخص آزمایشی ${id.length}`,
  name_en: `Synthetic ${id}`,
  unit_kind,
  measure,
  theme: "cooperatives",
  scope: "cooperative",
  definition_fa: "تعریف آزمایشی",
  definition_en: "Synthetic",
});

const obs = (id: string, place_id: string, indicator_id: string, value: number, o: Partial<Obs> = {}): Obs =>
  ({
    id,
    indicator_id,
    place_id,
    value,
    unit: "count",
    scale: "one",
    qualifier: "exact",
    period_kind: "stated",
    period: "1403",
    source_id: "s-a",
    doubt: false,
    ...o,
  }) as Obs;

export const DATA: Dataset = {
  releases: [],
  featured: [],
  revisions: [],
  withdrawals: [],
  places: [
    { id: "iran", kind: "country", name_fa: "ایران", name_en: "Iran" },
    { id: "lorestan", kind: "province", parent_id: "iran", name_fa: "لرستان", name_en: "Lorestan" },
    ...COUNTIES.map(([id, name_fa, geo_id]) => ({
      id,
      kind: "county" as const,
      parent_id: "lorestan",
      name_fa,
      name_en: EN[id] ?? id[0].toUpperCase() + id.slice(1),
      geo_id,
    })),
  ],
  indicators: [
    ind("coops-registered", "count", "stock"),
    ind("coops-active", "count", "stock"),
    ind("coops-declared-active", "count", "stock"),
    { ...ind("members", "people", "stock"), theme: "members" },
    { ...ind("facilities-allocated", "money", "stock"), theme: "investment" },
    { ...ind("coop-investment", "money", "single"), theme: "investment" },
  ],
  sources: [
    { id: "s-a", outlet_fa: "خبرگزاری الف", outlet_en: "Agency A", published_jalali: "1403-05-10", official_id: "p-1", language: "fa" },
    {
      id: "s-b",
      outlet_fa: "روزنامه ب",
      outlet_en: "Daily B",
      read_on: "mirror.example.org",
      published_jalali: "1401-01-15",
      language: "fa",
    },
    { id: "s-c", outlet_fa: "پایگاه ج", outlet_en: "Site C", language: "fa" },
    { id: "s-d", outlet_fa: "خبرگزاری د", outlet_en: "Agency D", published_jalali: "1403-05-10", language: "fa" },
  ],
  people: [{ id: "p-1", name_fa: "شخص آزمایشی", name_en: "Test Person", role_fa: "مدیرکل آزمایشی", role_en: "Test DG" }],
  organisations: [
    { id: "bank-x", kind: "bank", name_fa: "بانک آزمایشی", name_en: "Test Bank" },
    { id: "system-x", kind: "system", name_fa: "سامانهٔ آزمایشی", name_en: "Test System" },
  ],
  sectors: [],
  events: [
    {
      id: "ev-1",
      kind: "cooperative-week",
      name_fa: "هفتهٔ آزمایشی",
      name_en: "Test week",
      start_jalali: "1403-04-10",
      place_id: "lorestan",
    },
  ],
  cooperatives: [
    { id: "coop-1", name_fa: "تعاونی آزمایشی", name_en: "Test coop", place_id: "kuhdasht", knowledge_based: false, source_id: "s-a" },
  ],
  lists: [
    {
      id: "list-1",
      title_fa: "فهرست آزمایشی",
      title_en: "Test list",
      kind: "planned-types",
      source_id: "s-a",
      place_id: "rumeshkan",
      event_id: "ev-1",
      items: [{ label_fa: "مورد", label_en: "Item" }],
    },
  ],
  observations: [
    obs("o1", "borujerd", "coops-registered", 900),
    obs("o2", "borujerd", "coops-active", 400, { also_source_ids: ["s-b"] }),
    obs("o3", "borujerd", "coops-registered", 800, {
      period_kind: "inferred",
      period: "1401",
      period_basis: "synthetic",
      source_id: "s-b",
    }),
    obs("o4", "borujerd", "members", 5000, { unit: "people" }),
    obs("o5", "borujerd", "members", 3000, { unit: "people", sex: "male" }),
    obs("o6", "borujerd", "coops-declared-active", 300, { org_id: "system-x" }),
    obs("o7", "borujerd", "facilities-allocated", 10, { unit: "toman", scale: "billion", org_id: "bank-x", event_id: "ev-1" }),
    obs("o8", "mamulan", "coops-active", 20, { period: "1402", source_id: "s-c" }),
    obs("o9", "selseleh", "coops-active", 50, { period_kind: "unknown", period: undefined, source_id: "s-c" }),
    obs("o10", "selseleh", "coops-active", 999, { period: "1402", doubt: true, doubt_reason: "رقم آزمایشی مشکوک", source_id: "s-b" }),
    obs("o11", "lorestan", "coops-active", 3000, { source_id: "s-d" }),
    obs("o12", "kuhdasht", "coop-investment", 5, { unit: "toman", scale: "billion", cooperative_id: "coop-1" }),
  ],
};

export const model: Model = buildModel(DATA);
