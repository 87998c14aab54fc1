/** Deadlines are instants; people read them in Japan time. */
export function formatJst(date: Date): { ja: string; en: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    ja: `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}（日本時間）`,
    en: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} Japan time`,
  };
}
