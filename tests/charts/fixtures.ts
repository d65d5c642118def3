/**
 * SYNTHETIC test data for the charts: invented places («شهرستان نمونه»), outlets and values,
 * written as typed rows. Nothing here is a published figure. It uses the real indicator ids (the
 * charts select by them) and holds one case of everything the charts must handle: stated and
 * inferred periods, unknown periods, doubted figures, a conflict pair, money in rial and toman,
 * flows of different lengths, a sub-event, a bank's part of a total, figures split by sex,
 * national figures of matching and non-matching years, non-cooperative and Rural Cooperatives
 * Organisation figures.
 */
import type { Dataset, Row } from "../../src/schemas/index.ts";
import { buildModel, type Model } from "../../src/data/model.ts";

type Ind = Row<"indicators">;
type Obs = Row<"observations">;

const ind = (
  id: string,
  name_fa: string,
  unit_kind: Ind["unit_kind"],
  measure: Ind["measure"],
  theme: Ind["theme"],
  scope: Ind["scope"] = "cooperative",
): Ind => ({
  id,
  name_fa,
  name_en: `Synthetic ${id}`,
  unit_kind,
  measure,
  theme,
  scope,
  definition_fa: `تعریف آزمایشی ${name_fa}`,
  definition_en: "Synthetic test indicator",
});

export const INDICATORS: Ind[] = [
  ind("coops-active", "تعاونی‌های فعال", "count", "stock", "cooperatives"),
  ind("coops-registered", "تعاونی‌های ثبت‌شده", "count", "stock", "cooperatives"),
  ind("coops-declared-active", "تعاونی‌های اعلام‌فعالیت‌کرده", "count", "stock", "cooperatives"),
  ind("coops-formed", "تعاونی‌های تازه", "count", "flow", "cooperatives"),
  ind("coops-knowledge-based", "تعاونی‌های دانش‌بنیان", "count", "stock", "cooperatives"),
  ind("members", "اعضای تعاونی‌ها", "people", "stock", "members"),
  ind("members-new-coops", "اعضای تعاونی‌های تازه", "people", "flow", "members"),
  ind("employment", "شاغلان بخش تعاون", "people", "stock", "jobs"),
  ind("jobs-new-coops", "اشتغال تعاونی‌های تازه", "jobs", "flow", "jobs"),
  ind("package-projects", "طرح‌های یک رویداد", "count", "package", "investment"),
  ind("package-investment", "سرمایه‌گذاری یک رویداد", "money", "package", "investment"),
  ind("package-facilities", "تسهیلات یک رویداد", "money", "package", "investment"),
  ind("package-jobs", "اشتغال یک رویداد", "jobs", "package", "jobs"),
  ind("package-members", "اعضای یک رویداد", "people", "package", "members"),
  ind("facilities-allocated", "تسهیلات تخصیص‌یافته", "money", "stock", "investment"),
  ind("credit-introduced-to-banks", "اعتبار معرفی‌شده به بانک‌ها", "money", "stock", "investment"),
  ind("facilities-requested", "تسهیلات درخواستی", "money", "stock", "investment"),
  ind("coop-investment", "سرمایه‌گذاری یک تعاونی", "money", "single", "investment"),
  ind("coop-facilities", "تسهیلات یک تعاونی", "money", "single", "investment"),
  ind("coop-own-contribution", "آورده اعضا", "money", "single", "investment"),
  ind("exports", "صادرات", "usd", "flow", "exports"),
  ind("legal-min-capital", "حداقل سرمایه قانونی", "money", "threshold", "legal"),
  ind("share-of-gdp", "سهم از تولید", "percent", "share", "context"),
  ind("rural-employment-loans", "وام اشتغال روستایی", "money", "flow", "investment", "non-cooperative"),
  ind("rural-coops-agents", "عاملان تعاون روستایی", "count", "stock", "cooperatives", "rural-cooperatives-org"),
  ind("coops-active-or-building", "تعاونی‌های فعال یا در دست اجرا", "count", "stock", "cooperatives"),
  ind("coops-dissolved", "تعاونی‌های منحل‌شده", "count", "stock", "cooperatives"),
];

/** An observation with the defaults of a plain stated, undoubted Lorestan figure from outlet A. */
function obs(id: string, indicator_id: string, value: number, o: Partial<Obs> = {}): Obs {
  const kind = INDICATORS.find((i) => i.id === indicator_id)!.unit_kind;
  const unit = (
    { count: "count", people: "people", jobs: "jobs", money: "toman", usd: "usd", percent: "percent", weight: "tonne" } as const
  )[kind];
  return {
    id,
    indicator_id,
    place_id: "lorestan",
    value,
    unit,
    scale: kind === "money" ? "billion" : "one",
    qualifier: "exact",
    period_kind: "stated",
    source_id: "src-a",
    doubt: false,
    ...o,
  } as Obs;
}

const inferred = (period: string, period_end?: string): Partial<Obs> => ({
  period_kind: "inferred",
  period,
  period_end,
  period_basis: "synthetic basis",
});
const unknown: Partial<Obs> = { period_kind: "unknown" };
const doubted: Partial<Obs> = { doubt: true, doubt_reason: "رقم آزمایشی مشکوک" };

export const OBSERVATIONS: Obs[] = [
  // Stock of active cooperatives: an early figure, stated and inferred ones, a conflict pair, a doubt, an unknown.
  obs("act-1357", "coops-active", 18, { period: "1357" }),
  obs("act-1398", "coops-active", 2500, { period: "1398-06" }),
  obs("act-1399", "coops-active", 2600, inferred("1399-11")),
  obs("act-a", "coops-active", 3049, { ...inferred("1401", "1403"), conflict_group: "active-1401", source_id: "src-a" }),
  obs("act-b", "coops-active", 3000, { ...inferred("1401", "1403"), conflict_group: "active-1401", source_id: "src-b" }),
  obs("act-doubt", "coops-active", 28000, { ...inferred("1401"), ...doubted }),
  obs("act-unknown", "coops-active", 3100, unknown),
  obs("act-iran-1399", "coops-active", 94000, { place_id: "iran", period: "1399-06-19", source_id: "src-c" }),
  obs("act-iran-1404", "coops-active", 105000, { place_id: "iran", period: "1404-06-20", qualifier: "more_than", source_id: "src-c" }),
  obs("act-iran-unknown", "coops-active", 103000, { place_id: "iran", ...unknown, source_id: "src-c" }),
  // Registered vs active: same years in the province and county A; a county with an active count only.
  obs("reg-lor", "coops-registered", 6000, inferred("1401", "1403")),
  obs("reg-a", "coops-registered", 500, { place_id: "county-a", period: "1404-06-15" }),
  obs("reg-a-unknown", "coops-registered", 615, { place_id: "county-a", ...unknown }),
  obs("decl-a", "coops-declared-active", 200, { place_id: "county-a", period: "1404-06-15" }),
  obs("act-a-1401", "coops-active", 175, { place_id: "county-a", ...inferred("1401-02") }),
  obs("act-county-b", "coops-active", 90, { place_id: "county-b", period: "1404" }),
  // Flows of different lengths.
  obs("formed-1397", "coops-formed", 48, { period: "1397" }),
  obs("formed-1398-09", "coops-formed", 31, { period: "1398-09" }),
  obs("formed-h1-1400", "coops-formed", 36, { period: "1400-01", period_end: "1400-06" }),
  obs("formed-gov", "coops-formed", 96, inferred("1400-05", "1403-05")),
  obs("formed-unknown", "coops-formed", 22, { place_id: "county-b", ...unknown }),
  obs("formed-iran-1398-09", "coops-formed", 332, { place_id: "iran", period: "1398-09", source_id: "src-c" }),
  obs("kb-1398", "coops-knowledge-based", 5, inferred("1398", "1399")),
  obs("kb-1401", "coops-knowledge-based", 13, inferred("1401", "1403")),
  obs("mnew-1397", "members-new-coops", 537, { period: "1397" }),
  obs("mnew-1397-m", "members-new-coops", 406, { period: "1397", sex: "male" }),
  obs("mnew-1397-f", "members-new-coops", 131, { period: "1397", sex: "female" }),
  obs("mnew-h1-1400", "members-new-coops", 1333, { period: "1400-01", period_end: "1400-06" }),
  obs("jnew-1397", "jobs-new-coops", 418, { period: "1397" }),
  obs("jnew-gov", "jobs-new-coops", 1487, inferred("1400-05", "1403-05")),
  // Members by sex in a county, with a printed total one off the sum of the parts.
  obs("mem-a", "members", 10429, { place_id: "county-a", period: "1404-06-25", source_id: "src-b" }),
  obs("mem-a-m", "members", 6018, { place_id: "county-a", period: "1404-06-25", sex: "male", source_id: "src-b" }),
  obs("mem-a-f", "members", 4410, { place_id: "county-a", period: "1404-06-25", sex: "female", source_id: "src-b" }),
  obs("emp-1397", "employment", 26503, inferred("1397-11")),
  obs("emp-1400", "employment", 37504, inferred("1400-06")),
  obs("emp-1401", "employment", 30000, { period: "1401", qualifier: "about" }),
  obs("emp-iran", "employment", 1700000, { place_id: "iran", period: "1399-06-19", source_id: "src-c" }),
  // One-off packages: money in toman and rial, a conflict, a sub-event, county and unknown ones.
  obs("inv-w1404", "package-investment", 195, {
    period: "1404-06-11",
    period_end: "1404-06-17",
    qualifier: "about",
    event_id: "coop-week-1404",
  }),
  obs("inv-w1404-0615", "package-investment", 68, { period: "1404-06-15", event_id: "coop-week-1404-openings-0615" }),
  obs("inv-w1403", "package-investment", 162, { period: "1403-06", event_id: "coop-week-1403" }),
  obs("inv-f1399-a", "package-investment", 25.84, {
    ...inferred("1399-11"),
    qualifier: "amounting_to",
    event_id: "fajr-1399",
    conflict_group: "fajr-1399-money",
    source_id: "src-a",
  }),
  obs("inv-f1399-b", "package-investment", 24, {
    ...inferred("1399-11"),
    event_id: "fajr-1399",
    conflict_group: "fajr-1399-money",
    source_id: "src-b",
  }),
  obs("inv-f1394", "package-investment", 36, { ...inferred("1394-11", "1395-11"), unit: "rial", event_id: "fajr-1394-1395" }),
  obs("inv-w1399", "package-investment", 19.36, { ...inferred("1399-06"), event_id: "coop-week-1399" }),
  obs("inv-iran-w1399", "package-investment", 30, {
    place_id: "iran",
    period: "1399-06",
    unit: "rial",
    scale: "trillion",
    qualifier: "more_than",
    event_id: "coop-week-1399",
    source_id: "src-c",
  }),
  obs("inv-county-unknown", "package-investment", 27.3, { place_id: "county-b", unit: "rial", ...unknown }),
  obs("inv-doubt", "package-investment", 999, { period: "1402", event_id: "programme-x", ...doubted }),
  obs("fac-w1404", "package-facilities", 6, {
    period: "1404-06-11",
    period_end: "1404-06-17",
    qualifier: "more_than",
    event_id: "coop-week-1404",
  }),
  obs("fac-f1399", "package-facilities", 6, { ...inferred("1399-11"), event_id: "fajr-1399", source_id: "src-b" }),
  obs("proj-w1399", "package-projects", 14, { ...inferred("1399-06"), event_id: "coop-week-1399" }),
  obs("proj-iran-w1399", "package-projects", 383, { place_id: "iran", period: "1399-06", event_id: "coop-week-1399", source_id: "src-c" }),
  obs("proj-w1403", "package-projects", 28, { period: "1403-06", event_id: "coop-week-1403" }),
  obs("jobs-w1403", "package-jobs", 153, { period: "1403-06", event_id: "coop-week-1403" }),
  obs("jobs-f1397", "package-jobs", 881, { ...inferred("1397-11"), event_id: "fajr-1397" }),
  obs("jobs-prog", "package-jobs", 25, { period: "1401-02-02", event_id: "programme-x" }),
  obs("pmem-f1397", "package-members", 1053, { ...inferred("1397-11"), event_id: "fajr-1397" }),
  // Bank facilities: a county statement with a bank's part, a provincial request, an unknown.
  obs("alloc-a", "facilities-allocated", 46, { place_id: "county-a", period: "1401-12-27" }),
  obs("alloc-a-bank", "facilities-allocated", 2, { place_id: "county-a", period: "1401-12-27", org_id: "bank-x" }),
  obs("credit-a", "credit-introduced-to-banks", 51, { place_id: "county-a", period: "1401-12-27" }),
  obs("requested-lor", "facilities-requested", 166, inferred("1401", "1403")),
  obs("alloc-unknown", "facilities-allocated", 57, unknown),
  // Single cooperatives.
  obs("ci-a", "coop-investment", 18, { place_id: "county-a", period: "1404-06-15", cooperative_id: "coop-a" }),
  obs("cf-a", "coop-facilities", 3, { place_id: "county-a", period: "1404-06-15", cooperative_id: "coop-a" }),
  obs("co-b", "coop-own-contribution", 5, { place_id: "county-b", ...inferred("1401-02"), cooperative_id: "coop-b" }),
  obs("ci-b-rial", "coop-investment", 25, { place_id: "county-b", ...inferred("1401-02"), unit: "rial", cooperative_id: "coop-b" }),
  // Other themes and scopes.
  obs("exports-doubt", "exports", 18852, { period: "1400-01", period_end: "1400-06", qualifier: "more_than", ...doubted }),
  obs("legal-capital", "legal-min-capital", 3, { place_id: "county-a", period: "1401-12-27", unit: "rial" }),
  obs("gdp-iran", "share-of-gdp", 1.5, { place_id: "iran", period: "1392", source_id: "src-c" }),
  obs("rural-loans", "rural-employment-loans", 224, inferred("1396", "1399")),
  obs("rco-agents", "rural-coops-agents", 80, { place_id: "county-b", period: "1382" }),
  // Other provinces, for the comparison charts: an old and a new count in province X (the new one is
  // charted), a national-table row for X and Y at one inferred date, an undated count in Z, a doubted
  // one, a registered count; a monthly table naming Lorestan (with its existing figure) and X.
  obs("prov-x-act-old", "coops-active", 3900, { place_id: "province-x", period: "1398", source_id: "src-d" }),
  obs("prov-x-act", "coops-active", 4200, { place_id: "province-x", period: "1404-06-18", source_id: "src-d" }),
  obs("prov-x-table", "coops-active", 5000, { place_id: "province-x", ...inferred("1396-05-31", "1397-05-31"), source_id: "src-e" }),
  obs("prov-y-table", "coops-active", 1200, { place_id: "province-y", ...inferred("1396-05-31", "1397-05-31"), source_id: "src-e" }),
  obs("prov-z-unknown", "coops-active", 800, { place_id: "province-z", ...unknown, source_id: "src-d" }),
  obs("prov-y-doubt", "coops-active", 12000, { place_id: "province-y", period: "1404", ...doubted, source_id: "src-d" }),
  obs("prov-x-reg", "coops-registered", 7000, { place_id: "province-x", period: "1404-06-18", source_id: "src-d" }),
  obs("prov-x-formed", "coops-formed", 32, { place_id: "province-x", period: "1398-09" }),
  // National definitions kept apart.
  obs("iran-building-1395", "coops-active-or-building", 99400, {
    place_id: "iran",
    period: "1395-06",
    qualifier: "about",
    source_id: "src-e",
  }),
  obs("iran-dissolved-1395", "coops-dissolved", 35000, { place_id: "iran", period: "1395-06", source_id: "src-e" }),
];

const event = (id: string, kind: Row<"events">["kind"], name_fa: string, start?: string, end?: string): Row<"events"> => ({
  id,
  kind,
  name_fa,
  name_en: `Synthetic ${id}`,
  start_jalali: start,
  end_jalali: end,
  place_id: kind === "programme" ? "lorestan" : "iran",
});

export function syntheticDataset(): Dataset {
  return {
    releases: [],
    revisions: [],
    withdrawals: [],
    featured: [],
    sources: [
      {
        id: "src-a",
        outlet_fa: "خبرگزاری نمونه (نمونه‌الف)",
        outlet_en: "Sample Agency A",
        published_jalali: "1404-06-20",
        official_id: "person-a",
        language: "fa",
      },
      { id: "src-b", outlet_fa: "روزنامهٔ آزمایشی", outlet_en: "Test Daily B", published_jalali: "1403-02-01", language: "fa" },
      { id: "src-c", outlet_fa: "خبرگزاری ملی نمونه", outlet_en: "National Sample C", language: "en" },
      { id: "src-d", outlet_fa: "خبرگزاری استانی نمونه", outlet_en: "Provincial Sample D", published_jalali: "1404-06-18", language: "fa" },
      { id: "src-e", outlet_fa: "جدول ملی نمونه", outlet_en: "National Table Sample E", language: "en" },
    ],
    people: [
      { id: "person-a", name_fa: "شخص نمونه", name_en: "Sample Person", role_fa: "مدیرکل نمونه", role_en: "Sample director-general" },
    ],
    places: [
      { id: "iran", kind: "country", name_fa: "ایران", name_en: "Iran" },
      { id: "lorestan", kind: "province", parent_id: "iran", name_fa: "لرستان", name_en: "Lorestan" },
      {
        id: "county-a",
        kind: "county",
        parent_id: "lorestan",
        name_fa: "شهرستان نمونه الف",
        name_en: "Sample County A",
        geo_id: "IR15-khorramabad",
      },
      { id: "county-b", kind: "county", parent_id: "lorestan", name_fa: "شهرستان نمونه ب", name_en: "Sample County B" },
      { id: "province-x", kind: "province", parent_id: "iran", name_fa: "استان نمونه ایکس", name_en: "Sample Province X" },
      { id: "province-y", kind: "province", parent_id: "iran", name_fa: "استان نمونه وای", name_en: "Sample Province Y" },
      { id: "province-z", kind: "province", parent_id: "iran", name_fa: "استان نمونه زد", name_en: "Sample Province Z" },
    ],
    indicators: INDICATORS,
    observations: OBSERVATIONS,
    events: [
      event("coop-week-1404", "cooperative-week", "هفته تعاون 1404", "1404-06-11", "1404-06-17"),
      event("coop-week-1404-openings-0615", "cooperative-week", "افتتاح در هفته تعاون 1404", "1404-06-15", "1404-06-15"),
      event("coop-week-1403", "cooperative-week", "هفته تعاون 1403"),
      event("coop-week-1399", "cooperative-week", "هفته تعاون 1399"),
      event("fajr-1399", "fajr-decade", "افتتاح در دهه فجر 1399"),
      event("fajr-1397", "fajr-decade", "افتتاح در دهه فجر 1397"),
      event("fajr-1394-1395", "fajr-decade", "افتتاح در دهه فجر (1394 یا 1395)"),
      event("programme-x", "programme", "برنامهٔ آزمایشی اشتغال (گزارش نمونه)"),
    ],
    organisations: [{ id: "bank-x", kind: "bank", name_fa: "بانک نمونه", name_en: "Sample Bank" }],
    cooperatives: [
      {
        id: "coop-a",
        name_fa: "شرکت تعاونی درمانی نمونه",
        name_en: "Sample medical cooperative",
        place_id: "county-a",
        knowledge_based: true,
        source_id: "src-a",
      },
      {
        id: "coop-b",
        name_fa: "تعاونی دامداری آزمایشی",
        name_en: "Test livestock cooperative",
        place_id: "county-b",
        knowledge_based: false,
        source_id: "src-b",
      },
    ],
    sectors: [{ id: "sector-a", name_fa: "بخش نمونه", name_en: "Sample sector" }],
    lists: [
      {
        id: "list-types",
        title_fa: "انواع تعاونی آزمایشی",
        title_en: "Synthetic planned types",
        kind: "planned-types",
        source_id: "src-a",
        place_id: "county-a",
        open_ended: true,
        items: [
          { label_fa: "نوع الف", label_en: "Type A" },
          { label_fa: "نوع ب", label_en: "Type B" },
        ],
      },
      {
        id: "list-week",
        title_fa: "زمینه‌های افتتاح آزمایشی",
        title_en: "Synthetic sectors",
        kind: "sectors",
        source_id: "src-a",
        place_id: "lorestan",
        event_id: "coop-week-1404",
        items: [{ label_fa: "بخش نمونه", label_en: "Sample sector", sector_id: "sector-a" }],
      },
    ],
  } as Dataset;
}

let cached: Model | undefined;
/** The synthetic model (built once: renderChart caches per model). */
export function syntheticModel(): Model {
  return (cached ??= buildModel(syntheticDataset()));
}

/** A model with every reference table but no figures: every chart must say why it is empty. */
export function emptyModel(): Model {
  return buildModel({ ...syntheticDataset(), observations: [] });
}
