/**
 * A chart-table cell as readers see it. Chart rows hold plain values for the CSV download (ids,
 * Latin digits, English codes); this turns each into the edition's words by its column key: ids
 * into names, periods into words, codes into labels, numbers into the edition's digits.
 */
import type { Model } from "../data/model.ts";
import type { Lang } from "../i18n/lang.ts";
import { UNIT_WORDS } from "../i18n/units.ts";
import { kitFor } from "./kit/lang.ts";

/** Column keys are matched by name or by suffix (`lorestan_source`, `iran_period`). */
export function cellText(key: string, v: string | number | null | undefined, model: Model, lang: Lang = "fa"): string {
  if (v === null || v === undefined || v === "") return "—";
  const k = kitFor(lang);
  const C = k.s.cell;
  if (typeof v === "number") return k.num(v);
  const is = (name: string) => key === name || key.endsWith(`_${name}`);
  const named = (x: { name_fa: string; name_en: string } | undefined) => (x ? k.name(x) : k.digits(v));
  if (is("source")) {
    const s = model.sources.get(v);
    return s ? (lang === "fa" ? s.outlet_fa : s.outlet_en) : k.digits(v);
  }
  if (is("qualifier")) {
    const q = (UNIT_WORDS[lang].qualifier as Record<string, string>)[v];
    return q === undefined ? k.digits(v) : q || C.exact;
  }
  if (key === "period_kind") return C.periodKind[v] ?? v;
  if (is("period")) {
    const [a, b] = v.split("/");
    return k.periodLabel(a, b);
  }
  if (key === "event") return named(model.events.get(v));
  if (key === "place" || key === "county") return named(model.places.get(v));
  if (key === "indicator") return named(model.indicators.get(v));
  if (key === "cooperative") return named(model.cooperatives.get(v));
  if (key === "org") return named(model.organisations.get(v));
  if (key === "sex") return C.sex[v] ?? v;
  if (key === "basis") return C.basis[v] ?? v;
  return k.digits(v);
}
