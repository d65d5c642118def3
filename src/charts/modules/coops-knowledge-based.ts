import { timeDots } from "../kinds/time-dots.ts";

/** Knowledge-based cooperatives in Lorestan: few figures, but they show the direction. */
export default timeDots({
  id: "coops-knowledge-based",
  theme: "cooperatives",
  title: "تعاونی‌های دانش‌بنیان لرستان",
  subtitle: "تعداد تعاونی‌های دانش‌بنیان استان در ارقام منتشرشده؛ هر نقطه یک رقم",
  indicator: "coops-knowledge-based",
  place: "lorestan",
  noun: "تعاونی‌های دانش‌بنیان لرستان",
  unitLabel: "تعداد تعاونی",
  zero: true,
});
