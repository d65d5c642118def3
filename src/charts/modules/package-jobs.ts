import { eventBars } from "../kinds/event-bars.ts";

/** Jobs of the projects opened at each event. */
export default eventBars({
  id: "package-jobs",
  theme: "jobs",
  indicator: "package-jobs",
  place: "lorestan",
});
