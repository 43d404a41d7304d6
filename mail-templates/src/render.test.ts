import { describe, expect, it } from 'vitest';
import { CITIZEN_ONLY_TEMPLATES, type Lang, RECIPIENT_ROLES, type RenderMailProps, renderMail, TEMPLATE_NAMES, type TemplateName } from './index';
import { sampleDocuments, sampleInPerson, sampleInterpreter, sampleOutcome, samplePhone, sampleThirdPerson, sampleVideo } from './samples';

const SAMPLES: Record<TemplateName, RenderMailProps> = {
  confirmation: sampleVideo,
  reminder: sampleVideo,
  rescheduled: sampleVideo,
  cancelled: sampleVideo,
  documents: sampleDocuments,
  invite_third_person: sampleThirdPerson,
  invite_interpreter: sampleInterpreter,
  outcome: sampleOutcome,
};
const LANGS: Lang[] = ['el', 'en'];
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe.each(TEMPLATE_NAMES.flatMap((name) => LANGS.map((lang) => [name, lang] as const)))('%s in %s', (name, lang) => {
  it('renders valid MJML to accessible HTML and a plain-text part', async () => {
    // MJML runs with validationLevel "strict": a template error throws here.
    const mail = await renderMail(name, { ...SAMPLES[name], lang });
    expect(mail.subject.length).toBeGreaterThan(10);
    expect(mail.html).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    expect(mail.html).toContain(`<title>${mail.subject}</title>`);
    expect(mail.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(mail.html).not.toMatch(/%%\d+%%/);
    expect(mail.html).not.toContain('<img');
    expect(mail.text).not.toMatch(/<[a-z]/i);
    expect(mail.text).toContain(lang === 'el' ? 'Δήμος Αθηναίων' : 'City of Athens');
  });
});

describe.each(
  RECIPIENT_ROLES.flatMap((role) =>
    TEMPLATE_NAMES.filter((name) => role === 'citizen' || !CITIZEN_ONLY_TEMPLATES.includes(name)).flatMap((name) => LANGS.map((lang) => [role, name, lang] as const)),
  ),
)('%s: %s in %s', (role, name, lang) => {
  it('renders valid MJML and a plain-text part in the role\'s words', async () => {
    const sample = name === 'outcome' ? sampleOutcome : { citizen: sampleVideo, interpreter: sampleInterpreter, third_person: sampleThirdPerson }[role];
    const mail = await renderMail(name, { ...sample, lang, sequence: 1 });
    expect(mail.html).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    expect(mail.html).not.toMatch(/%%\d+%%/);
    expect(mail.text).toContain(lang === 'el' ? 'Δήμος Αθηναίων' : 'City of Athens');
    // Every mail but the documents' list and the outcome carries a calendar entry.
    expect(mail.ics === undefined).toBe(CITIZEN_ONLY_TEMPLATES.includes(name));
  });
});

describe('subjects', () => {
  it('are specific to each template and language', async () => {
    const subjects = await Promise.all(TEMPLATE_NAMES.map(async (n) => (await renderMail(n, SAMPLES[n])).subject));
    expect(new Set(subjects).size).toBe(TEMPLATE_NAMES.length);
    expect(subjects[TEMPLATE_NAMES.indexOf('reminder')]).toMatch(/^Υπενθύμιση: /);
    expect((await renderMail('reminder', { ...sampleVideo, lang: 'en' })).subject).toMatch(/^Reminder: /);
    expect(subjects[0]).toContain('24 Νοεμβρίου 2026, 10:30');
  });
});

describe('confirmation and reminder', () => {
  // After the heading, the greeting and the intro.
  const body = (text: string) => text.split('\n\n').slice(3).join('\n\n');

  it.each([sampleVideo, sampleInPerson, samplePhone])('carry the same content ($mode)', async (props) => {
    const c = await renderMail('confirmation', props);
    const r = await renderMail('reminder', props);
    expect(body(r.text)).toBe(body(c.text));
    expect(body(c.text).length).toBeGreaterThan(300);
  });

  it('state the time in the municipality zone across the DST change', async () => {
    const props = { ...sampleVideo, start: new Date('2026-10-25T08:00:00Z'), end: new Date('2026-10-25T08:30:00Z') };
    const el = await renderMail('confirmation', props);
    expect(el.text).toContain('Κυριακή 25 Οκτωβρίου 2026, 10:00–10:30 (ώρα Ελλάδας)');
    expect(el.html).toContain('Κυριακή 25 Οκτωβρίου 2026, 10:00–10:30 (ώρα Ελλάδας)');
    const en = await renderMail('reminder', { ...props, lang: 'en' });
    expect(en.text).toContain('Sunday 25 October 2026, 10:00–10:30 (Greek time)');
    expect(unfold(el.ics!.content)).toContain('DTSTART;TZID=Europe/Athens:20261025T100000');
  });

  it('list the required documents, municipality, topic and manage link', async () => {
    const mail = await renderMail('confirmation', { ...sampleInPerson, lang: 'en' });
    for (const s of ['Identity card or passport', 'A recent utility bill', 'City of Athens', 'Family status certificate', 'K7P-4XQ-92M']) {
      expect(mail.text).toContain(s);
      expect(mail.html).toContain(s);
    }
    expect(mail.text).toContain(sampleInPerson.manageUrl!);
    expect(mail.html).toContain(`href="${sampleInPerson.manageUrl!.replace(/&/g, '&amp;')}"`);
    expect(mail.html).toMatch(/<a [^>]*>Change the time or cancel the appointment<\/a>/);
  });

  it('give the join link, its URL in plain text and video preparation only for video', async () => {
    const video = await renderMail('confirmation', sampleVideo);
    expect(video.html).toMatch(/<a\s[^>]*href="https:\/\/rantevou\.example\.gr\/join\/citizen-token-abc123"[^>]*>[\s\S]*?Σύνδεση στη βιντεοκλήση/);
    expect(video.html).toContain('>https://rantevou.example.gr/join/citizen-token-abc123<');
    expect(video.text).toContain(sampleVideo.joinUrl);
    expect(video.text).toMatch(/δελτίο ταυτότητας .*κάμερα/);
    expect(video.text).toMatch(/ήσυχο/);
    expect(video.text).toMatch(/κάμερα και μικρόφωνο/);

    for (const props of [sampleInPerson, samplePhone]) {
      // A stray joinUrl on a non-video appointment must not leak into the mail.
      const mail = await renderMail('confirmation', { ...props, joinUrl: 'https://rantevou.example.gr/join/stray' });
      expect(mail.html).not.toContain('/join/');
      expect(mail.text).not.toContain('/join/');
      expect(mail.text).not.toContain('βιντεοκλήση');
    }
  });

  it('describe the office or the phone arrangement', async () => {
    const office = await renderMail('confirmation', sampleInPerson);
    expect(office.text).toContain('Διεύθυνση: Λιοσίων 22, 104 38 Αθήνα');
    expect(office.text).toContain('Όροφος: 2ος όροφος, γραφείο 12');
    const phone = await renderMail('confirmation', samplePhone);
    expect(phone.text).toContain('Ο δήμος θα σας καλέσει στο +30 690 000 0000.');
  });

  it('give the municipality\'s e-mail beside its phone for questions (a deaf person cannot ring), and either alone', async () => {
    const withEmail = { ...sampleVideo, municipality: { ...sampleVideo.municipality, email: 'rantevou@athens.example.gr' } };
    const el = await renderMail('reminder', withEmail);
    expect(el.text).toContain('Για απορίες: τηλέφωνο δήμου +30 210 000 0000 ή email rantevou@athens.example.gr');
    expect(el.html).toContain('rantevou@athens.example.gr');
    expect((await renderMail('confirmation', { ...withEmail, lang: 'en' })).text).toContain('Questions: municipality phone +30 210 000 0000 or e-mail rantevou@athens.example.gr');
    const emailOnly = { ...withEmail, municipality: { ...withEmail.municipality, phone: undefined } };
    expect((await renderMail('reminder', emailOnly)).text).toContain('Για απορίες: email rantevou@athens.example.gr');
    expect((await renderMail('reminder', sampleVideo)).text).toContain('Για απορίες: τηλέφωνο δήμου +30 210 000 0000\n');
  });

  it('mention interpretation when arranged', async () => {
    const without = await renderMail('confirmation', sampleVideo);
    expect(without.text).not.toContain('Νοηματική');
    const gsl = await renderMail('reminder', { ...sampleVideo, lang: 'en', interpretation: 'gsl' });
    expect(gsl.text).toContain('Greek Sign Language (GSL) interpretation has been arranged');
    const lip = await renderMail('confirmation', { ...sampleVideo, interpretation: 'lip_reading' });
    expect(lip.text).toContain('χειλεανάγνωσης');
  });

  it('refuse a video appointment without its join link', async () => {
    await expect(renderMail('confirmation', { ...sampleVideo, joinUrl: undefined })).rejects.toThrow(/joinUrl/);
  });
});
