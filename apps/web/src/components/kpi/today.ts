/** Today's date as the API's calendar sees it (UTC, until organizations carry a time zone). */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
