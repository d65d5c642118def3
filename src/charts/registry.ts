/**
 * Every chart, listed once. Pages, chart pages, embeds, downloads and tests iterate over this
 * list: a new chart is one module in `modules/` plus one line here. Within a theme, the order
 * here is the order on the dashboard page.
 */
import type { ChartModule } from "./types.ts";
import activeCoops from "./modules/active-coops.ts";
import coopsFormed from "./modules/coops-formed.ts";
import coopsRegisteredActive from "./modules/coops-registered-active.ts";
import coopsKnowledgeBased from "./modules/coops-knowledge-based.ts";
import packageInvestment from "./modules/package-investment.ts";
import packageProjects from "./modules/package-projects.ts";
import investmentVsFacilities from "./modules/investment-vs-facilities.ts";
import facilitiesBanks from "./modules/facilities-banks.ts";
import coopInvestment from "./modules/coop-investment.ts";
import packageJobs from "./modules/package-jobs.ts";
import jobsNewCoops from "./modules/jobs-new-coops.ts";
import employment from "./modules/employment.ts";
import membersNewCoops from "./modules/members-new-coops.ts";
import packageMembers from "./modules/package-members.ts";
import membersBySex from "./modules/members-by-sex.ts";
import lorestanShare from "./modules/lorestan-share.ts";
import iranActiveCoops from "./modules/iran-active-coops.ts";
import iranEmployment from "./modules/iran-employment.ts";
import provincesActiveCoops from "./modules/provinces-active-coops.ts";
import provincesRegisteredCoops from "./modules/provinces-registered-coops.ts";
import provincesNationalTables from "./modules/provinces-national-tables.ts";
import iranCoopsFormed from "./modules/iran-coops-formed.ts";
import iranCoopsDefinitions from "./modules/iran-coops-definitions.ts";
import countyMap from "./modules/county-map.ts";

export const CHARTS: ChartModule[] = [
  // cooperatives
  activeCoops,
  coopsFormed,
  coopsRegisteredActive,
  coopsKnowledgeBased,
  // investment
  packageInvestment,
  packageProjects,
  investmentVsFacilities,
  facilitiesBanks,
  coopInvestment,
  // jobs and members
  packageJobs,
  jobsNewCoops,
  employment,
  membersNewCoops,
  packageMembers,
  membersBySex,
  // Lorestan in Iran
  provincesActiveCoops,
  provincesRegisteredCoops,
  provincesNationalTables,
  lorestanShare,
  iranActiveCoops,
  iranCoopsDefinitions,
  iranCoopsFormed,
  iranEmployment,
  // counties
  countyMap,
] as ChartModule[];

export function chartById(id: string): ChartModule {
  const c = CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart ${id}`);
  return c;
}

/** The charts of one dashboard, in page order. */
export const chartsOf = (theme: ChartModule["theme"]): ChartModule[] => CHARTS.filter((c) => c.theme === theme);
