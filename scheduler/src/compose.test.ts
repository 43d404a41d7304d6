import { RECIPIENT_ROLES, CITIZEN_ONLY_TEMPLATES, renderMail, TEMPLATE_NAMES, type RenderedMail } from '@muni/mail-templates';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { sampleInPerson, sampleInterpreter, sampleOutcome, sampleThirdPerson, sampleVideo } from '../../mail-templates/src/samples';
import { composeMessage, composerOptions, type OutgoingMail } from './compose';

const DATE = new Date('2026-11-01T10:00:00Z');
const SAMPLES = { citizen: [sampleVideo, sampleInPerson], third_person: [sampleThirdPerson], interpreter: [sampleInterpreter] };

const outgoing = (mail: RenderedMail, name = 'Μαρία Παπαδοπούλου'): OutgoingMail => ({
  from: 'Δήμος Αθηναίων <no-reply@rantevou.example.gr>',
  to: { name, address: 'maria@example.org' },
  messageId: '<0d5f2a@rantevou.example.gr>',
  mail,
});

/** The same message twice, as nodemailer's MailComposer builds it and as composeMessage writes it. */
async function bothWays(m: OutgoingMail): Promise<{ built: Buffer; serialized: Buffer }> {
  const fixed = { baseBoundary: 'fixed0boundary', date: DATE };
  const built = await new MailComposer(composerOptions(m, fixed)).compile().build();
  return { built, serialized: composeMessage(m, fixed) };
}

describe('composeMessage', () => {
  it('writes every e-mail byte for byte as nodemailer builds it: each kind, role and language', async () => {
    let compared = 0;
    for (const role of RECIPIENT_ROLES) {
      for (const name of TEMPLATE_NAMES) {
        if (role !== 'citizen' && CITIZEN_ONLY_TEMPLATES.includes(name)) continue;
        for (const lang of ['el', 'en'] as const) {
          for (const sample of name === 'outcome' ? [sampleOutcome] : SAMPLES[role]) {
            const mail = await renderMail(name, { ...sample, lang });
            const { built, serialized } = await bothWays(outgoing(mail));
            expect(serialized.toString('utf8'), `${name} for the ${role} (${lang})`).toBe(built.toString('utf8'));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(35);
  });

  it('writes a plain ASCII text part unencoded (7bit) exactly as nodemailer does, and an e-mail without a calendar too', async () => {
    const mail: RenderedMail = { subject: 'Plain', html: '<p>Hello</p>', text: 'Hello,\nthis is all ASCII.\n' };
    const { built, serialized } = await bothWays(outgoing(mail, 'Maria'));
    expect(built.toString('utf8')).toContain('Content-Transfer-Encoding: 7bit');
    expect(serialized.toString('utf8')).toBe(built.toString('utf8'));
  });

  it('gives the reader the same subject, text, HTML and calendar invitation that were rendered', async () => {
    const mail = await renderMail('reminder', sampleVideo);
    const parsed = await simpleParser(composeMessage(outgoing(mail)));
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text).toBe(mail.text);
    expect(parsed.html).toBe(mail.html);
    expect(parsed.messageId).toBe('<0d5f2a@rantevou.example.gr>');
    const ics = parsed.attachments.find((a) => a.filename === mail.ics?.filename);
    expect(ics?.content.toString('utf8')).toBe(mail.ics?.content);
  });

  it('gives each message its own boundaries', async () => {
    const mail = await renderMail('reminder', sampleVideo);
    const boundary = (raw: Buffer) => /boundary="([^"]+)"/.exec(raw.toString('utf8'))?.[1];
    const [a, b] = [boundary(composeMessage(outgoing(mail))), boundary(composeMessage(outgoing(mail)))];
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
  });
});
