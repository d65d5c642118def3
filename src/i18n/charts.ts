/**
 * Persian text the chart kit adds around every chart (module-specific titles and notes live with
 * their chart until they move here; see the issue on string tables).
 */
import { faDigits } from "../lib/format.ts";

export const CHART_TEXT = {
  capped: {
    newest: (shown: number, total: number) =>
      `از ${faDigits(total)} گروه رقم، ${faDigits(shown)} گروه تازه‌تر رسم شده‌اند؛ همهٔ ارقام در جدول‌های همهٔ ارقام هستند.`,
    perYear: (shown: number, total: number) =>
      `${faDigits(total)} رقم منتشر شده است؛ برای خوانا ماندن، از هر سال فقط تازه‌ترین رقم رسم شده (${faDigits(shown)} نقطه). همهٔ ارقام در جدول‌های همهٔ ارقام هستند.`,
  },
  tableCapped: (shown: number, total: number) => `${faDigits(shown)} ردیف نخست از ${faDigits(total)} ردیف؛ همهٔ ردیف‌ها در`,
  tableCsv: "فایل CSV این نمودار",
} as const;
