/**
 * The search page in the browser. Pagefind and the list of compounds load on the first query
 * (or focus), never on other pages. The query goes through the same normal form as the index
 * (src/lib/search-normalize.ts) before it reaches Pagefind. Results render with DOM methods;
 * Pagefind's excerpt is parsed inertly and only its text and <mark>s are kept.
 */
import { normalizeQuery } from "../lib/search-normalize.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const form = document.getElementById("search-form") as HTMLFormElement;
const input = document.getElementById("q") as HTMLInputElement;
const status = document.getElementById("search-status")!;
const list = document.getElementById("search-results")!;
const more = document.getElementById("search-more") as HTMLButtonElement;
const directory = document.getElementById("search-directory")!;
const filters = document.getElementById("search-filters")!;
const selects = [...filters.querySelectorAll("select")];
/** The page's own text (data-* of the status line), with {q} and {n} to fill in. */
const T = status.dataset as Record<"loading" | "failed" | "empty" | "none" | "count" | "countAll", string>;
/** The English search page (Pagefind loads the index of the page's own language) keeps Latin digits and the query as typed. */
const english = form.dataset.lang === "en";
const faDigits = (n: number) => (english ? String(n) : String(n).replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]));

let loaded: Promise<{ pf: Pagefind; compounds: Set<string> }> | undefined;
function load() {
  loaded ??= (async () => {
    const dir = form.dataset.index!;
    const [pf, words] = await Promise.all([
      import(/* @vite-ignore */ `${dir}pagefind.js`) as Promise<Pagefind>,
      fetch(`${dir}fa-compounds.json`).then((r) => {
        if (!r.ok) throw new Error(`compounds: ${r.status}`);
        return r.json() as Promise<string[]>;
      }),
    ]);
    await pf.options({ baseUrl: form.dataset.base, excerptLength: 24 });
    await pf.init?.();
    return { pf, compounds: new Set(words) };
  })();
  return loaded;
}

/** Pagefind's excerpt as text and <mark> elements only, whatever it contains. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  return [...doc.body.firstChild!.childNodes].map((n) => {
    if (n.nodeName === "MARK") {
      const m = document.createElement("mark");
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? "");
  });
}

function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "search-result";
  const a = document.createElement("a");
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  // An English result for a Persian article: its headline as published, isolated (as pages show it).
  if (d.meta.headline) {
    const bdi = document.createElement("bdi");
    bdi.lang = "fa";
    bdi.dir = "rtl";
    bdi.textContent = d.meta.headline;
    a.append(": ", bdi);
  }
  const h = document.createElement("h2");
  h.append(a);
  const meta = document.createElement("p");
  meta.className = "search-meta";
  const kind = document.createElement("span");
  kind.className = "tag";
  kind.textContent = d.meta.kind ?? "";
  meta.append(kind, ...[d.meta.county, d.meta.date].filter(Boolean).map((t) => ` · ${t}`));
  const ex = document.createElement("p");
  ex.className = "search-excerpt";
  ex.append(...excerptNodes(d.excerpt));
  li.append(h, meta, ex);
  return li;
}

let run = 0;
let pending: PagefindResult[] = [];

async function showMore(token: number, replace = false) {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (token !== run) return;
  // One synchronous change (results in, page list out) so nothing on screen jumps.
  if (replace) list.replaceChildren();
  list.append(...data.map(resultItem));
  directory.hidden = list.children.length > 0;
  more.hidden = pending.length === 0;
  // For tests and assistive tools alike: what the list now shows.
  list.dataset.shown = String(list.children.length);
  list.dataset.state = "done";
}

async function search(push: boolean) {
  const token = ++run;
  const q = input.value.trim();
  list.dataset.state = "busy";
  list.dataset.query = q;
  const chosen = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  if (push) {
    const params = new URLSearchParams({ ...(q ? { q } : {}), ...chosen });
    history.replaceState(null, "", `${location.pathname}${params.size ? `?${params}` : ""}`);
  }
  if (!q && !Object.keys(chosen).length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = T.empty;
    directory.hidden = false;
    list.dataset.state = "done";
    list.dataset.count = "0";
    return;
  }
  status.textContent = T.loading;
  let found: PagefindResult[];
  try {
    const { pf, compounds } = await load();
    const normal = english ? q.trim() : normalizeQuery(q, compounds);
    const res = await pf.search(normal || null, { filters: chosen });
    found = res?.results ?? [];
  } catch (e) {
    loaded = undefined; // try again on the next query
    if (token === run) {
      status.textContent = T.failed;
      list.dataset.state = "failed";
    }
    console.warn("search:", e);
    return;
  }
  if (token !== run) return;
  pending = [...found];
  list.dataset.count = String(found.length);
  const n = faDigits(found.length);
  status.textContent = !q
    ? T.countAll.replace("{n}", n)
    : found.length
      ? T.count.replace("{n}", n).replace("{q}", q)
      : T.none.replace("{q}", q);
  await showMore(token, true);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(timer);
  list.dataset.state = "typing";
  timer = setTimeout(() => search(true), 250);
});
input.addEventListener("focus", () => void load().catch(() => {}), { once: true });
for (const s of selects) s.addEventListener("change", () => search(true));
form.addEventListener("submit", (e) => {
  e.preventDefault();
  clearTimeout(timer);
  search(true);
});
more.addEventListener("click", () => {
  list.dataset.state = "busy";
  void showMore(run);
});

const params = new URLSearchParams(location.search);
input.value = params.get("q") ?? "";
for (const s of selects) s.value = params.get(s.name) ?? "";
if (input.value || selects.some((s) => s.value)) search(false);
