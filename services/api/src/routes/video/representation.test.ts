// The identity step of a booking on behalf of a business (decree, article
// 3§1): the representative's proof of representation is a point of the
// checklist, and "representation not proven" is an outcome of its own. Against
// a REAL livekit-server, as every call command.
import { describe, expect, it } from 'vitest';
import { bookVideo, livekitBinaryOrSkip, useVideoApi } from './videoTestKit';

const binary = livekitBinaryOrSkip();

describe.skipIf(!binary)('the identity step of a business representative', () => {
  const { h } = useVideoApi(binary!);
  const noCsrf = { 'X-CSRF-Token': '' };
  const call = (token: string, action: string, body: unknown = {}) => h.client().post(`/api/v1/calls/${token}/${action}`, body, noCsrf);
  const documentChecked = { front: true, back: true, securityFeatures: true, faceMatch: true };
  const business = { onBehalfOf: { kind: 'business', companyTaxId: '094014201', companyName: 'ΑΛΦΑ ΤΕΧΝΙΚΗ Α.Ε.' } };

  it('is verified only with the proof of representation checked; without it the outcome is "representation not proven"', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:00:00.000Z', business as Parameters<typeof bookVideo>[2]);
    h.clock.set('2026-11-24T08:58:00Z');
    const employee = appt.token('employee');
    const started = await call(employee, 'identity-check/start');
    expect(started.status).toBe(200);
    expect(started.body.representationToProve).toBe(true); // the panel shows the point

    const withoutProof = await call(employee, 'identity-check/result', { documentType: 'id_card', checklist: documentChecked, outcome: 'verified' });
    expect(withoutProof.status).toBe(422);
    expect(withoutProof.body.error).toMatchObject({ code: 'representation_unchecked', field: 'checklist', missing: ['representation'] });
    expect(withoutProof.body.error.message.el).toContain('εκπροσώπησης');

    const notProven = await call(employee, 'identity-check/result', { documentType: 'id_card', checklist: { ...documentChecked, representation: false }, outcome: 'representation_not_proven' });
    expect(notProven.status).toBe(201);
    expect(notProven.body).toMatchObject({ outcome: 'representation_not_proven', state: { identityCheck: 'failed' } });

    expect((await call(employee, 'identity-check/start')).status).toBe(200);
    const verified = await call(employee, 'identity-check/result', { documentType: 'id_card', checklist: { ...documentChecked, representation: true }, outcome: 'verified' });
    expect(verified.status).toBe(201);
    expect(verified.body.state.identityCheck).toBe('verified');
    const stored = await h.knex('identity_checks').where({ appointment_id: appt.id }).orderBy('recorded_at').select('outcome', 'checklist');
    expect(stored.map((s) => s.outcome)).toEqual(['representation_not_proven', 'verified']);
    expect(stored[1]!.checklist).toMatchObject({ representation: true });
  });

  it('asks no proof of a person booking for themselves, and refuses "representation not proven" there', async () => {
    const appt = await bookVideo(h, '2026-11-24T10:00:00.000Z');
    h.clock.set('2026-11-24T09:58:00Z');
    const employee = appt.token('employee');
    expect((await call(employee, 'identity-check/start')).body.representationToProve).toBe(false);
    const refused = await call(employee, 'identity-check/result', { documentType: 'passport', checklist: documentChecked, outcome: 'representation_not_proven' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'no_representation_to_prove', field: 'outcome' });
    expect((await call(employee, 'identity-check/result', { documentType: 'passport', checklist: documentChecked, outcome: 'verified' })).status).toBe(201);
  });
});
