/**
 * One call gives a page or component everything it needs to speak its edition's language:
 * `const { lang, t, d, h } = ui(Astro.url)`. The edition is read from the address (`/en/...` is
 * English), so a component needs no `lang` prop and the same component renders both twins.
 *   t: the string table of that language (every table has the same keys in both languages);
 *   d: numbers, figures, periods and dates in that language (display.ts);
 *   h: a link to a page of the same edition (assets use lib/paths.ts's href without a language).
 */
import { DIR, type Lang } from "./lang.ts";
import * as fa from "./fa.ts";
import * as faPress from "./press.ts";
import * as faDash from "./dashboards.ts";
import * as faSearch from "./search.ts";
import * as faReleases from "./releases.ts";
import * as faDev from "./dev.ts";
import * as faPages from "./pages.ts";
import * as en from "./en/site.ts";
import * as enPress from "./en/press.ts";
import * as enDash from "./en/dashboards.ts";
import * as enSearch from "./en/search.ts";
import * as enReleases from "./en/releases.ts";
import * as enDev from "./en/dev.ts";
import * as enPages from "./en/pages.ts";
import { display } from "./display.ts";
import { href, langOfPath } from "../lib/paths.ts";

/** Every interface string, by language. tests/i18n/tables.test.ts checks both have the same keys. */
export const TABLES = {
  fa: { ...fa, ...faPress, ...faDash, ...faSearch, ...faReleases, ...faDev, ...faPages },
  en: { ...en, ...enPress, ...enDash, ...enSearch, ...enReleases, ...enDev, ...enPages },
} as const;

export function ui(url: URL | string) {
  const lang: Lang = langOfPath(typeof url === "string" ? url : url.pathname);
  return {
    lang,
    dir: DIR[lang],
    t: TABLES[lang],
    d: display(lang),
    h: (path: string) => href(path, lang),
  };
}
export type UI = ReturnType<typeof ui>;
