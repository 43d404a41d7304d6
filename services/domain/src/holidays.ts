import Holidays from 'date-holidays';

export interface PublicHoliday {
  date: string; // YYYY-MM-DD, local date in Greece
  nameEl: string;
  nameEn: string;
}

/** A day the municipality is closed. Local holidays (e.g. the town's patron saint) recur yearly. */
export interface Closure {
  date: string; // YYYY-MM-DD; for recurring closures only the month and day count
  recurringYearly: boolean;
  label?: string;
}

/*
 * Movable feasts that must close offices. date-holidays 3.37 already has all of them for GR;
 * should a future version drop one, we add it back from date-holidays' own Orthodox Easter
 * rule (never a hand-written computus).
 */
const REQUIRED_ORTHODOX = [
  { rule: 'orthodox -48', el: 'Καθαρά Δευτέρα', en: 'Clean Monday' },
  { rule: 'orthodox -2', el: 'Μεγάλη Παρασκευή', en: 'Good Friday' },
  { rule: 'orthodox 1', el: 'Δευτέρα του Πάσχα', en: 'Easter Monday' },
  { rule: 'orthodox 50', el: 'Αγίου Πνεύματος', en: 'Whit Monday' },
] as const;

// date-holidays' English names that mislead a reader in Greece.
const EN_NAME_FIXES: Record<string, string> = {
  'orthodox -48': 'Clean Monday', // the library says "Ash Sunday"
  '10-28': 'Ohi Day (National Holiday)',
};

const greece = new Holidays('GR');
const orthodoxRules = new Holidays();
for (const r of REQUIRED_ORTHODOX) orthodoxRules.setHoliday(r.rule, { name: { el: r.el, en: r.en }, type: 'public' });

const yearCache = new Map<number, readonly PublicHoliday[]>();

/** Greek nationwide public holidays of a year (type "public" only), sorted by date. */
export function greekPublicHolidays(year: number): PublicHoliday[] {
  let list = yearCache.get(year);
  if (!list) {
    list = computeYear(year);
    yearCache.set(year, list);
  }
  return list.map((h) => ({ ...h }));
}

function computeYear(year: number): readonly PublicHoliday[] {
  const el = greece.getHolidays(year, 'el').filter((h) => h.type === 'public');
  const en = new Map(
    greece
      .getHolidays(year, 'en')
      .filter((h) => h.type === 'public')
      .map((h) => [h.rule, h.name]),
  );
  const byDate = new Map<string, PublicHoliday>();
  for (const h of el) {
    const date = h.date.slice(0, 10);
    if (byDate.has(date)) continue;
    byDate.set(date, { date, nameEl: h.name, nameEn: EN_NAME_FIXES[h.rule] ?? en.get(h.rule) ?? h.name });
  }
  const fallbackEn = new Map(orthodoxRules.getHolidays(year, 'en').map((h) => [h.date.slice(0, 10), h.name]));
  for (const h of orthodoxRules.getHolidays(year, 'el')) {
    const date = h.date.slice(0, 10);
    if (!byDate.has(date)) byDate.set(date, { date, nameEl: h.name, nameEn: fallbackEn.get(date) ?? h.name });
  }
  return Object.freeze([...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)));
}

/**
 * `isoDate => closed?` for slot generation: public holidays (unless switched off),
 * one-off closures on their exact date, recurring ones on the same month-day every year.
 */
export function makeClosedDayPredicate(
  closures: readonly Closure[],
  opts: { publicHolidays?: boolean } = {},
): (isoDate: string) => boolean {
  const includePublic = opts.publicHolidays ?? true;
  const oneOff = new Set(closures.filter((c) => !c.recurringYearly).map((c) => c.date));
  const yearly = new Set(closures.filter((c) => c.recurringYearly).map((c) => c.date.slice(5, 10)));
  const publicByYear = new Map<number, Set<string>>();

  return (isoDate: string): boolean => {
    if (oneOff.has(isoDate) || yearly.has(isoDate.slice(5, 10))) return true;
    if (!includePublic) return false;
    const year = Number(isoDate.slice(0, 4));
    let dates = publicByYear.get(year);
    if (!dates) {
      dates = new Set(greekPublicHolidays(year).map((h) => h.date));
      publicByYear.set(year, dates);
    }
    return dates.has(isoDate);
  };
}

const easterRule = new Holidays();
easterRule.setHoliday('orthodox', 'Πάσχα');

/** Date of Orthodox Easter Sunday (YYYY-MM-DD), from date-holidays' rule engine. */
export function orthodoxEaster(year: number): string {
  return easterRule.getHolidays(year)[0]!.date.slice(0, 10);
}
