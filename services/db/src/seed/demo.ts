import type { Knex } from 'knex';

// Demo data for `npm start` on an empty database: two municipalities with
// offices, topics, employees (tax ids match the GSIS stand-in's demo
// employees) and interpreters, both already active (joined the platform). Fictional people and addresses.

const weekdays = (ranges: { start: string; end: string }[]) =>
  Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, ranges]));

const ATHENS_HOURS = weekdays([{ start: '08:00', end: '15:00' }]);
// Thessaloniki also opens Wednesday afternoon: several ranges a day.
const THESS_HOURS = { ...weekdays([{ start: '08:30', end: '14:30' }]), '3': [{ start: '08:30', end: '14:30' }, { start: '17:00', end: '19:00' }] };

const docs = (...pairs: [string, string][]) => pairs.map(([el, en]) => ({ el, en }));
const ID_CARD: [string, string] = ['Αστυνομική ταυτότητα ή διαβατήριο', 'Identity card or passport'];

export async function seedDemoData(knex: Knex): Promise<boolean> {
  return knex.transaction(async (trx) => {
    const existing = await trx('municipalities').count<{ count: number }[]>('* as count').first();
    if (Number(existing?.count) > 0) return false;

    const [athens] = await trx('municipalities')
      .insert({
        slug: 'athens',
        name_el: 'Δήμος Αθηναίων',
        name_en: 'Municipality of Athens',
        modes: ['in_person', 'phone', 'video'],
        durations: { in_person: 20, phone: 15, video: 20 },
        opening_hours: ATHENS_HOURS,
        booking_window_days: 60,
        min_lead_minutes: 60,
        buffer_minutes: 5,
        allow_third_person: true,
        reminder_offsets_minutes: [1440, 60],
        phone: '+30 210 000 0000',
        email: 'demo-athens@example.gr',
        status: 'active',
        contact_name: 'Γραφείο Ψηφιακής Διακυβέρνησης',
        contact_email: 'demo-athens@example.gr',
        contact_phone: '+30 210 000 0000',
      })
      .returning('*');
    const [thess] = await trx('municipalities')
      .insert({
        slug: 'thessaloniki',
        name_el: 'Δήμος Θεσσαλονίκης',
        name_en: 'Municipality of Thessaloniki',
        modes: ['in_person', 'video'],
        durations: { in_person: 30, video: 30 },
        opening_hours: THESS_HOURS,
        booking_window_days: 45,
        min_lead_minutes: 120,
        buffer_minutes: 0,
        allow_third_person: false,
        reminder_offsets_minutes: [1440, 120],
        phone: '+30 2310 000 000',
        email: 'demo-thessaloniki@example.gr',
        status: 'active',
        contact_name: 'Διεύθυνση Ηλεκτρονικής Διακυβέρνησης',
        contact_email: 'demo-thessaloniki@example.gr',
        contact_phone: '+30 2310 000 000',
      })
      .returning('*');

    await trx('closures').insert([
      { municipality_id: athens.id, date: '2026-10-03', recurring_yearly: true, label: 'Άγιος Διονύσιος Αρεοπαγίτης, πολιούχος / Saint Dionysius the Areopagite, patron saint' },
      { municipality_id: thess.id, date: '2026-10-26', recurring_yearly: true, label: 'Άγιος Δημήτριος, πολιούχος / Saint Demetrius, patron saint' },
    ]);

    const [athensOffice] = await trx('offices')
      .insert({ municipality_id: athens.id, name: 'ΚΕΠ Δημαρχείου', address: 'Πλατεία Κοτζιά 1, 105 59 Αθήνα', floor: 'Ισόγειο / Ground floor', directions: 'Μετρό Ομόνοια, 5 λεπτά με τα πόδια / Omonia metro, 5 minutes on foot' })
      .returning('*');
    const [thessOffice] = await trx('offices')
      .insert({ municipality_id: thess.id, name: 'Δημαρχιακό Μέγαρο', address: 'Βασιλέως Γεωργίου Α΄ 1, 546 40 Θεσσαλονίκη', floor: '1ος όροφος / 1st floor', directions: 'Στάση λεωφορείου «Δημαρχείο» / Bus stop "Dimarcheio"' })
      .returning('*');

    const topic = (municipalityId: string, nameEl: string, nameEn: string, modes: string[], documents: [string, string][], durations: Partial<Record<string, number>> = {}) => ({
      municipality_id: municipalityId,
      name_el: nameEl,
      name_en: nameEn,
      modes,
      durations: JSON.stringify(durations),
      required_documents: JSON.stringify(docs(...documents)),
    });
    const athensTopics = await trx('topics')
      .insert([
        topic(athens.id, 'Πιστοποιητικό οικογενειακής κατάστασης', 'Family status certificate', ['in_person', 'phone', 'video'], [ID_CARD]),
        topic(athens.id, 'Εγγραφή στο δημοτολόγιο', 'Registration in the municipal roll', ['in_person', 'video'], [ID_CARD, ['Ληξιαρχική πράξη γέννησης', 'Birth certificate']]),
        topic(athens.id, 'Άδεια λειτουργίας καταστήματος', 'Shop operating licence', ['in_person', 'video'], [ID_CARD, ['Καταστατικό εταιρείας', 'Articles of association'], ['Μισθωτήριο ακινήτου', 'Lease of the premises']], { in_person: 40, video: 40 }),
        topic(athens.id, 'Πληροφορίες για κοινωνικά προγράμματα', 'Information on social programmes', ['phone'], []),
      ])
      .returning('*');
    const thessTopics = await trx('topics')
      .insert([
        topic(thess.id, 'Βεβαίωση μόνιμης κατοικίας', 'Certificate of permanent residence', ['in_person', 'video'], [ID_CARD, ['Λογαριασμός ΔΕΚΟ', 'A utility bill']]),
        topic(thess.id, 'Δημοτικά τέλη και οφειλές', 'Municipal fees and debts', ['in_person', 'video'], [ID_CARD]),
      ])
      .returning('*');

    const employee = (municipalityId: string, officeId: string, taxId: string, fullName: string, email: string, modes: string[], isAdmin = false, hours: unknown = null) => ({
      municipality_id: municipalityId,
      office_id: officeId,
      tax_id: taxId,
      full_name: fullName,
      email,
      modes,
      is_admin: isAdmin,
      working_hours: hours === null ? null : JSON.stringify(hours),
    });
    const athensEmployees = await trx('employees')
      .insert([
        employee(athens.id, athensOffice.id, '135792468', 'Μαρία Γεωργίου', 'm.georgiou@example.gr', ['in_person', 'phone', 'video'], true),
        employee(athens.id, athensOffice.id, '055221137', 'Ανδρέας Δημητρίου', 'a.dimitriou@example.gr', ['in_person', 'phone', 'video']),
        employee(athens.id, athensOffice.id, '144321982', 'Ευαγγελία Μιχαηλίδου', 'e.michailidou@example.gr', ['video', 'phone'], false, weekdays([{ start: '10:00', end: '14:00' }])),
      ])
      .returning('*');
    const thessEmployees = await trx('employees')
      .insert([
        employee(thess.id, thessOffice.id, '109876540', 'Χρήστος Στεφάνου', 'c.stefanou@example.gr', ['in_person', 'video'], true),
        employee(thess.id, thessOffice.id, '144321982', 'Ευαγγελία Μιχαηλίδου', 'e.michailidou@example.gr', ['in_person', 'video']),
      ])
      .returning('*');

    const links: { employee_id: string; topic_id: string }[] = [];
    for (const e of athensEmployees) for (const t of athensTopics) links.push({ employee_id: e.id, topic_id: t.id });
    for (const e of thessEmployees) for (const t of thessTopics) links.push({ employee_id: e.id, topic_id: t.id });
    await trx('employee_topics').insert(links);

    const [shared] = await trx('interpreters').insert([
      { municipality_id: null, full_name: 'Ελένη Νικολάου (ΕΝΓ)', email: 'interpreter1@example.gr', kinds: ['gsl', 'lip_reading'], working_hours: JSON.stringify(weekdays([{ start: '09:00', end: '15:00' }])) },
      { municipality_id: athens.id, full_name: 'Γιώργος Παππάς (ΕΝΓ)', email: 'interpreter2@example.gr', kinds: ['gsl'], working_hours: JSON.stringify(weekdays([{ start: '08:00', end: '13:00' }])) },
    ]).returning('id');
    // The shared pool's interpreter serves both municipalities.
    await trx('interpreter_municipalities').insert([athens.id, thess.id].map((municipality_id) => ({ interpreter_id: shared.id, municipality_id })));
    return true;
  });
}
