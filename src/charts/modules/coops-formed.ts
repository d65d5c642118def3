import { periodBars } from "../kinds/period-bars.ts";

/** Cooperatives formed in Lorestan, per period as published (periods of different lengths). */
export default periodBars({
  id: "coops-formed",
  theme: "cooperatives",
  indicator: "coops-formed",
  place: "lorestan",
});
