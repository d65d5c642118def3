/**
 * What a careful editor would catch, across rows and files, once every file is read: dates in the
 * future or after the article's publication, likely duplicates, likely misprints, conflict groups
 * of one or of mixed things, and names spelled two ways that differ only by ZWNJ, spaces, letters
 * or digits. Each issue names the file, line, column and value, and says what to do.
 */
import jalaali from "jalaali-js";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index.ts";
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

export function checkDates(tables: Tables, sink: IssueSink, today: string): void {
  // startOf(v) > today without building the string: a year or a month is after today when it is
  // after today's year or month (its first day is then after today; an equal one starts on or
  // before it).
  const after = (v: string) => (v.length === 4 || v.length === 7 ? v > today.slice(0, v.length) : v > today);
  for (const [name, fields] of Object.entries(DATE_FIELDS) as [DatasetName, string[]][]) {
    const t = tables[name];
    if (!t) continue;
    const { file } = DATASETS[name];
    const cols = fields.map((f) => colOf(name, f));
    for (let i = 0; i < t.rows.length; i++) {
      for (let k = 0; k < fields.length; k++) {
        const v = t.rows[i][fields[k]] as string | undefined;
        if (v !== undefined && after(v)) {
          sink.add({ severity: "error", type: "date-in-future", file, line: t.lines[i], column: cols[k], field: fields[k], value: v, message: `the date is after today (${today}): a typo in the year or month?` });
        }
      }
    }
  }
  // An observation's period cannot start after its article was published.
  const obs = tables.observations;
  const sources = tables.sources;
  if (!obs || !sources) return;
  const col = colOf("observations", "period");
  const report = (i: number, p: string, pub: { date: string; line: number }, o: Row) => {
    if (startOf(p) > pub.date && !after(p)) {
      sink.add({ severity: "error", type: "date-after-publication", file: DATASETS.observations.file, line: obs.lines[i], column: col, field: "period", value: p, message: `the period starts after its article was published (${pub.date}, ${o.source_id} on line ${pub.line} of sources.csv): a typo in the year, or the wrong source_id?` });
    }
  };
  // The source each row cites, as the cross-file checks found it (one lookup per row, not two).
  // With duplicate source ids those name the first row, this check the last: then look up here.
  const cited = sources.duplicateIds ? undefined : obs.refRows?.source_id;
  if (cited) {
    for (let i = 0; i < obs.rows.length; i++) {
      const o = obs.rows[i];
      const p = o.period as string | undefined;
      const s = cited[i];
      if (p === undefined || s < 0) continue;
      const date = sources.rows[s].published_jalali as string | undefined;
      if (date) report(i, p, { date, line: sources.lines[s] }, o);
    }
    return;
  }
  const published = new Map<string, { date: string; line: number }>();
  sources.rows.forEach((s, i) => {
    if (s.published_jalali) published.set(s.id as string, { date: s.published_jalali as string, line: sources.lines[i] });
  });
  for (let i = 0; i < obs.rows.length; i++) {
    const o = obs.rows[i];
    const p = o.period as string | undefined;
    if (p === undefined) continue;
    const pub = published.get(o.source_id as string);
    if (pub) report(i, p, pub, o);
  }
}

const SCALE: Record<string, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SPLITS = ["sex", "cooperative_id", "org_id", "sector_id", "event_id"] as const;
/** The same thing measured: indicator, place and every split (short for the usual unsplit row). */
const unsplit = (o: Row) => o.sex === undefined && o.cooperative_id === undefined && o.org_id === undefined && o.sector_id === undefined && o.event_id === undefined;
function thingKey(o: Row): string {
  const base = `${o.indicator_id}|${o.place_id}`;
  if (unsplit(o)) return base;
  return `${base}|${str(o.sex)}|${str(o.cooperative_id)}|${str(o.org_id)}|${str(o.sector_id)}|${str(o.event_id)}`;
}

/** Two rows that report the same figure: the same thing, period, value, unit, scale and qualifier. */
function sameFigure(a: Row, b: Row): boolean {
  if (a.indicator_id !== b.indicator_id || a.place_id !== b.place_id || a.period !== b.period || a.period_end !== b.period_end) return false;
  if (a.unit !== b.unit || a.scale !== b.scale || a.qualifier !== b.qualifier) return false;
  for (const f of SPLITS) if (a[f] !== b[f]) return false;
  return true;
}

/**
 * Small integers for the values of a few low-cardinality columns (indicator, place, unit), so a
 * row's group is found with number keys instead of a key string built per row. Values are compared
 * as they are (strings, or undefined), so two rows get the same code exactly when their values are
 * equal.
 */
/**
 * One number for two small non-negative integers, distinct for distinct pairs: a small integer
 * (no boxed number for a map key) while both are small, as they are for indicators, places and
 * units. Exact while b < 2^26 (a file of tens of millions of rows).
 */
const combine = (a: number, b: number): number => (a < 0x400 && b < 0x100000 ? a * 0x100000 + b : 0x40000000 + a * 0x4000000 + b);

class Codes {
  private first = new Map<unknown, number>();
  private second = new Map<unknown, number>();
  private pairs = new Map<number, number>();
  private size = 0;
  private static code(m: Map<unknown, number>, v: unknown): number {
    let c = m.get(v);
    if (c === undefined) m.set(v, (c = m.size));
    return c;
  }
  /** A number per distinct (a, b), counted from 0 in order of first appearance. */
  pair(a: unknown, b: unknown): number {
    const k = combine(Codes.code(this.first, a), Codes.code(this.second, b));
    let c = this.pairs.get(k);
    if (c === undefined) this.pairs.set(k, (c = this.size++));
    return c;
  }
}

export function checkObservationRows(tables: Tables, sink: IssueSink): void {
  const obs = tables.observations;
  if (!obs) return;
  const { file } = DATASETS.observations;
  const rows = obs.rows;
  const lines = obs.lines;

  // Likely duplicates: the same figure under two ids. Rows are bucketed by indicator and place (a
  // small number per pair, from maps of a few dozen interned strings), then by value (a number: no
  // key strings to build for a million rows), and only then compared field by field. A bucket by
  // value alone held every row with a common value (100, 1000) of every indicator, and each row
  // was compared with all of them.
  const things = new Codes();
  const byThing: Map<number, number | number[]>[] = [];
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i];
    const t = things.pair(o.indicator_id, o.place_id);
    const byValue = byThing[t] ?? (byThing[t] = new Map());
    const v = o.value as number;
    const prev = byValue.get(v);
    if (prev === undefined) {
      byValue.set(v, i);
      continue;
    }
    const list = typeof prev === "number" ? [prev] : prev;
    const first = list.find((j) => sameFigure(rows[j], o));
    if (first !== undefined) {
      sink.add({ severity: "warning", type: "likely-duplicate", file, line: lines[i], column: 1, field: "id", value: o.id as string, message: `the same figure as ${rows[first].id} on line ${lines[first]} (indicator, place, period, value and qualifier): if it is the same report, keep one row and put this source in its also_source_ids` });
    } else {
      list.push(i);
      if (typeof prev === "number") byValue.set(v, list);
    }
  }

  checkMisprints(tables, sink);
  checkConflictGroups(tables, sink);
}

/** Likely misprints: far from the median of the other reports of the same thing within two years. */
export function checkMisprints(tables: Tables, sink: IssueSink): void {
  const obs = tables.observations!;
  const { file } = DATASETS.observations;
  const rows = obs.rows;
  const lines = obs.lines;
  const valueCol = colOf("observations", "value");
  // Flows are compared only over periods of the same kind (a month with a month, a range with a range).
  const measure = new Map((tables.indicators?.rows ?? []).map((r) => [r.id as string, r.measure as string]));
  const span = (o: Row) => (measure.get(o.indicator_id as string) === "stock" ? "" : o.period_end !== undefined ? "range" : String((o.period as string).length));
  // Rows grouped by thing without an array per group (a cooperative's figures make tens of
  // thousands of groups): a group number per row, then the rows ordered by group (counting sort).
  // Groups are numbered in order of first appearance. The usual row, without a split, finds its
  // group by numbers (indicator and place, then unit and span); a split row by a key string.
  const things = new Codes();
  const kinds = new Codes();
  const byNumber = new Map<number, number>();
  const ids = new Map<string, number>();
  const gid = new Int32Array(rows.length).fill(-1);
  const count: number[] = [];
  const yr = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i];
    if (o.period === undefined || o.doubt) continue;
    const p = o.period as string;
    yr[i] = (p.charCodeAt(0) - 48) * 1000 + (p.charCodeAt(1) - 48) * 100 + (p.charCodeAt(2) - 48) * 10 + (p.charCodeAt(3) - 48);
    const unitClass = o.unit === "toman" || o.unit === "rial" ? "money" : str(o.unit);
    let g: number | undefined;
    if (unsplit(o)) {
      const k = combine(kinds.pair(unitClass, span(o)), things.pair(o.indicator_id, o.place_id));
      g = byNumber.get(k);
      if (g === undefined) byNumber.set(k, (g = count.length));
    } else {
      const k = `${thingKey(o)}|${unitClass}|${span(o)}`;
      g = ids.get(k);
      if (g === undefined) ids.set(k, (g = count.length));
    }
    if (g === count.length) count.push(0);
    gid[i] = g;
    count[g]++;
  }
  const start = new Int32Array(count.length + 1);
  for (let g = 0; g < count.length; g++) start[g + 1] = start[g] + count[g];
  const order = new Int32Array(start[count.length]);
  const fill = start.slice(0, count.length);
  for (let i = 0; i < rows.length; i++) if (gid[i] >= 0) order[fill[gid[i]]++] = i;
  const groups: number[][] = [];
  for (let g = 0; g < count.length; g++) if (count[g] >= 3) groups.push(Array.from(order.subarray(start[g], start[g + 1])));
  const amount = (o: Row) => (o.value as number) * (SCALE[o.scale as string] ?? 1) * (o.unit === "toman" ? 10 : 1);
  for (const members of groups) {
    members.sort((a, b) => yr[a] - yr[b] || a - b);
    const years = members.map((i) => yr[i]);
    const amounts = members.map((i) => amount(rows[i]));
    let lo = 0;
    let hi = 0;
    // The sorted amounts of the window around a year, made once per year of the group.
    let sorted: number[] = [];
    let sortedFor = -1;
    for (let m = 0; m < members.length; m++) {
      const o = rows[members[m]];
      if (o.checked) continue;
      while (years[lo] < years[m] - 2) lo++;
      while (hi < members.length && years[hi] <= years[m] + 2) hi++;
      if (hi - lo - 1 < 2) continue;
      if (sortedFor !== years[m]) {
        sorted = amounts.slice(lo, hi).sort((x, y) => x - y);
        sortedFor = years[m];
      }
      const median = medianWithout(sorted, amounts[m]);
      const v = amounts[m];
      if (median > 0 && (v > 5 * median || v < median / 5)) {
        const ratio = v > median ? `${(v / median).toFixed(1)} times` : `1/${(median / v).toFixed(1)} of`;
        sink.add({ severity: "warning", type: "likely-misprint", file, line: lines[members[m]], column: valueCol, field: "value", value: String(o.value), message: `${ratio} the median of ${hi - lo - 1} other reports of ${o.indicator_id} in ${o.place_id} within two years: check the article; if it is a misprint set doubt=true with doubt_reason, if it is right set checked=true` });
      }
    }
  }

}

/** Conflict groups: at least two members, all about the same indicator and place. */
export function checkConflictGroups(tables: Tables, sink: IssueSink): void {
  const obs = tables.observations!;
  const { file } = DATASETS.observations;
  const rows = obs.rows;
  const lines = obs.lines;
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

/** The median of a sorted array with one occurrence of `v` left out. */
export function medianWithout(sorted: number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  const k = lo; // the left-out element's index
  const at = (r: number) => (r < k ? sorted[r] : sorted[r + 1]);
  const m = sorted.length - 1;
  return m % 2 ? at((m - 1) >> 1) : (at(m / 2 - 1) + at(m / 2)) / 2;
}

/** Name columns checked for two spellings of one name. */
const NAME_FIELD = /^(name|outlet|title|role|label)_fa$/;

/** A name with ZWNJ, spaces, Arabic letters, kashida and digit scripts taken out of the picture (one pass). */
function nameKey(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x200c || c === 0x200d || c === 0x0640 || c === 0x20 || c === 0x09 || c === 0xa0) continue;
    if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x30);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
    else if (c === 0x064a || c === 0x0649) out += "\u06CC";
    else if (c === 0x0643) out += "\u06A9";
    else if (c === 0x0623 || c === 0x0625 || c === 0x0622) out += "\u0627";
    else if (c === 0x0629) out += "\u0647";
    else out += s[i];
  }
  return out;
}

export function checkNames(tables: Tables, sink: IssueSink): void {
  for (const name of DATASET_NAMES) {
    const t = tables[name];
    if (!t) continue;
    const { file, format } = DATASETS[name];
    const fields = Object.keys(DATASETS[name].schema.shape).filter((f) => NAME_FIELD.test(f));
    const nested = name === "lists" ? ["items.label_fa"] : [];
    for (const field of [...fields, ...nested]) {
      const first = new Map<string, { raw: string; line: number }>();
      const reported = new Set<string>();
      const raws = new Set<string>();
      const column = format === "csv" ? colOf(name, field) : 1;
      const visit = (raw: unknown, line: number) => {
        if (typeof raw !== "string" || raw === "" || raws.has(raw)) return;
        raws.add(raw);
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
