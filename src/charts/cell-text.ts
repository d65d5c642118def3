/**
 * A chart-table cell as readers see it. Chart rows hold plain values for the CSV download (ids,
 * Latin digits, English codes); this turns each into Persian by its column key: ids into names,
 * periods into words, codes into labels, numbers into Persian digits.
 */
import type { Model } from "../data/model.ts";
import { QUALIFIER_FA, faDigits, faNumber } from "../lib/format.ts";
import { LABELS } from "../i18n/fa.ts";
import { CELL_TEXT } from "../i18n/charts.ts";
import { periodLabel } from "./period-label.ts";

const { extraQualifiers: EXTRA_QUALIFIERS, sex: SEX, basis: BASIS } = CELL_TEXT;

/** Column keys are matched by name or by suffix (`lorestan_source`, `iran_period`). */
export function cellText(key: string, v: string | number | null | undefined, model: Model): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "number") return faNumber(v);
  const is = (name: string) => key === name || key.endsWith(`_${name}`);
  if (is("source")) return model.sources.get(v)?.outlet_fa ?? faDigits(v);
  if (is("qualifier")) {
    const q = QUALIFIER_FA[v as keyof typeof QUALIFIER_FA] ?? EXTRA_QUALIFIERS[v];
    return q === undefined ? faDigits(v) : q || CELL_TEXT.exact;
  }
  if (key === "period_kind") return LABELS.periodKind[v as keyof typeof LABELS.periodKind] ?? v;
  if (is("period")) {
    const [a, b] = v.split("/");
    return periodLabel(a, b);
  }
  if (key === "event") return model.events.get(v)?.name_fa ?? faDigits(v);
  if (key === "place") return model.places.get(v)?.name_fa ?? faDigits(v);
  if (key === "indicator") return model.indicators.get(v)?.name_fa ?? faDigits(v);
  if (key === "cooperative") return model.cooperatives.get(v)?.name_fa ?? faDigits(v);
  if (key === "org") return model.organisations.get(v)?.name_fa ?? faDigits(v);
  if (key === "sex") return SEX[v] ?? v;
  if (key === "basis") return BASIS[v] ?? v;
  return faDigits(v);
}
