import { timeDots } from "../kinds/time-dots.ts";

/** People employed in Lorestan's cooperative sector, as stated over the years. */
export default timeDots({
  id: "employment",
  theme: "jobs",
  title: "شاغلان بخش تعاون لرستان در گذر زمان",
  subtitle: "تعداد شاغلان تعاونی‌های استان در ارقام منتشرشده؛ هر نقطه یک رقم",
  indicator: "employment",
  place: "lorestan",
  noun: "شاغلان بخش تعاون لرستان",
  unitLabel: "نفر",
});
