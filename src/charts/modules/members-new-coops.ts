import { periodBars } from "../kinds/period-bars.ts";

/** Members of the cooperatives formed in each published period. */
export default periodBars({
  id: "members-new-coops",
  theme: "jobs",
  indicator: "members-new-coops",
  place: "lorestan",
});
