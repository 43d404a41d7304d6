/**
 * Reads the properties of an iCalendar text back (unfolding lines), enough for
 * assertions: the event's, not its VTIMEZONE's (whose DTSTART is the rule's).
 */
export function icsProperties(ics: string): Map<string, string> {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const props = new Map<string, string>();
  let inTimezone = false;
  for (const line of unfolded.split(/\r?\n/)) {
    if (line === 'BEGIN:VTIMEZONE') inTimezone = true;
    if (line === 'END:VTIMEZONE') inTimezone = false;
    const colon = line.indexOf(':');
    if (inTimezone || colon <= 0) continue;
    const name = line.slice(0, colon).split(';')[0] ?? '';
    if (!props.has(name)) props.set(name, line.slice(colon + 1));
  }
  return props;
}

/** How an instant is written in the .ics: wall-clock time in the municipality's zone (DTSTART;TZID=…), e.g. 20261124T103000. */
export function icsLocalTime(at: Date, timeZone = 'Europe/Athens'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}
