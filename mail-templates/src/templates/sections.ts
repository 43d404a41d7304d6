/** Sections shared by several templates: props → blocks. */
import { formatShort, formatWhen, INTERPRETATION_NOTES, MODE_LABELS, municipalityName, personName, t, topicName } from '../format';
import type { Block } from '../layout';
import type { TemplateProps } from './template';

export const when = (p: TemplateProps): string => formatWhen(p.start, p.end, p.municipality.timeZone, p.lang);

/** Video mails without the link would leave people unable to join: fail loudly instead. */
export function requireJoinUrl(p: TemplateProps, template: string): string {
  if (!p.joinUrl) throw new Error(`${template}: joinUrl is required for a video appointment`);
  return p.joinUrl;
}

export function detailFacts(p: TemplateProps, opts: { reference: boolean } = { reference: true }): Block {
  const rows = [
    // Whose appointment it is, as a label and not a vocative (right in Greek for any name).
    { label: t(p.lang, { el: 'Ονοματεπώνυμο', en: 'Name' }), value: personName(p.recipientName) },
    ...onBehalfRows(p),
    { label: t(p.lang, { el: 'Δήμος', en: 'Municipality' }), value: municipalityName(p) },
    { label: t(p.lang, { el: 'Θέμα', en: 'Topic' }), value: topicName(p) },
    { label: t(p.lang, { el: 'Τρόπος', en: 'Type' }), value: t(p.lang, MODE_LABELS[p.mode]) },
    { label: t(p.lang, { el: 'Ημερομηνία και ώρα', en: 'Date and time' }), value: when(p) },
  ];
  if (p.employeeName) rows.push({ label: t(p.lang, { el: 'Υπάλληλος', en: 'Staff member' }), value: personName(p.employeeName) });
  if (opts.reference) rows.push({ label: t(p.lang, { el: 'Κωδικός ραντεβού', en: 'Booking reference' }), value: p.reference });
  return { type: 'facts', rows };
}

/** For whom it was booked (the person served's e-mails): the company and its tax number, or who booked it. */
function onBehalfRows(p: TemplateProps): { label: string; value: string }[] {
  const o = p.onBehalf;
  if (!o) return [];
  if (o.kind === 'business') {
    return [{ label: t(p.lang, { el: 'Για την επιχείρηση', en: 'For the company' }), value: `${o.companyName} (${t(p.lang, { el: 'ΑΦΜ', en: 'tax no.' })} ${o.companyTaxId})` }];
  }
  return [{ label: t(p.lang, { el: 'Κλείστηκε από', en: 'Booked by' }), value: personName(o.bookerName) }];
}

export function joinButton(p: TemplateProps, url: string): Block {
  return {
    type: 'button',
    label: t(p.lang, { el: 'Σύνδεση στη βιντεοκλήση', en: 'Join the video call' }),
    url,
    copyHint: t(p.lang, {
      el: 'Αν το κουμπί δεν λειτουργεί, αντιγράψτε αυτή τη διεύθυνση στον φυλλομετρητή σας:',
      en: 'If the button does not work, copy this address into your browser:',
    }),
  };
}

export function devicePreparation(p: TemplateProps, withIdDocument: boolean): Block[] {
  const items = [
    t(p.lang, {
      el: 'Ένα ήσυχο, καλά φωτισμένο μέρος, όπου μπορείτε να μιλήσετε ελεύθερα.',
      en: 'A quiet, well-lit place where you can talk freely.',
    }),
    t(p.lang, {
      el: 'Υπολογιστή, κινητό ή tablet με κάμερα και μικρόφωνο, και σταθερή σύνδεση στο διαδίκτυο.',
      en: 'A computer, phone or tablet with a camera and microphone, and a stable internet connection.',
    }),
    t(p.lang, {
      el: 'Ανοίξτε τον σύνδεσμο λίγα λεπτά νωρίτερα για να ελέγξετε κάμερα και μικρόφωνο. Θα περιμένετε στην αίθουσα αναμονής μέχρι να σας δεχτεί ο/η υπάλληλος.',
      en: 'Open the link a few minutes early to check your camera and microphone. You will wait in the waiting room until the staff member lets you in.',
    }),
  ];
  if (withIdDocument) {
    items.unshift(
      t(p.lang, {
        el: 'Το δελτίο ταυτότητας ή το διαβατήριό σας. Θα σας ζητηθεί να το δείξετε στην κάμερα (μπροστά και πίσω).',
        en: 'Your identity card or passport. You will be asked to hold it up to the camera (front and back).',
      }),
    );
  }
  return [
    { type: 'heading', text: t(p.lang, { el: 'Τι να ετοιμάσετε για τη βιντεοκλήση', en: 'How to prepare for the video call' }) },
    { type: 'list', items },
  ];
}

/** Where the appointment happens: the office, the phone call, or the video link. */
export function placeBlocks(p: TemplateProps, template: string): Block[] {
  switch (p.mode) {
    case 'in_person': {
      const rows = [{ label: t(p.lang, { el: 'Διεύθυνση', en: 'Address' }), value: p.office?.address ?? '' }];
      if (p.office?.floor) rows.push({ label: t(p.lang, { el: 'Όροφος', en: 'Floor' }), value: p.office.floor });
      if (p.office?.directions) rows.push({ label: t(p.lang, { el: 'Οδηγίες', en: 'Directions' }), value: p.office.directions });
      if (!p.office?.address) throw new Error(`${template}: office.address is required for an in-person appointment`);
      return [{ type: 'heading', text: t(p.lang, { el: 'Πού θα εξυπηρετηθείτε', en: 'Where to go' }) }, { type: 'facts', rows }];
    }
    case 'phone':
      return [
        { type: 'heading', text: t(p.lang, { el: 'Τηλεφωνική επικοινωνία', en: 'The phone call' }) },
        {
          type: 'paragraph',
          text:
            p.phoneArrangement ??
            t(p.lang, {
              el: 'Ο δήμος θα σας καλέσει στο τηλέφωνο που δηλώσατε, την ώρα του ραντεβού.',
              en: 'The municipality will call you on the number you gave, at the time of the appointment.',
            }),
        },
      ];
    case 'video':
      return [
        { type: 'heading', text: t(p.lang, { el: 'Βιντεοκλήση', en: 'Video call' }) },
        joinButton(p, requireJoinUrl(p, template)),
        {
          type: 'paragraph',
          text: t(p.lang, {
            el: 'Ο σύνδεσμος είναι προσωπικός: μην τον προωθήσετε. Λειτουργεί μόνο κοντά στην ώρα του ραντεβού.',
            en: 'This link is personal: do not forward it. It works only around the time of the appointment.',
          }),
        },
        ...devicePreparation(p, true),
      ];
  }
}

export function documentBlocks(p: TemplateProps): Block[] {
  if (p.requiredDocuments.length === 0) return [];
  return [
    { type: 'heading', text: t(p.lang, { el: 'Δικαιολογητικά που χρειάζεστε', en: 'Documents you need' }) },
    { type: 'list', items: p.requiredDocuments.map((d) => d[p.lang]) },
  ];
}

export function interpretationBlocks(p: TemplateProps): Block[] {
  return p.interpretation ? [{ type: 'note', text: t(p.lang, INTERPRETATION_NOTES[p.interpretation]) }] : [];
}

export function manageBlocks(p: TemplateProps): Block[] {
  if (!p.manageUrl) return [];
  return [
    { type: 'heading', text: t(p.lang, { el: 'Αλλαγή ή ακύρωση', en: 'Change or cancel' }) },
    {
      type: 'paragraph',
      text: t(p.lang, {
        el: 'Αν δεν σας βολεύει πια αυτή η ώρα, αλλάξτε την ή ακυρώστε το ραντεβού, ώστε να εξυπηρετηθεί κάποιος άλλος.',
        en: 'If you cannot make it, change the time or cancel the appointment so that someone else can be served.',
      }),
    },
    { type: 'link', label: t(p.lang, { el: 'Αλλαγή ώρας ή ακύρωση του ραντεβού', en: 'Change the time or cancel the appointment' }), url: p.manageUrl },
  ];
}

/** Everything the citizen needs for the appointment (the confirmation's content, repeated by the reminder). */
export function appointmentBlocks(p: TemplateProps, template: string): Block[] {
  return [
    detailFacts(p),
    ...interpretationBlocks(p),
    ...placeBlocks(p, template),
    ...documentBlocks(p),
    ...representationBlocks(p),
    ...manageBlocks(p),
  ];
}

/** A representative of a business is checked against a proof of representation: what to have ready. */
export function representationBlocks(p: TemplateProps): Block[] {
  if (!p.representation) return [];
  const company = p.representation.companyName;
  const show: Record<TemplateProps['mode'], { el: string; en: string }> = {
    video: { el: 'Στη βιντεοκλήση θα σας ζητηθεί να τα δείξετε στην κάμερα.', en: 'In the video call you will be asked to hold them up to the camera.' },
    in_person: { el: 'Φέρτε τα μαζί σας.', en: 'Bring them with you.' },
    phone: { el: 'Έχετέ τα διαθέσιμα: ο/η υπάλληλος μπορεί να ζητήσει τα στοιχεία τους.', en: 'Have them at hand: the staff member may ask for their details.' },
  };
  return [
    { type: 'heading', text: t(p.lang, { el: 'Εκπροσώπηση της επιχείρησης: τι να έχετε έτοιμο', en: 'Representing the business: what to have ready' }) },
    {
      type: 'paragraph',
      text: t(p.lang, {
        el: `Το ραντεβού κλείστηκε για λογαριασμό της επιχείρησης «${company}». Ο/Η υπάλληλος θα ελέγξει ότι την εκπροσωπείτε· χωρίς αποδεικτικό η υπόθεση της επιχείρησης δεν μπορεί να εξυπηρετηθεί. ${show[p.mode].el}`,
        en: `The appointment was booked on behalf of the business "${company}". The staff member will check that you represent it; without proof, the business's matter cannot be dealt with. ${show[p.mode].en}`,
      }),
    },
    {
      type: 'list',
      items: [
        t(p.lang, {
          el: 'Αποδεικτικό εκπροσώπησης: πρόσφατο πιστοποιητικό εκπροσώπησης από το ΓΕΜΗ, ή εξουσιοδότηση ή πληρεξούσιο με βεβαιωμένο το γνήσιο της υπογραφής (π.χ. μέσω gov.gr).',
          en: 'Proof of representation: a recent certificate of representation from the General Commercial Registry (ΓΕΜΗ), or an authorisation or power of attorney with a certified signature (e.g. through gov.gr).',
        }),
        t(p.lang, { el: 'Το δικό σας δελτίο ταυτότητας ή διαβατήριο.', en: 'Your own identity card or passport.' }),
      ],
    },
  ];
}

/**
 * Why the municipality itself moved or cancelled the appointment (a closure or
 * the employee's absence), as a note; nothing when the change was asked for.
 */
export function changeReasonBlocks(p: TemplateProps, event: 'rescheduled' | 'cancelled'): Block[] {
  const r = p.changeReason;
  if (!r) return [];
  const before = r.previousStart ? formatShort(r.previousStart, p.municipality.timeZone, p.lang) : null;
  const WHY = {
    municipality_closed: { el: 'Ο δήμος θα είναι κλειστός εκείνη την ημέρα.', en: 'The municipality will be closed that day.' },
    employee_absent: { el: 'Ο/η υπάλληλος δεν θα είναι διαθέσιμος/η εκείνη την ώρα.', en: 'The staff member will not be available at that time.' },
    hours_changed: { el: 'Ο δήμος άλλαξε το ωράριο λειτουργίας του και η ώρα αυτή δεν είναι πια μέσα σε αυτό.', en: 'The municipality changed its opening hours, and that time is no longer within them.' },
  };
  const why = WHY[r.kind];
  const what =
    event === 'rescheduled'
      ? {
          el: `Γι' αυτό το ραντεβού μεταφέρθηκε στην πλησιέστερη ελεύθερη ώρα${before ? ` (αντί για ${before})` : ''}.`,
          en: `So the appointment was moved to the nearest free time${before ? ` (instead of ${before})` : ''}.`,
        }
      : r.noFreeTime
        ? {
            el: "Δεν υπήρχε ελεύθερη ώρα μέσα στο διάστημα κρατήσεων για να μεταφερθεί, γι' αυτό ακυρώθηκε.",
            en: 'There was no free time within the booking window to move it to, so it was cancelled.',
          }
        : { el: "Γι' αυτό το ραντεβού ακυρώθηκε.", en: 'So the appointment was cancelled.' };
  return [{ type: 'note', text: `${t(p.lang, why)} ${t(p.lang, what)}` }];
}
