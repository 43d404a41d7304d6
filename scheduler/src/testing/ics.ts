/** Reads the properties of an iCalendar text back (unfolding lines), enough for assertions. */
export function icsProperties(ics: string): Map<string, string> {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const props = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).split(';')[0] ?? '';
    if (!props.has(name)) props.set(name, line.slice(colon + 1));
  }
  return props;
}
