/**
 * What a careful editor would catch, across rows and files, once every file is read: dates in the
 * future or after the article's publication, likely duplicates, likely misprints, conflict groups
 * of one or of mixed things, and names spelled two ways that differ only by ZWNJ, spaces, letters
 * or digits. Each issue names the file, line, column and value, and says what to do.
 */
import jalaali from "jalaali-js";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index.ts";
import { toLatinDigits } from "../lib/normalize.ts";
import type { IssueSink } from "./issues.ts";
import type { TableResult } from "./table.ts";
import { closest } from "./suggest.ts";

type Tables = Partial<Record<DatasetName, TableResult>>;
type Row = Record<string, unknown>;

/** Today's Jalali date, YYYY-MM-DD. */
export function jalaliToday(now = new Date()): string {
  const j = jalaali.toJalaali(now);
  return `${j.jy}-${String(j.jm).padStart(2, "0")}-${String(j.jd).padStart(2, "0")}`;
}

/** The first day of a Jalali period: 1404 -> 1404-01-01, 1404-06 -> 1404-06-01. */
const startOf = (p: string) => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p);

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const colOf = (name: DatasetName, field: string) => Object.keys(DATASETS[name].schema.shape).indexOf(field) + 1;

export interface EditorOptions {
  /** Today, Jalali YYYY-MM-DD (tests fix it). */
  today?: string;
}

export function editorChecks(tables: Tables, sink: IssueSink, options: EditorOptions = {}): void {
  const today = options.today ?? jalaliToday();
  checkDates(tables, sink, today);
  checkObservationRows(tables, sink);
  checkNames(tables, sink);
}

const DATE_FIELDS: Partial<Record<DatasetName, string[]>> = {
  sources: ["published_jalali"],
  events: ["start_jalali", "end_jalali"],
  observations: ["period", "period_end"],
};

function checkDates(tables: Tables, sink: IssueSink, today: string): void {
  for (const [name, fields] of Object.entries(DATE_FIELDS) as [DatasetName, string[]][]) {
    const t = tables[name];
    if (!t) continue;
    const { file } = DATASETS[name];
    const cols = fields.map((f) => colOf(name, f));
    for (let i = 0; i < t.rows.length; i++) {
      for (let k = 0; k < fields.length; k++) {
        const v = t.rows[i][fields[k]] as string | undefined;
        if (v !== undefined && startOf(v) > today) {
          sink.add({ severity: "error", type: "date-in-future", file, line: t.lines[i], column: cols[k], field: fields[k], value: v, message: `the date is after today (${today}): a typo in the year or month?` });
        }
      }
    }
  }
  // An observation's period cannot start after its article was published.
  const obs = tables.observations;
  const sources = tables.sources;
  if (!obs || !sources) return;
  const published = new Map<string, { date: string; line: number }>();
  sources.rows.forEach((s, i) => {
    if (s.published_jalali) published.set(s.id as string, { date: s.published_jalali as string, line: sources.lines[i] });
  });
  const col = colOf("observations", "period");
  for (let i = 0; i < obs.rows.length; i++) {
    const o = obs.rows[i];
    const p = o.period as string | undefined;
    if (p === undefined) continue;
    const pub = published.get(o.source_id as string);
    if (pub && startOf(p) > pub.date && startOf(p) <= today) {
      sink.add({ severity: "error", type: "date-after-publication", file: DATASETS.observations.file, line: obs.lines[i], column: col, field: "period", value: p, message: `the period starts after its article was published (${pub.date}, ${o.source_id} on line ${pub.line} of sources.csv): a typo in the year, or the wrong source_id?` });
    }
  }
}

const SCALE: Record<string, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** The same thing measured: indicator, place and every split. */
const thingKey = (o: Row) => `${str(o.indicator_id)}|${str(o.place_id)}|${str(o.sex)}|${str(o.cooperative_id)}|${str(o.org_id)}|${str(o.sector_id)}|${str(o.event_id)}`;

function checkObservationRows(tables: Tables, sink: IssueSink): void {
  const obs = tables.observations;
  if (!obs) return;
  const { file } = DATASETS.observations;
  const rows = obs.rows;
  const lines = obs.lines;

  // Likely duplicates: the same figure under two ids.
  const seen = new Map<string, number>();
  const valueCol = colOf("observations", "value");
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i];
    const key = `${thingKey(o)}|${str(o.period)}|${str(o.period_end)}|${str(o.value)}|${str(o.unit)}|${str(o.scale)}|${str(o.qualifier)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      sink.add({ severity: "warning", type: "likely-duplicate", file, line: lines[i], column: 1, field: "id", value: o.id as string, message: `the same figure as ${rows[first].id} on line ${lines[first]} (indicator, place, period, value and qualifier): if it is the same report, keep one row and put this source in its also_source_ids` });
    }
  }

  // Likely misprints: far from the median of the other reports of the same thing within two years.
  // Flows are compared only over periods of the same kind (a month with a month, a range with a range).
  const measure = new Map((tables.indicators?.rows ?? []).map((r) => [r.id as string, r.measure as string]));
  const span = (o: Row) => (measure.get(o.indicator_id as string) === "stock" ? "" : o.period_end !== undefined ? "range" : String((o.period as string).length));
  const groups = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i];
    if (o.period === undefined || o.doubt) continue;
    const k = `${thingKey(o)}|${o.unit === "toman" || o.unit === "rial" ? "money" : str(o.unit)}|${span(o)}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(i);
  }
  const amount = (o: Row) => (o.value as number) * (SCALE[o.scale as string] ?? 1) * (o.unit === "toman" ? 10 : 1);
  const year = (o: Row) => Number((o.period as string).slice(0, 4));
  for (const members of groups.values()) {
    if (members.length < 3) continue;
    members.sort((a, b) => year(rows[a]) - year(rows[b]));
    const years = members.map((i) => year(rows[i]));
    const amounts = members.map((i) => amount(rows[i]));
    let lo = 0;
    let hi = 0;
    let window: number[] = [];
    let windowFor = -1;
    for (let m = 0; m < members.length; m++) {
      const o = rows[members[m]];
      if (o.checked) continue;
      while (years[lo] < years[m] - 2) lo++;
      while (hi < members.length && years[hi] <= years[m] + 2) hi++;
      if (hi - lo - 1 < 2) continue;
      let median: number;
      if (hi - lo <= 64) {
        const others = amounts.slice(lo, hi);
        others.splice(m - lo, 1);
        median = medianOf(others);
      } else {
        // A large window: its median (with this row) once per year; one row hardly moves it.
        if (windowFor !== years[m]) {
          window = amounts.slice(lo, hi);
          windowFor = years[m];
          median = medianOf(window);
        }
        median = medianOf(window);
      }
      const v = amounts[m];
      if (median > 0 && (v > 5 * median || v < median / 5)) {
        const ratio = v > median ? `${(v / median).toFixed(1)} times` : `1/${(median / v).toFixed(1)} of`;
        sink.add({ severity: "warning", type: "likely-misprint", file, line: lines[members[m]], column: valueCol, field: "value", value: String(o.value), message: `${ratio} the median of ${hi - lo - 1} other reports of ${o.indicator_id} in ${o.place_id} within two years: check the article; if it is a misprint set doubt=true with doubt_reason, if it is right set checked=true` });
      }
    }
  }

  // Conflict groups: at least two members, all about the same indicator and place.
  const conflictCol = colOf("observations", "conflict_group");
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const g = rows[i].conflict_group as string | undefined;
    if (g === undefined) continue;
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push(i);
  }
  for (const [g, members] of byGroup) {
    if (members.length === 1) {
      const i = members[0];
      const guess = closest(g, [...byGroup.keys()].filter((x) => x !== g && byGroup.get(x)!.length > 0));
      sink.add({ severity: "error", type: "conflict-group", file, line: lines[i], column: conflictCol, field: "conflict_group", value: g, message: guess ? `no other row has this conflict group; did you mean ${guess}?` : "no other row has this conflict group: give the other report(s) the same group, or leave it empty" });
      continue;
    }
    const first = rows[members[0]];
    for (const i of members.slice(1)) {
      const o = rows[i];
      const what = o.indicator_id !== first.indicator_id ? `indicator ${o.indicator_id}, line ${lines[members[0]]} ${first.indicator_id}` : o.place_id !== first.place_id ? `place ${o.place_id}, line ${lines[members[0]]} ${first.place_id}` : undefined;
      if (what) sink.add({ severity: "error", type: "conflict-group", file, line: lines[i], column: conflictCol, field: "conflict_group", value: g, message: `members of a conflict group report one thing: this row has ${what}` });
    }
  }
}

function medianOf(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Name columns checked for two spellings of one name. */
const NAME_FIELD = /^(name|outlet|title|role|label)_fa$/;

/** A name with ZWNJ, spaces, Arabic letters, kashida and digit scripts taken out of the picture. */
function nameKey(s: string): string {
  const d = toLatinDigits(s);
  return (d.ok ? d.value : s).replace(/[\u200C\u200D\s\u0640]/g, "").replace(/[\u064A\u0649]/g, "\u06CC").replace(/\u0643/g, "\u06A9").replace(/[\u0623\u0625\u0622]/g, "\u0627").replace(/\u0629/g, "\u0647");
}

function checkNames(tables: Tables, sink: IssueSink): void {
  for (const name of DATASET_NAMES) {
    const t = tables[name];
    if (!t) continue;
    const { file, format } = DATASETS[name];
    const fields = Object.keys(DATASETS[name].schema.shape).filter((f) => NAME_FIELD.test(f));
    const nested = name === "lists" ? ["items.label_fa"] : [];
    for (const field of [...fields, ...nested]) {
      const first = new Map<string, { raw: string; line: number }>();
      const reported = new Set<string>();
      const column = format === "csv" ? colOf(name, field) : 1;
      const visit = (raw: unknown, line: number) => {
        if (typeof raw !== "string" || raw === "") return;
        const key = nameKey(raw);
        const f = first.get(key);
        if (!f) first.set(key, { raw, line });
        else if (f.raw !== raw && !reported.has(raw)) {
          reported.add(raw);
          sink.add({ severity: "warning", type: "near-duplicate-name", file, line, column, field, value: raw, message: `«${raw}» and «${f.raw}» on line ${f.line} differ only by ZWNJ, spaces, letters or digits: they would show as two names; write both the same` });
        }
      };
      for (let i = 0; i < t.rows.length; i++) {
        if (field === "items.label_fa") for (const it of (t.rows[i].items as Row[]) ?? []) visit(it.label_fa, t.lines[i]);
        else visit(t.rows[i][field], t.lines[i]);
      }
    }
  }
}
