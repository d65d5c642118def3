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
import { codesOf, column, rowCount } from "./store.ts";

type Tables = Partial<Record<DatasetName, TableResult>>;
type Row = Record<string, unknown>;

/** Today's Jalali date, YYYY-MM-DD. */
export function jalaliToday(now = new Date()): string {
  const j = jalaali.toJalaali(now);
  return `${j.jy}-${String(j.jm).padStart(2, "0")}-${String(j.jd).padStart(2, "0")}`;
}

/** The first day of a Jalali period: 1404 -> 1404-01-01, 1404-06 -> 1404-06-01. */
const startOf = (p: string) => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p);

/** The year of a Jalali date string (its first four digits), as a number. */
const yearOf = (p: string) =>
  (p.charCodeAt(0) - 48) * 1000 + (p.charCodeAt(1) - 48) * 100 + (p.charCodeAt(2) - 48) * 10 + (p.charCodeAt(3) - 48);

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
    const values = fields.map((f) => column(t, f) as (string | undefined)[]);
    const n = rowCount(t);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < fields.length; k++) {
        const v = values[k][i];
        if (v !== undefined && after(v)) {
          sink.add({
            severity: "error",
            type: "date-in-future",
            file,
            line: t.lines[i],
            column: cols[k],
            field: fields[k],
            value: v,
            message: `the date is after today (${today}): a typo in the year or month?`,
          });
        }
      }
    }
  }
  // An observation's period cannot start after its article was published.
  const obs = tables.observations;
  const sources = tables.sources;
  if (!obs || !sources) return;
  const col = colOf("observations", "period");
  const sourceIds = column(obs, "source_id");
  const periods = column(obs, "period") as (string | undefined)[];
  const nObs = rowCount(obs);
  const report = (i: number, p: string, pub: { date: string; line: number }) => {
    if (startOf(p) > pub.date && !after(p)) {
      sink.add({
        severity: "error",
        type: "date-after-publication",
        file: DATASETS.observations.file,
        line: obs.lines[i],
        column: col,
        field: "period",
        value: p,
        message: `the period starts after its article was published (${pub.date}, ${sourceIds[i]} on line ${pub.line} of sources.csv): a typo in the year, or the wrong source_id?`,
      });
    }
  };
  // The source each row cites, as the cross-file checks found it (one lookup per row, not two).
  // With duplicate source ids those name the first row, this check the last: then look up here.
  const cited = sources.duplicateIds ? undefined : obs.refRows?.source_id;
  const pubDates = column(sources, "published_jalali") as (string | undefined)[];
  if (cited) {
    for (let i = 0; i < nObs; i++) {
      const p = periods[i];
      const s = cited[i];
      if (p === undefined || s < 0) continue;
      const date = pubDates[s];
      // A period in a year before the publication's cannot start after it (no strings built).
      if (date && yearOf(p) >= yearOf(date)) report(i, p, { date, line: sources.lines[s] });
    }
    return;
  }
  const published = new Map<string, { date: string; line: number }>();
  const sourceRowIds = column(sources, "id");
  for (let i = 0; i < rowCount(sources); i++) {
    if (pubDates[i]) published.set(sourceRowIds[i] as string, { date: pubDates[i]!, line: sources.lines[i] });
  }
  for (let i = 0; i < nObs; i++) {
    const p = periods[i];
    if (p === undefined) continue;
    const pub = published.get(sourceIds[i] as string);
    if (pub) report(i, p, pub);
  }
}

const SCALE: Record<string, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SPLITS = ["sex", "cooperative_id", "org_id", "sector_id", "event_id"] as const;
/** The fields two rows must share to report the same figure (besides the value). */
const FIGURE_FIELDS = ["indicator_id", "place_id", "period", "period_end", "unit", "scale", "qualifier", ...SPLITS];

export function checkObservationRows(tables: Tables, sink: IssueSink): void {
  const obs = tables.observations;
  if (!obs) return;
  const { file } = DATASETS.observations;
  const n = rowCount(obs);
  const lines = obs.lines;
  const ids = column(obs, "id");
  const indicator = column(obs, "indicator_id");
  const place = column(obs, "place_id");
  const value = column(obs, "value") as number[];
  const figure = FIGURE_FIELDS.map((f) => column(obs, f));
  /** Rows a and b report the same figure: the same thing, period, value, unit, scale and qualifier. */
  const sameFigure = (a: number, b: number): boolean => {
    for (let k = 0; k < figure.length; k++) if (figure[k][a] !== figure[k][b]) return false;
    return true;
  };

  // Likely duplicates: the same figure under two ids. Rows are chained by a hash of their thing
  // (indicator and place, as codes from maps of a few dozen interned strings) and value, in typed
  // arrays (no map or list per value: at a million rows those were a million small objects), and
  // compared field by field only with the rows of their chain that share both. Each chain keeps
  // file order, so a duplicate names the first row it repeats.
  const ind = codesOf(indicator, n);
  const pl = codesOf(place, n);
  const places = pl.values.length;
  const bits = Math.max(10, Math.ceil(Math.log2(n * 2 + 1)));
  const head = new Int32Array(1 << bits).fill(-1);
  const tail = new Int32Array(1 << bits);
  const next = new Int32Array(n).fill(-1);
  const thing = new Int32Array(n);
  const word = new Float64Array(1);
  const halves = new Int32Array(word.buffer);
  for (let i = 0; i < n; i++) {
    const t = ind.codes[i] * places + pl.codes[i];
    thing[i] = t;
    const v = value[i];
    word[0] = v === 0 ? 0 : v; // -0 and 0 are one value (as a map's keys)
    let h = Math.imul(t ^ 0x5bd1e995, 0x9e3779b1) ^ halves[0] ^ Math.imul(halves[1], 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h = (h ^ (h >>> 12)) & ((1 << bits) - 1);
    let first = -1;
    for (let j = head[h]; j !== -1; j = next[j]) {
      if (thing[j] === t && value[j] === v && sameFigure(j, i)) {
        first = j;
        break;
      }
    }
    if (first !== -1) {
      sink.add({
        severity: "warning",
        type: "likely-duplicate",
        file,
        line: lines[i],
        column: 1,
        field: "id",
        value: ids[i] as string,
        message: `the same figure as ${ids[first]} on line ${lines[first]} (indicator, place, period, value and qualifier): if it is the same report, keep one row and put this source in its also_source_ids`,
      });
    } else if (head[h] === -1) head[h] = tail[h] = i;
    else {
      next[tail[h]] = i;
      tail[h] = i;
    }
  }

  checkMisprints(tables, sink);
  checkConflictGroups(tables, sink);
}

/** Row numbers below this fit beside a year in one sort key (exact in a double up to year 2^21). */
const ROW_SPAN = 2 ** 32;

/** Likely misprints: far from the median of the other reports of the same thing within two years. */
export function checkMisprints(tables: Tables, sink: IssueSink): void {
  const obs = tables.observations!;
  const { file } = DATASETS.observations;
  const n = rowCount(obs);
  const lines = obs.lines;
  const valueCol = colOf("observations", "value");
  const [period, periodEnd, doubt, checked, unit, scale, value, indicator, place] = (
    ["period", "period_end", "doubt", "checked", "unit", "scale", "value", "indicator_id", "place_id"] as const
  ).map((f) => column(obs, f));
  const splits = SPLITS.map((f) => column(obs, f));
  // Flows are compared only over periods of the same kind (a month with a month, a range with a range).
  const measure = new Map((tables.indicators?.rows ?? []).map((r) => [r.id as string, r.measure as string]));
  // Rows grouped by thing without an array per group (a cooperative's figures make tens of
  // thousands of groups): a group number per row, then the rows ordered by group (counting sort).
  // Groups are numbered in order of first appearance. A row's group is found by one number made
  // of the codes of its indicator, place, splits, unit class and span (digits of a mixed radix),
  // or, should those not fit in a double's 53 bits, by their codes joined in a string.
  const parts: { codes: Int32Array; size: number }[] = [indicator, place, ...splits].map((c) => {
    const { codes, values } = codesOf(c, n);
    return { codes, size: values.length };
  });
  // Unit class and span: a code per distinct (unit, indicator, period shape).
  const units = codesOf(unit, n);
  const inds = codesOf(indicator, n);
  const unitClass = units.values.map((u) => (u === "toman" || u === "rial" ? "money" : str(u)));
  const classCode = unitClass.map((u) => unitClass.indexOf(u));
  const stock = inds.values.map((id) => measure.get(id as string) === "stock");
  const kindOf = (i: number) =>
    classCode[units.codes[i]] * 5 +
    (stock[inds.codes[i]] ? 0 : periodEnd[i] !== undefined ? 1 : ((period[i] as string).length - 1) / 3 + 1);
  parts.push({ codes: new Int32Array(0), size: unitClass.length * 5 });
  const fits = parts.reduce((p, x) => p * Math.max(1, x.size), 1) <= Number.MAX_SAFE_INTEGER;
  const byString = new Map<string, number>();
  // Groups by number: chained by a hash of the number in typed arrays (a map of numbers past 2^30
  // boxed each one).
  const bits = Math.max(10, Math.ceil(Math.log2(n * 2 + 1)));
  const head = new Int32Array(1 << bits).fill(-1);
  const chain = new Int32Array(n);
  const groupKey = new Float64Array(n);
  const word = new Float64Array(1);
  const halves = new Int32Array(word.buffer);
  const gid = new Int32Array(n).fill(-1);
  const count: number[] = [];
  const yr = new Int32Array(n);
  const last = parts.length - 1;
  for (let i = 0; i < n; i++) {
    if (period[i] === undefined || doubt[i]) continue;
    yr[i] = yearOf(period[i] as string);
    let g: number | undefined;
    if (fits) {
      let k = 0;
      for (let p = 0; p < last; p++) k = k * parts[p].size + parts[p].codes[i];
      k = k * parts[last].size + kindOf(i);
      word[0] = k;
      let h = halves[0] ^ Math.imul(halves[1], 0x85ebca6b);
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
      h = (h ^ (h >>> 12)) & ((1 << bits) - 1);
      g = head[h];
      while (g !== -1 && groupKey[g] !== k) g = chain[g];
      if (g === -1) {
        g = count.length;
        count.push(0);
        groupKey[g] = k;
        chain[g] = head[h];
        head[h] = g;
      }
    } else {
      const k = `${parts
        .slice(0, last)
        .map((x) => x.codes[i])
        .join(",")},${kindOf(i)}`;
      g = byString.get(k);
      if (g === undefined) {
        byString.set(k, (g = count.length));
        count.push(0);
      }
    }
    gid[i] = g;
    count[g]++;
  }
  const start = new Int32Array(count.length + 1);
  for (let g = 0; g < count.length; g++) start[g + 1] = start[g] + count[g];
  const order = new Int32Array(start[count.length]);
  const fill = start.slice(0, count.length);
  for (let i = 0; i < n; i++) if (gid[i] >= 0) order[fill[gid[i]]++] = i;
  const groups: Int32Array[] = [];
  for (let g = 0; g < count.length; g++) if (count[g] >= 3) groups.push(order.subarray(start[g], start[g + 1]));
  const amount = (i: number) => (value[i] as number) * (SCALE[scale[i] as string] ?? 1) * (unit[i] === "toman" ? 10 : 1);
  for (const unsorted of groups) {
    // By year, then row (native numeric sorts of typed arrays: no comparator called per pair).
    const keys = new Float64Array(unsorted.length);
    for (let m = 0; m < unsorted.length; m++) keys[m] = yr[unsorted[m]] * ROW_SPAN + unsorted[m];
    keys.sort();
    const members = new Int32Array(keys.length);
    const years = new Int32Array(keys.length);
    const amounts = new Float64Array(keys.length);
    for (let m = 0; m < keys.length; m++) {
      const i = keys[m] % ROW_SPAN;
      members[m] = i;
      years[m] = yr[i];
      amounts[m] = amount(i);
    }
    let lo = 0;
    let hi = 0;
    // The sorted amounts of the window around a year, made once per year of the group.
    let sorted: Float64Array = new Float64Array(0);
    let sortedFor = -1;
    for (let m = 0; m < members.length; m++) {
      const i = members[m];
      if (checked[i]) continue;
      while (years[lo] < years[m] - 2) lo++;
      while (hi < members.length && years[hi] <= years[m] + 2) hi++;
      if (hi - lo - 1 < 2) continue;
      if (sortedFor !== years[m]) {
        sorted = amounts.slice(lo, hi).sort();
        sortedFor = years[m];
      }
      const median = medianWithout(sorted, amounts[m]);
      const v = amounts[m];
      if (median > 0 && (v > 5 * median || v < median / 5)) {
        const ratio = v > median ? `${(v / median).toFixed(1)} times` : `1/${(median / v).toFixed(1)} of`;
        sink.add({
          severity: "warning",
          type: "likely-misprint",
          file,
          line: lines[i],
          column: valueCol,
          field: "value",
          value: String(value[i]),
          message: `${ratio} the median of ${hi - lo - 1} other reports of ${indicator[i]} in ${place[i]} within two years: check the article; if it is a misprint set doubt=true with doubt_reason, if it is right set checked=true`,
        });
      }
    }
  }
}

/** Conflict groups: at least two members, all about the same indicator and place. */
export function checkConflictGroups(tables: Tables, sink: IssueSink): void {
  const obs = tables.observations!;
  const { file } = DATASETS.observations;
  const n = rowCount(obs);
  const lines = obs.lines;
  const conflictCol = colOf("observations", "conflict_group");
  const conflict = column(obs, "conflict_group") as (string | undefined)[];
  const indicator = column(obs, "indicator_id");
  const place = column(obs, "place_id");
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const g = conflict[i];
    if (g === undefined) continue;
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push(i);
  }
  for (const [g, members] of byGroup) {
    if (members.length === 1) {
      const i = members[0];
      const guess = closest(
        g,
        [...byGroup.keys()].filter((x) => x !== g && byGroup.get(x)!.length > 0),
      );
      sink.add({
        severity: "error",
        type: "conflict-group",
        file,
        line: lines[i],
        column: conflictCol,
        field: "conflict_group",
        value: g,
        message: guess
          ? `no other row has this conflict group; did you mean ${guess}?`
          : "no other row has this conflict group: give the other report(s) the same group, or leave it empty",
      });
      continue;
    }
    const first = members[0];
    for (const i of members.slice(1)) {
      const what =
        indicator[i] !== indicator[first]
          ? `indicator ${indicator[i]}, line ${lines[first]} ${indicator[first]}`
          : place[i] !== place[first]
            ? `place ${place[i]}, line ${lines[first]} ${place[first]}`
            : undefined;
      if (what)
        sink.add({
          severity: "error",
          type: "conflict-group",
          file,
          line: lines[i],
          column: conflictCol,
          field: "conflict_group",
          value: g,
          message: `members of a conflict group report one thing: this row has ${what}`,
        });
    }
  }
}

/** The median of a sorted array with one occurrence of `v` left out. */
export function medianWithout(sorted: ArrayLike<number>, v: number): number {
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

/** What nameKey drops, and what it maps to another character. */
const DROPPED = /[\u200c\u200d\u0640 \t\u00a0]/g;
const MAPPED = /[\u06f0-\u06f9\u0660-\u0669\u064a\u0649\u0643\u0623\u0625\u0622\u0629]/;

/**
 * A name with ZWNJ, spaces, Arabic letters, kashida and digit scripts taken out of the picture:
 * what is dropped goes in one native replace; the rare name with a character to map is then
 * mapped character by character.
 */
export function nameKey(s: string): string {
  const t = s.replace(DROPPED, "");
  if (!MAPPED.test(t)) return t;
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x30);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
    else if (c === 0x064a || c === 0x0649) out += "\u06CC";
    else if (c === 0x0643) out += "\u06A9";
    else if (c === 0x0623 || c === 0x0625 || c === 0x0622) out += "\u0627";
    else if (c === 0x0629) out += "\u0647";
    else out += t[i];
  }
  return out;
}

/**
 * A 30-bit hash of nameKey(s) without making the key: the same characters dropped and mapped, so
 * equal keys hash alike (tests/validate/store.test.ts checks it). Small integers make cheap map
 * keys; equal hashes are then confirmed with nameKey.
 */
export function nameHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x200c || c === 0x200d || c === 0x0640 || c === 0x20 || c === 0x09 || c === 0xa0) continue;
    if (c >= 0x0622) {
      if (c >= 0x06f0 && c <= 0x06f9) c = c - 0x06f0 + 0x30;
      else if (c >= 0x0660 && c <= 0x0669) c = c - 0x0660 + 0x30;
      else if (c === 0x064a || c === 0x0649) c = 0x06cc;
      else if (c === 0x0643) c = 0x06a9;
      else if (c === 0x0623 || c === 0x0625 || c === 0x0622) c = 0x0627;
      else if (c === 0x0629) c = 0x0647;
    }
    h = Math.imul(h ^ c, 16777619);
  }
  return h & 0x3fffffff;
}

/**
 * Visits the names of one column in file order and calls `report` for each spelling whose key
 * (nameKey) an earlier, different spelling has, once per spelling, naming the earliest. Names are
 * grouped by a hash of their key (no key string per name, which at a hundred thousand names kept
 * the garbage collector busy), and an equal hash is confirmed with nameKey; where a spelling was
 * first seen is kept in two arrays (no object per name). `hash` is replaceable in tests.
 */
export function nameVisitor(
  report: (raw: string, line: number, firstRaw: string, firstLine: number) => void,
  hash: (s: string) => number = nameHash,
): (raw: unknown, line: number) => void {
  const byHash = new Map<number, number>();
  const byKey = new Map<string, number>(); // keys whose hash an earlier, different key has
  const firstRaw: string[] = [];
  const firstLine: number[] = [];
  const reported = new Set<string>();
  const add = (raw: string, line: number) => {
    firstRaw.push(raw);
    firstLine.push(line);
    return firstRaw.length - 1;
  };
  const once = (raw: string, line: number, f: number) => {
    if (reported.has(raw)) return;
    reported.add(raw);
    report(raw, line, firstRaw[f], firstLine[f]);
  };
  let previous: unknown;
  return (raw, line) => {
    if (typeof raw !== "string" || raw === "" || raw === previous) return;
    previous = raw;
    const h = hash(raw);
    const f = byHash.get(h);
    if (f === undefined) byHash.set(h, add(raw, line));
    else if (firstRaw[f] !== raw) {
      const key = nameKey(raw);
      if (nameKey(firstRaw[f]) === key) once(raw, line, f);
      else {
        const g = byKey.get(key);
        if (g === undefined) byKey.set(key, add(raw, line));
        else if (firstRaw[g] !== raw) once(raw, line, g);
      }
    }
  };
}

export function checkNames(tables: Tables, sink: IssueSink): void {
  for (const name of DATASET_NAMES) {
    const t = tables[name];
    if (!t) continue;
    const { file, format } = DATASETS[name];
    const fields = Object.keys(DATASETS[name].schema.shape).filter((f) => NAME_FIELD.test(f));
    const nested = name === "lists" ? ["items.label_fa"] : [];
    for (const field of [...fields, ...nested]) {
      const col = format === "csv" ? colOf(name, field) : 1;
      const visit = nameVisitor((raw, line, firstRaw, firstLine) =>
        sink.add({
          severity: "warning",
          type: "near-duplicate-name",
          file,
          line,
          column: col,
          field,
          value: raw,
          message: `«${raw}» and «${firstRaw}» on line ${firstLine} differ only by ZWNJ, spaces, letters or digits: they would show as two names; write both the same`,
        }),
      );
      if (field === "items.label_fa") {
        for (let i = 0; i < t.rows.length; i++) for (const it of (t.rows[i].items as Row[]) ?? []) visit(it.label_fa, t.lines[i]);
      } else {
        const values = column(t, field);
        const n = rowCount(t);
        for (let i = 0; i < n; i++) visit(values[i], t.lines[i]);
      }
    }
  }
}
