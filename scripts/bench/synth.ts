/**
 * Synthetic data for the benchmarks: a complete data folder with as many observation and
 * cooperative rows as asked. It starts from the real data folder (every file copied as it is, so
 * the ids that pages name exist) and adds invented rows across the real counties and the real
 * indicator catalogue, with the mixes of units, qualifiers, periods and notes the real rows show,
 * so the validator and the pages meet the shapes they will meet as the data grows.
 *
 * It says it is synthetic: a SYNTHETIC.txt in the folder, ids starting with `syn-`, and every
 * added source's outlet reads «داده‌ی ساختگی برای آزمون کارایی». The folder lives in the OS temp
 * folder, is deleted after the run, and is never committed or published.
 *
 * Rows are written in chunks, so a million rows never sit in memory as one string, and a seeded
 * generator makes every run produce the same bytes.
 */
import { absentFields } from "../../src/validate/table.ts";
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index.ts";
import { UNIT_KINDS } from "../../src/lib/units.ts";
import { validateDataDir } from "../../src/validate/index.ts";

export const SYNTHETIC_OUTLET_FA = "داده‌ی ساختگی برای آزمون کارایی";
export const SYNTHETIC_OUTLET_EN = "Synthetic data for benchmarking";
/** Years run back from this one (a Jalali year inside the validator's 1300-1500 window). */
export const LAST_YEAR = 1404;

export interface IndicatorLite {
  id: string;
  unit_kind: string;
  measure: string;
}

/**
 * The real data the synthetic rows are added to: every dataset file of a valid data folder
 * (data/, or the fixture while data/ does not validate), copied verbatim, so ids the pages name
 * (the editors' headline figures) exist, and the synthetic rows sit beside today's real ones.
 */
export interface Base {
  /** Where it was read from. */
  from: string;
  /** File name -> its text. */
  files: Record<string, string>;
  /** File name -> rows it holds. */
  counts: Record<string, number>;
  counties: string[];
  province: string;
  country: string;
  indicators: IndicatorLite[];
}

export interface SynthOptions {
  /** Observation rows in all (the base folder's included). */
  observations: number;
  /** Cooperatives in all (the base folder's included). */
  cooperatives: number;
  /** Distinct Jalali years, ending at LAST_YEAR; every county gets rows in every year. */
  years: number;
  seed?: number;
}

export interface SynthSummary {
  dir: string;
  /** File -> rows it holds (base and synthetic). */
  rows: Record<string, number>;
  bytes: Record<string, number>;
  counties: number;
  years: number[];
  /** County × year combinations the synthetic rows cover (all of them, when there are enough rows). */
  countyYears: number;
  /** The real folder the rows were added to. */
  base: string;
}

/** Loads the first folder that validates: `dataDir`, else `fallbackDir`. */
export function loadBase(dataDir: string, fallbackDir: string): Base {
  for (const dir of [dataDir, fallbackDir]) {
    let report;
    try {
      report = validateDataDir(dir);
    } catch {
      continue;
    }
    if (!report.valid || !report.data) continue;
    const data = report.data;
    const of = (kind: string) => data.places.filter((p) => p.kind === kind).map((p) => p.id);
    const counties = of("county");
    if (counties.length === 0 || of("province").length === 0) continue;
    const files: Record<string, string> = {};
    const counts: Record<string, number> = {};
    for (const name of DATASET_NAMES) {
      const { file } = DATASETS[name];
      files[file] = readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, "");
      counts[file] = data[name].length;
    }
    return {
      from: dir,
      files,
      counts,
      counties,
      province: of("province")[0],
      country: of("country")[0] ?? of("province")[0],
      indicators: data.indicators.map((r) => ({ id: r.id, unit_kind: r.unit_kind, measure: r.measure })),
    };
  }
  throw new Error(`neither ${dataDir} nor ${fallbackDir} validates`);
}

/** mulberry32: small, fast, seeded; quality is ample for picking mixes. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One CSV cell: quoted when it holds a comma, quote or line break. */
export function csvCell(v: string | number | boolean | undefined): string {
  if (v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Cell = string | number | boolean | undefined;

/**
 * Writes `name`'s CSV: the base file as it is, then `n` synthetic rows (given in schema order,
 * written in the base file's column order), flushing about every megabyte. Returns the bytes.
 */
function appendCsv(dir: string, base: Base, name: keyof typeof DATASETS, n: number, row: (i: number) => Cell[]): number {
  const { file, schema } = DATASETS[name];
  const fields = Object.keys(schema.shape);
  const text = base.files[file];
  const labels = (Papa.parse<string[]>(text.slice(0, text.indexOf("\n") + 1 || undefined), { header: false }).data[0] ?? []).map((l) => l.trim().toLowerCase());
  const order = labels.map((l) => fields.indexOf(l));
  // A column the schema lets a file leave out (see absentFields) may be missing from the base.
  const absent = absentFields(schema);
  if (order.some((i) => i < 0) || order.length !== fields.filter((f) => !absent.has(f) || labels.includes(f)).length) throw new Error(`${file} in ${base.from}: its header does not name the schema's fields exactly`);
  const fd = openSync(join(dir, file), "w");
  let bytes = 0;
  let buf = text.endsWith("\n") ? text : text + "\n";
  const flush = () => {
    bytes += writeSync(fd, buf);
    buf = "";
  };
  try {
    for (let i = 0; i < n; i++) {
      const r = row(i);
      buf += order.map((c) => csvCell(r[c])).join(",") + "\n";
      if (buf.length > 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const QUALIFIERS: [string, number][] = [["exact", 0.74], ["about", 0.08], ["more_than", 0.1], ["up_to", 0.03], ["at_least", 0.03], ["amounting_to", 0.02]];
const SECTORS = ["کشاورزی", "صنعتی", "خدماتی", "فرش دستباف", "مسکن", "مصرف", "دامداری", "گردشگری", "معدنی", "حمل‌ونقل", "پزشکی", "آموزشی", "فناوری اطلاعات", "صنایع دستی", "زنبورداری"];
const LONG_FA =
  "این یادداشت بلند ساختگی است و فقط برای آزمودن کارایی نوشته شده است؛ در آن «نقل‌قول»، ویرگول، نقطه‌ویرگول و نیم‌فاصله آمده است تا خواندن خانه‌های بلند، سنجیده شود. " +
  "رقم در متن خبر با قید حدود آمده و زمان آن از تاریخ انتشار برآورد شده است، و شمار تعاونی‌های هر شهرستان از جمع استان جداست.";
const LONG_EN =
  'A long synthetic note, written only to exercise the reader: it holds commas, "quoted words", semicolons; and, in some rows, a line break\nthat a spreadsheet keeps inside one quoted cell. ' +
  "The figure was given as an approximation, and its period was inferred from the publication date of the article that reported it.";

/** Writes a complete synthetic data folder into `dir` (created in the OS temp folder if omitted). */
export function writeSynthetic(base: Base, opts: SynthOptions, dir = mkdtempSync(join(tmpdir(), "lcs-bench-"))): SynthSummary {
  const rand = rng(opts.seed ?? 20250621);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const weighted = (xs: [string, number][]): string => {
    let r = rand();
    for (const [v, w] of xs) if ((r -= w) < 0) return v;
    return xs[xs.length - 1][0];
  };
  const chance = (p: number) => rand() < p;
  const C = base.counties.length;
  const years = Array.from({ length: Math.max(1, opts.years) }, (_, i) => LAST_YEAR - opts.years + 1 + i);
  // Totals asked for; the synthetic rows make up what the base does not hold.
  const nObs = Math.max(0, opts.observations - base.counts["observations.csv"]);
  const nCoops = Math.max(1, opts.cooperatives - base.counts["cooperatives.csv"]);
  const nSources = Math.max(10, Math.ceil(nObs / 8));
  const nPeople = 40;
  const nOrgs = 10;
  const rows: Record<string, number> = {};
  const bytes: Record<string, number> = {};
  const put = (file: string, added: number, b: number) => {
    rows[file] = base.counts[file] + added;
    bytes[file] = b;
  };
  const append = (name: keyof typeof DATASETS, n: number, row: (i: number) => Cell[]) => put(DATASETS[name].file, n, appendCsv(dir, base, name, n, row));
  const day = (y: number) => `${y}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 29))}`;
  // Articles of the last year are dated at its end, so that every period precedes its article.
  const published = (y: number) => (y === years[years.length - 1] ? `${y}-12-29` : day(y));

  writeFileSync(
    join(dir, "SYNTHETIC.txt"),
    "SYNTHETIC DATA, generated by scripts/bench (npm run bench) to measure the validator and the build.\n" +
      "Not real figures: never commit, publish or cite them. The rows of the real data folder are kept as they are;\n" +
      "every row added to them (ids starting with syn-) is invented, and its source says so.\n" +
      `${SYNTHETIC_OUTLET_FA}: این پوشه داده‌ی ساختگی است و نباید منتشر شود.\n`,
  );
  // Kept as they are: places, indicators, the featured figures and the release history (with its ledgers), so the
  // base rows stay released and the synthetic rows are simply not in a release yet.
  for (const file of [DATASETS.places.file, DATASETS.indicators.file, DATASETS.releases.file, DATASETS.revisions.file, DATASETS.withdrawals.file, DATASETS.featured.file]) {
    writeFileSync(join(dir, file), base.files[file]);
    put(file, 0, Buffer.byteLength(base.files[file]));
  }
  if (existsSync(join(base.from, "releases"))) cpSync(join(base.from, "releases"), join(dir, "releases"), { recursive: true });
  append("people", nPeople, (i) => [`syn-person-${i}`, `مقام ساختگی ${i}`, `Synthetic Official ${i}`, i % 2 ? "مدیرکل ساختگی" : "معاون ساختگی", i % 2 ? "Synthetic director-general" : "Synthetic deputy"]);
  const ORG_KINDS = ["bank", "fund", "foundation", "government", "system"];
  append("organisations", nOrgs, (i) => [`syn-org-${i}`, ORG_KINDS[i % ORG_KINDS.length], `نهاد ساختگی ${i}`, `Synthetic body ${i}`]);
  append("sectors", SECTORS.length, (i) => [`syn-sector-${i}`, `${SECTORS[i]} (ساختگی)`, `Synthetic sector ${i}`]);

  // Two events a year: Cooperative Week (early Tir) and the Fajr decade (Bahman).
  const events = years.flatMap((y) => [
    [`syn-coop-week-${y}`, "cooperative-week", `هفته تعاون ${y} (ساختگی)`, `Cooperative Week ${y} (synthetic)`, `${y}-04-10`, `${y}-04-16`, base.province, "synthetic"],
    [`syn-fajr-${y}`, "fajr-decade", `دهه فجر ${y} (ساختگی)`, `Fajr decade ${y} (synthetic)`, `${y}-11-12`, `${y}-11-22`, base.province, undefined],
  ]);
  append("events", events.length, (i) => events[i]);

  append("sources", nSources, (i) => [
    `syn-src-${i}`,
    SYNTHETIC_OUTLET_FA,
    SYNTHETIC_OUTLET_EN,
    chance(0.1) ? "mirror.example.org" : undefined,
    chance(0.85) ? `خبر ساختگی ${i} دربارهٔ تعاونی‌های شهرستان ${pick(base.counties)}، برای آزمون کارایی` : undefined,
    chance(0.7) ? `https://example.org/synthetic/${i}` : undefined,
    chance(0.9) ? published(years[i % years.length]) : undefined,
    chance(0.7) ? String(100000 + i) : undefined,
    chance(0.4) ? `syn-person-${i % nPeople}` : undefined,
    chance(0.95) ? "fa" : "en",
    "SYNTHETIC: generated by scripts/bench, not a real article",
  ]);

  // The registry: cooperatives spread over the counties in turn, so cooperative i is in county i % C.
  append("cooperatives", nCoops, (i) => [
    `syn-coop-${i}`,
    `تعاونی ساختگی ${i} ${pick(SECTORS)}`,
    `Synthetic cooperative ${i}`,
    base.counties[i % C],
    chance(0.8) ? `syn-sector-${i % SECTORS.length}` : undefined,
    chance(0.05),
    chance(0.2) ? `syn-coop-week-${years[i % years.length]}` : undefined,
    `syn-src-${i % nSources}`,
    chance(0.1) ? "synthetic registry row" : undefined,
  ]);

  const lists = [0, 1, 2].map((i) => ({
    id: `syn-list-${i}`,
    title_fa: `فهرست ساختگی ${i}`,
    title_en: `Synthetic list ${i}`,
    kind: ["sectors", "planned-types", "programme"][i],
    source_id: `syn-src-${i}`,
    place_id: base.province,
    event_id: `syn-coop-week-${years[0]}`,
    items: SECTORS.slice(0, 5).map((s, j) => ({ label_fa: s, label_en: `Item ${j}`, sector_id: `syn-sector-${j}` })),
  }));
  const listsJson = JSON.stringify([...(JSON.parse(base.files[DATASETS.lists.file]) as unknown[]), ...lists], null, 2) + "\n";
  writeFileSync(join(dir, DATASETS.lists.file), listsJson);
  put(DATASETS.lists.file, lists.length, Buffer.byteLength(listsJson));

  // Observations. Province and national statements are few in reality (a handful of outlets per
  // indicator and year), so they are capped; growth comes from county and cooperative rows.
  const byMeasure = (m: string) => base.indicators.filter((x) => x.measure === m);
  const singles = byMeasure("single");
  const packages = byMeasure("package");
  const capProvince = years.length * base.indicators.length * 3;
  const capCountry = years.length * base.indicators.length;
  let nProvince = 0;
  let nCountry = 0;
  let pendingGroup: string | undefined;
  const coverage = C * years.length;

  /** A source published in the year after `year` (source i is dated in years[i % Y]), or in the last year. */
  const Y = years.length;
  const sourceAfter = (year: number) => {
    const target = Math.min(Y - 1, years.indexOf(year) + 1);
    const rounds = Math.floor((nSources - 1 - target) / Y) + 1;
    return target + Y * Math.floor(rand() * rounds);
  };
  // Each (indicator, place) has a unit, a scale and a level; its figures scatter around the level
  // (so the validator's likely-misprint check finds what it would in real data: next to nothing).
  const levels = new Map<string, { unit: string; scale: string; level: number }>();
  let pendingLike: { ind: (typeof base.indicators)[number]; place: string; coop?: number } | undefined;

  const observation = (i: number): Cell[] => {
    // The first county × year rows cover every combination once (so each county-year page exists).
    const covering = i < coverage;
    let ind = pick(base.indicators);
    if (covering && (ind.measure === "single" || ind.measure === "package")) ind = base.indicators.find((x) => x.measure !== "single" && x.measure !== "package") ?? ind;
    let coop: number | undefined;
    let place: string;
    const r = rand();
    if (covering) place = base.counties[i % C];
    else if (singles.length && r < 0.3) {
      ind = pick(singles);
      coop = Math.floor(rand() * nCoops);
      place = base.counties[coop % C];
    } else if (r < 0.4 && nProvince < capProvince) {
      place = base.province;
      nProvince++;
    } else if (r < 0.43 && nCountry < capCountry) {
      place = base.country;
      nCountry++;
    } else place = pick(base.counties);
    if (!covering && coop === undefined && packages.length && chance(0.05)) ind = pick(packages);
    // The second member of a conflict group reports the same thing as the first.
    if (pendingGroup && pendingLike) ({ ind, place, coop } = pendingLike);

    let unit: string;
    let scale = "one";
    let value: number;
    switch (ind.unit_kind) {
      case "money": {
        unit = chance(0.75) ? "toman" : "rial";
        scale = weighted([["billion", 0.7], ["million", 0.2], ["trillion", 0.1]]);
        value = scale === "million" ? 10 + Math.floor(rand() * 900000) : scale === "billion" ? Math.round(rand() * 500000) / 100 : Math.round(1 + rand() * 4000) / 100;
        break;
      }
      case "usd":
        unit = "usd";
        scale = weighted([["million", 0.6], ["thousand", 0.2], ["one", 0.2]]);
        value = scale === "one" ? Math.floor(rand() * 900000) : Math.round(rand() * 9000) / 10;
        break;
      case "percent":
        unit = "percent";
        value = Math.round(rand() * 1000) / 10;
        break;
      default:
        // The unit of the kind (a count in `count`, a weight in `tonne`).
        unit = (UNIT_KINDS as Record<string, readonly string[]>)[ind.unit_kind]?.[0] ?? ind.unit_kind;
        if (unit !== "count" && chance(0.05)) {
          scale = "thousand";
          value = Math.round(rand() * 500) / 10;
        } else value = Math.floor(rand() * (place === base.province ? 200000 : 20000));
    }

    if (unit !== "percent") {
      const key = `${ind.id}|${place}`;
      let known = levels.get(key);
      if (!known) levels.set(key, (known = { unit, scale, level: Math.max(value, 1) }));
      ({ unit, scale } = known);
      const scattered = known.level * (0.7 + 0.6 * rand());
      value = Number.isInteger(known.level) && scale !== "billion" && scale !== "trillion" ? Math.round(scattered) : Math.round(scattered * 100) / 100;
    }

    const year = covering ? years[Math.floor(i / C) % years.length] : pick(years);
    const isPackage = ind.measure === "package";
    const event = isPackage || chance(0.12) ? (chance(0.5) ? `syn-coop-week-${year}` : `syn-fajr-${year}`) : undefined;
    let kind = covering ? "stated" : weighted([["stated", 0.45], ["inferred", 0.45], ["unknown", 0.1]]);
    if (isPackage && kind === "unknown") kind = "stated";
    let period: string | undefined;
    let periodEnd: string | undefined;
    if (kind !== "unknown") {
      if (isPackage && event) {
        period = event.includes("week") ? `${year}-04-10` : `${year}-11-12`;
        periodEnd = event.includes("week") ? `${year}-04-16` : `${year}-11-22`;
      } else {
        const p = covering ? 0 : rand();
        if (p < 0.45) {
          period = String(year);
          if (chance(0.15)) periodEnd = String(year + 1);
        } else if (p < 0.8) {
          const m = 1 + Math.floor(rand() * 9);
          period = `${year}-${pad(m)}`;
          if (chance(0.2)) periodEnd = `${year}-${pad(m + 3)}`;
        } else {
          const m = 1 + Math.floor(rand() * 12);
          const d = 1 + Math.floor(rand() * 22);
          period = `${year}-${pad(m)}-${pad(d)}`;
          if (chance(0.15)) periodEnd = `${year}-${pad(m)}-${pad(d + 6)}`;
        }
      }
    }

    const peopleLike = unit === "people" || unit === "jobs";
    const doubt = chance(0.015);
    let group: string | undefined;
    if (pendingGroup) {
      group = pendingGroup;
      pendingGroup = undefined;
    } else if (chance(0.01)) {
      group = pendingGroup = `syn-conflict-${i}`;
      pendingLike = { ind, place, coop };
    }
    const longFa = chance(0.015);
    const longEn = chance(0.02);
    let noteFa: string | undefined;
    return [
      `syn-obs-${i}`,
      ind.id,
      place,
      value,
      unit,
      scale,
      weighted(QUALIFIERS),
      kind,
      period,
      periodEnd,
      kind === "inferred" ? (chance(0.5) ? "dated by the publication date" : "dated by the event") : undefined,
      `syn-src-${sourceAfter(year)}`,
      chance(0.05) ? [1, 2].slice(0, 1 + Math.floor(rand() * 2)).map(() => `syn-src-${Math.floor(rand() * nSources)}`).join(" ") : undefined,
      chance(0.1) ? `syn-person-${Math.floor(rand() * nPeople)}` : undefined,
      event,
      coop === undefined ? undefined : `syn-coop-${coop}`,
      unit === "toman" || unit === "rial" ? (chance(0.05) ? `syn-org-${Math.floor(rand() * nOrgs)}` : undefined) : undefined,
      coop === undefined && chance(0.1) ? `syn-sector-${Math.floor(rand() * SECTORS.length)}` : undefined,
      peopleLike && coop === undefined && chance(0.05) ? (chance(0.5) ? "female" : "male") : undefined,
      group,
      doubt,
      doubt ? "رقم با رقم‌های دیگر همین منبع نمی‌خواند (ساختگی)" : undefined,
      doubt ? "The figure does not fit the source's other figures (synthetic)" : undefined,
      chance(0.8) ? `seed-${pad(i % 1000, 3)}` : undefined,
      (noteFa = longFa ? LONG_FA : chance(0.1) ? "یادداشت کوتاه ساختگی دربارهٔ این رقم" : undefined),
      // The English note is required wherever the Persian one is filled (the random draws stay as they were).
      longEn ? LONG_EN : chance(0.6) || noteFa ? "Synthetic note on this figure" : undefined,
    ];
  };
  append("observations", nObs, observation);

  return { dir, rows, bytes, counties: C, years, countyYears: Math.min(coverage, nObs), base: base.from };
}
