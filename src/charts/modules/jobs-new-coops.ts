import { periodBars } from "../kinds/period-bars.ts";

/** Jobs in the cooperatives formed in each published period. */
export default periodBars({
  id: "jobs-new-coops",
  theme: "jobs",
  indicator: "jobs-new-coops",
  place: "lorestan",
});
