import { describe, expect, it } from 'vitest';
import { CITIZEN_ONLY_TEMPLATES, RECIPIENT_ROLES, renderMail, TEMPLATE_NAMES } from '../index';
import { sampleDocuments, sampleInterpreter, sampleOutcome, sampleThirdPerson, sampleVideo } from '../samples';

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('rescheduled', () => {
  it('gives the new time, a REQUEST with the new SEQUENCE and the same UID', async () => {
    const props = { ...sampleVideo, start: new Date('2026-12-01T12:00:00Z'), end: new Date('2026-12-01T12:30:00Z'), sequence: 1 };
    const mail = await renderMail('rescheduled', props);
    expect(mail.subject).toContain('1 Δεκεμβρίου 2026, 14:00');
    expect(mail.text).toContain('Τρίτη 1 Δεκεμβρίου 2026, 14:00–14:30 (ώρα Ελλάδας)');
    expect(mail.text).toContain('δεν ισχύει πια');
    const ics = unfold(mail.ics!.content);
    expect(mail.ics!.method).toBe('REQUEST');
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain(`UID:${sampleVideo.uid}`);
  });
});

describe('cancelled', () => {
  it('is a cancellation notice with an .ics CANCEL and no links to join', async () => {
    const mail = await renderMail('cancelled', { ...sampleVideo, lang: 'en', sequence: 2 });
    expect(mail.subject).toMatch(/^Appointment cancelled/);
    expect(mail.text).toContain('has been cancelled');
    expect(mail.text).not.toContain(sampleVideo.joinUrl);
    expect(mail.html).not.toContain(sampleVideo.joinUrl);
    expect(mail.ics!.method).toBe('CANCEL');
    expect(mail.ics!.filename).toMatch(/\.ics$/);
    const ics = unfold(mail.ics!.content).split('\r\n');
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
  });
});

describe('documents', () => {
  it('lists the topic documents and the employee note, keeping its line breaks', async () => {
    const mail = await renderMail('documents', sampleDocuments);
    expect(mail.ics).toBeUndefined();
    expect(mail.text).toContain('- Δελτίο ταυτότητας ή διαβατήριο\n- Πρόσφατος λογαριασμός ΔΕΚΟ');
    expect(mail.text).toContain('Φέρτε και το παλιό πιστοποιητικό, αν το έχετε.\nΗ αίτηση υπογράφεται επί τόπου.');
    expect(mail.html).toContain('αν το έχετε.<br>Η αίτηση');
    expect(mail.html).toMatch(/<li[^>]*>Πρόσφατος λογαριασμός ΔΕΚΟ<\/li>/);
  });

  it('escapes the free text instead of letting it change the markup', async () => {
    const mail = await renderMail('documents', { ...sampleDocuments, extraText: '<script>alert(1)</script></mj-text> & "x"' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/mj-text&gt; &amp; &quot;x&quot;');
    expect(mail.text).toContain('<script>alert(1)</script></mj-text> & "x"');
  });
});

describe('invitations', () => {
  it.each([
    ['invite_third_person', sampleThirdPerson],
    ['invite_interpreter', sampleInterpreter],
  ] as const)('%s: own link, inviter and time, nothing private about the citizen', async (name, props) => {
    for (const lang of ['el', 'en'] as const) {
      const mail = await renderMail(name, { ...props, lang });
      expect(mail.text).toContain(props.joinUrl!);
      expect(mail.html).toContain(`href="${props.joinUrl}"`);
      expect(mail.text).toContain(props.inviterName!);
      expect(mail.text).toContain(lang === 'el' ? 'Τρίτη 24 Νοεμβρίου 2026, 10:30–11:00' : 'Tuesday 24 November 2026, 10:30–11:00');
      for (const secret of [sampleVideo.joinUrl!, sampleVideo.manageUrl!, sampleVideo.reference, 'ΔΕΚΟ', 'utility bill']) {
        expect(mail.text).not.toContain(secret);
        expect(mail.html).not.toContain(secret);
        expect(mail.ics!.content).not.toContain(secret);
      }
      expect(mail.ics!.method).toBe('REQUEST');
      expect(unfold(mail.ics!.content)).toContain(`URL:${props.joinUrl}`);
    }
  });

  it('names the kind of interpretation', async () => {
    const mail = await renderMail('invite_interpreter', sampleInterpreter);
    expect(mail.text).toContain('Διερμηνεία: Ελληνική Νοηματική Γλώσσα (ΕΝΓ)');
  });

  it('need a join link', async () => {
    await expect(renderMail('invite_third_person', { ...sampleThirdPerson, joinUrl: undefined })).rejects.toThrow(/joinUrl/);
  });
});

describe('the recipient\'s role decides the words and the link, never the kind', () => {
  const citizenOnly = [sampleVideo.joinUrl!, sampleVideo.manageUrl!, sampleVideo.reference, sampleVideo.recipientEmail!, 'ΔΕΚΟ', 'utility bill'];
  const parts = (m: { html: string; text: string; ics?: { content: string } }) => [m.html, m.text, unfold(m.ics?.content ?? '')];

  it.each([
    ['interpreter', sampleInterpreter, /διερμηνεύσετε/],
    ['third_person', sampleThirdPerson, /Πρόσκληση από: Μαρία Παπαδοπούλου[\s\S]*έχετε προσκληθεί|έχετε προσκληθεί[\s\S]*Πρόσκληση από: Μαρία Παπαδοπούλου/],
  ] as const)('%s: a new time carries their own new link and their own words', async (_role, props, words) => {
    const mail = await renderMail('rescheduled', { ...props, sequence: 1 });
    expect(mail.text).toMatch(words);
    expect(mail.text).toContain('Ο σύνδεσμος που σας είχαμε στείλει πριν δεν ισχύει πια');
    for (const part of parts(mail)) {
      expect(part).toContain(props.joinUrl!);
      for (const secret of citizenOnly) expect(part).not.toContain(secret);
    }
    expect(mail.ics!.method).toBe('REQUEST');
    expect(mail.ics!.filename).toBe('invite.ics');
  });

  it('keeps the citizen\'s name from the interpreter', async () => {
    for (const name of ['confirmation', 'reminder', 'rescheduled', 'cancelled', 'invite_interpreter'] as const) {
      const mail = await renderMail(name, sampleInterpreter);
      for (const part of parts(mail)) expect(part).not.toContain(sampleVideo.recipientName);
    }
  });

  it('sends the documents and the employee\'s note to the citizen only', async () => {
    await expect(renderMail('documents', sampleInterpreter)).rejects.toThrow(/not the interpreter/);
    await expect(renderMail('documents', sampleThirdPerson)).rejects.toThrow(/not the third_person/);
  });

  it.each([
    ['citizen', sampleVideo, 'Το ραντεβού σας ακυρώθηκε'],
    ['interpreter', sampleInterpreter, 'Η διερμηνεία ακυρώθηκε'],
    ['third_person', sampleThirdPerson, 'Η βιντεοκλήση ακυρώθηκε'],
  ] as const)('%s: a cancellation carries no join link, not even in its .ics', async (role, props, heading) => {
    for (const lang of ['el', 'en'] as const) {
      const mail = await renderMail('cancelled', { ...props, lang, sequence: 2 });
      if (lang === 'el') expect(mail.text).toContain(heading);
      for (const part of parts(mail)) expect(part).not.toContain('/join/');
      const ics = unfold(mail.ics!.content).split('\r\n');
      expect(ics).toContain('METHOD:CANCEL');
      expect(ics.some((l) => l.startsWith('URL:'))).toBe(false);
      if (role !== 'citizen') for (const part of parts(mail)) for (const secret of citizenOnly) expect(part).not.toContain(secret);
    }
  });

  it('tells a replaced interpreter that their part is cancelled at the time they had', async () => {
    const mail = await renderMail('cancelled', { ...sampleInterpreter, withdrawn: true, sequence: 2 });
    expect(mail.subject).toBe('Η διερμηνεία σας δεν χρειάζεται πια: 24 Νοεμβρίου 2026, 10:30');
    expect(mail.text).toContain('θα την αναλάβει συνάδελφός σας');
    expect(mail.text).not.toContain('/join/');
    expect(mail.ics!.method).toBe('CANCEL');
    const en = await renderMail('cancelled', { ...sampleInterpreter, lang: 'en', withdrawn: true });
    expect(en.text).toContain('your interpreting is no longer needed');
  });
});

describe('salutations', () => {
  // GSIS names come in capitals and without gender: a vocative ("Αγαπητέ Γιώργο")
  // cannot be formed right, and "Αγαπητέ/ή Γιώργος" is wrong Greek.
  const props = (role: (typeof RECIPIENT_ROLES)[number], lang: 'el' | 'en') => ({
    ...(role === 'citizen' ? sampleVideo : role === 'interpreter' ? sampleInterpreter : sampleThirdPerson),
    recipientName: 'ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ',
    inviterName: role === 'third_person' ? 'ΕΛΕΝΗ ΠΑΠΑΔΑΚΗ' : undefined,
    lang,
    extraText: undefined,
    outcome: sampleOutcome.outcome,
  });
  const cases = RECIPIENT_ROLES.flatMap((role) => TEMPLATE_NAMES.filter((n) => role === 'citizen' || !CITIZEN_ONLY_TEMPLATES.includes(n)).map((name) => [name, role] as const));

  it.each(cases)('%s to the %s: a neutral Greek greeting, never a vocative or a slash', async (name, role) => {
    const mail = await renderMail(name, props(role, 'el'));
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain('Χαίρετε,');
      expect(text).not.toMatch(/Αγαπητ|Αξιότιμ|\/ή\b|ο\/η\b|άλλος\/άλλη/);
    }
    expect(mail.text.split('\n\n')[1]).toBe('Χαίρετε,');
  });

  // A Greek name in capitals stays in capitals: small letters would need the accents GSIS leaves out.
  it.each(cases)('%s to the %s: "Dear" and the name as given, in English', async (name, role) => {
    const mail = await renderMail(name, props(role, 'en'));
    expect(mail.text.split('\n\n')[1]).toBe('Dear ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ,');
    expect(mail.html).toContain('Dear ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ,');
    expect(mail.text).not.toContain('Γεωργιος');
  });

  it('names the person served as a label in the citizen\'s Greek e-mail, in the nominative', async () => {
    const mail = await renderMail('confirmation', props('citizen', 'el'));
    expect(mail.text).toContain('Ονοματεπώνυμο: ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ');
  });

  it('says for whom it was booked in the person served\'s e-mails: the company and its tax number, or who booked it', async () => {
    // Seen on a walk: a company's booking and one made for a mother named neither in the confirmation.
    const business = await renderMail('confirmation', { ...props('citizen', 'el'), onBehalf: { kind: 'business', companyName: 'ΕΛΑΙΟΥΡΓΙΚΗ ΜΕΣΣΗΝΙΑΣ Α.Ε.', companyTaxId: '800123456' } });
    expect(business.text).toContain('Για την επιχείρηση: ΕΛΑΙΟΥΡΓΙΚΗ ΜΕΣΣΗΝΙΑΣ Α.Ε. (ΑΦΜ 800123456)');
    const other = await renderMail('reminder', { ...props('citizen', 'en'), onBehalf: { kind: 'other', bookerName: 'ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ' } });
    expect(other.text).toContain('Booked by: ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ');
    expect(other.html).toContain('ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ');
  });

  it('names the inviter readably in the third person\'s invitation', async () => {
    const mail = await renderMail('invite_third_person', props('third_person', 'en'));
    expect(mail.text).toContain('ΕΛΕΝΗ ΠΑΠΑΔΑΚΗ invites you');
  });
});
