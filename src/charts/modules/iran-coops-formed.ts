import { periodBars } from "../kinds/period-bars.ts";

/**
 * Cooperatives registered in Iran, per period as published (a month, a quarter, half a year, a
 * year): national context for Lorestan's registrations.
 */
export default periodBars({
  id: "iran-coops-formed",
  theme: "context",
  indicator: "coops-formed",
  place: "iran",
});
