import { eventBars } from "../kinds/event-bars.ts";

/** Members of the cooperatives whose projects were opened at each event. */
export default eventBars({
  id: "package-members",
  theme: "jobs",
  indicator: "package-members",
  place: "lorestan",
});
