import { describe, expect, it } from 'vitest';
import { countSegments } from './segments';
import { renderSms, shortMunicipalityName, SMS_KINDS, type SmsProps, SmsTooLongError } from './texts';

// The longest municipality name in Greece, a long topic and a long public address.
const LONGEST = { nameEl: 'Δήμος Νέας Φιλαδέλφειας - Νέας Χαλκηδόνας', nameEn: 'Municipality of Nea Filadelfeia - Nea Chalkidona', timeZone: 'Europe/Athens' };
const LONG_TOPIC = {
  nameEl: 'Έκδοση πιστοποιητικού οικογενειακής κατάστασης για χρήση στην αλλοδαπή με επισημείωση της Σύμβασης της Χάγης',
  nameEn: 'Issue of a family status certificate for use abroad with the apostille of the Hague Convention',
};
const LONG_LINK = 'https://rantevou.dimos-example.gr/s/Ab3dE5gH9k';

const base = (over: Partial<SmsProps> = {}): SmsProps => ({
  lang: 'el',
  kind: 'confirmation',
  municipality: { nameEl: 'Δήμος Αθηναίων', nameEn: 'City of Athens', timeZone: 'Europe/Athens' },
  topic: { nameEl: 'Βεβαίωση μόνιμης κατοικίας', nameEn: 'Certificate of residence' },
  mode: 'video',
  // 10:30 in Athens (winter time), a Tuesday.
  start: new Date('2026-11-24T08:30:00Z'),
  reference: 'K7P-4XQ-92M',
  link: 'https://rantevou.example.gr/s/Ab3dE5gH9k',
  ...over,
});

describe('renderSms', () => {
  it('says who, when (in the municipality\'s zone), how, what, the reference and the link', () => {
    expect(renderSms(base({ link: 'https://x.gr/s/Ab3dE5gH9k' }))).toBe('Δήμος Αθηναίων: ραντεβού Τρι 24/11 10:30 με βιντεοκλήση για Βεβαίωση μόνιμης κατοικίας. Κωδ. K7P-4XQ-92M. https://x.gr/s/Ab3dE5gH9k');
    // With a longer address the reference gives way first (the link's page shows it).
    expect(renderSms(base())).toBe('Δήμος Αθηναίων: ραντεβού Τρι 24/11 10:30 με βιντεοκλήση για Βεβαίωση μόνιμης κατοικίας. https://rantevou.example.gr/s/Ab3dE5gH9k');
    expect(renderSms(base({ lang: 'en', kind: 'reminder', mode: 'in_person' }))).toBe(
      'City of Athens: reminder, appointment Tue 24/11 10:30 in person for Certificate of residence. https://rantevou.example.gr/s/Ab3dE5gH9k',
    );
    // An outcome: its headline, and where to read the rest (My appointments; the call's links no longer work).
    expect(renderSms(base({ kind: 'outcome', topic: { nameEl: 'Δημοτολόγιο', nameEn: 'Municipal roll' }, link: 'https://x.gr/appointments', outcome: 'Χρειάζονται δικαιολογητικά' }))).toBe(
      'Δήμος Αθηναίων: ραντεβού Τρι 24/11 10:30 για Δημοτολόγιο: Χρειάζονται δικαιολογητικά. Λεπτομέρειες: https://x.gr/appointments',
    );
    expect(renderSms(base({ kind: 'cancelled', link: undefined }))).toBe('Δήμος Αθηναίων: ακυρώθηκε το ραντεβού Τρι 24/11 10:30 για Βεβαίωση μόνιμης κατοικίας. Κωδ. K7P-4XQ-92M.');
  });

  it('every kind in both languages stays within two segments for the longest names, cutting the topic and never the link', () => {
    for (const kind of SMS_KINDS) {
      for (const lang of ['el', 'en'] as const) {
        const link = kind === 'cancelled' ? undefined : LONG_LINK;
        const outcome = kind === 'outcome' ? (lang === 'el' ? 'Παραπέμφθηκε σε άλλη υπηρεσία' : 'Referred elsewhere') : undefined;
        const text = renderSms(base({ kind, lang, municipality: LONGEST, topic: LONG_TOPIC, link, outcome }));
        const count = countSegments(text);
        expect(count.segments, `${kind}/${lang}: ${text}`).toBeLessThanOrEqual(2);
        if (lang === 'el') expect(count.units, text).toBeLessThanOrEqual(134);
        if (link) expect(text.endsWith(` ${link}`), text).toBe(true);
        expect(text).toContain('24/11 10:30');
        if (outcome) expect(text).toContain(`: ${outcome}.`);
        // Greek (UCS-2): the topic is the part that gave way. English (GSM-7, 306 characters) keeps it whole.
        if (lang === 'el') expect(text).not.toContain(LONG_TOPIC.nameEl);
        else expect(text).toContain(LONG_TOPIC.nameEn);
      }
    }
    // With the longest name and address, the municipality's short form stays whole and the topic gives way.
    expect(renderSms(base({ municipality: LONGEST, topic: LONG_TOPIC, link: LONG_LINK }))).toBe(
      `Δ. Νέας Φιλαδέλφειας - Νέας Χαλκηδόνας: ραντεβού Τρι 24/11 10:30 με βιντεοκλήση. ${LONG_LINK}`,
    );
    // With a shorter address the topic keeps its first words.
    expect(renderSms(base({ municipality: LONGEST, topic: LONG_TOPIC, link: 'https://x.gr/s/Ab3dE5gH9k' }))).toMatch(/για Έκδοση πιστοποιητ[^.]*…\./);
  });

  it('always says which municipality is writing: its short form stays before the topic gives way', () => {
    // Seen on a walk: the outcome's headline and the address left room for "Δήμος…" or no municipality at all.
    const link = 'https://rantevou.dimos-example.gr/appointments';
    for (const outcome of ['Χρειάζονται δικαιολογητικά', 'Παραπέμφθηκε σε άλλη υπηρεσία', 'Ολοκληρώθηκε']) {
      const text = renderSms(base({ kind: 'outcome', link, outcome }));
      expect(text, text).toMatch(/^(Δήμος|Δ\.) Αθηναίων: ραντεβού Τρι 24\/11 10:30/);
      expect(text).toContain(`: ${outcome}. Λεπτομέρειες: ${link}`);
      expect(countSegments(text).segments).toBeLessThanOrEqual(2);
    }
    expect(renderSms(base({ kind: 'outcome', link, outcome: 'Παραπέμφθηκε σε άλλη υπηρεσία' }))).toBe(
      `Δ. Αθηναίων: ραντεβού Τρι 24/11 10:30: Παραπέμφθηκε σε άλλη υπηρεσία. Λεπτομέρειες: ${link}`,
    );
    // The longest name keeps at least its first words, in every kind.
    for (const kind of SMS_KINDS) {
      const text = renderSms(base({ kind, municipality: LONGEST, topic: LONG_TOPIC, link: kind === 'cancelled' ? undefined : LONG_LINK, outcome: kind === 'outcome' ? 'Παραπέμφθηκε σε άλλη υπηρεσία' : undefined }));
      expect(text, text).toMatch(/^(Δήμος|Δ\.) Νέας Φιλαδέ/);
    }
  });

  it('shortens a name as each language does, and leaves other names whole', () => {
    expect(shortMunicipalityName('Δήμος Αθηναίων', 'el')).toBe('Δ. Αθηναίων');
    expect(shortMunicipalityName('Municipality of Athens', 'en')).toBe('Athens');
    expect(shortMunicipalityName('City of Athens', 'en')).toBe('Athens');
    expect(shortMunicipalityName('Κοινότητα Μετσόβου', 'el')).toBe('Κοινότητα Μετσόβου');
  });

  it('keeps the reference before the tail of a long topic: a caller booked by phone is told to keep it', () => {
    // Seen on a walk: a desk booking's text lost its reference to a long topic's last word.
    const text = renderSms(base({ mode: 'phone', topic: { nameEl: 'Πιστοποιητικό οικογενειακής κατάστασης', nameEn: 'Family status certificate' }, link: 'http://localhost:3402/s/vwY0HoaNNI' }));
    expect(text).toContain('Κωδ. K7P-4XQ-92M.');
    expect(text).toMatch(/για Πιστοποιητικό οικογ[^.]*…\. Κωδ\./);
    expect(countSegments(text).segments).toBeLessThanOrEqual(2);
  });

  it('keeps the whole topic when it fits', () => {
    const text = renderSms(base({ municipality: { ...LONGEST, nameEl: 'Δήμος Θεσσαλονίκης' }, link: 'https://rantevou.gov.gr/s/Ab3dE5gH9k' }));
    expect(text).toContain('Δήμος Θεσσαλονίκης: ');
    expect(text).toContain('Βεβαίωση μόνιμης κατοικίας.');
    expect(countSegments(text).segments).toBeLessThanOrEqual(2);
  });

  it('with an absurdly long address the municipality and the reference give way too; a link that cannot fit is refused', () => {
    const link = `https://${'r'.repeat(50)}.gr/s/Ab3dE5gH9k`;
    const text = renderSms(base({ municipality: LONGEST, topic: LONG_TOPIC, link }));
    expect(text.endsWith(link)).toBe(true);
    expect(countSegments(text).segments).toBeLessThanOrEqual(2);
    expect(() => renderSms(base({ link: `https://${'r'.repeat(140)}.gr/s/Ab3dE5gH9k` }))).toThrow(SmsTooLongError);
  });
});
