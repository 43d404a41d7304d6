import { describe, expect, it } from 'vitest';
import { renderMail } from '../index';
import { sampleInPerson, sampleVideo } from '../samples';

// A representative of a business (its link only declared) is checked against a proof of representation.
describe('the representative of a business', () => {
  const representation = { companyName: 'ΑΛΦΑ ΤΕΧΝΙΚΗ Α.Ε.' };

  it('is told in the confirmation what proof to have ready and that the video call checks it', async () => {
    const mail = await renderMail('confirmation', { ...sampleVideo, representation });
    expect(mail.text).toContain('Εκπροσώπηση της επιχείρησης: τι να έχετε έτοιμο');
    expect(mail.text).toContain('«ΑΛΦΑ ΤΕΧΝΙΚΗ Α.Ε.»');
    expect(mail.text).toContain('πιστοποιητικό εκπροσώπησης από το ΓΕΜΗ');
    expect(mail.text).toContain('δείξετε στην κάμερα');
    expect(mail.html).toContain('πιστοποιητικό εκπροσώπησης');
  });

  it('is told the same in the English reminder of an in-person appointment: bring it along', async () => {
    const mail = await renderMail('reminder', { ...sampleInPerson, lang: 'en', representation });
    expect(mail.text).toContain('Representing the business: what to have ready');
    expect(mail.text).toContain('certificate of representation');
    expect(mail.text).toContain('Bring them with you.');
  });

  it('is absent for a person booking for themselves', async () => {
    const mail = await renderMail('confirmation', sampleVideo);
    expect(mail.text).not.toContain('Εκπροσώπηση της επιχείρησης');
  });
});
