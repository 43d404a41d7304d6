import { describe, expect, it } from 'vitest';
import { withoutFieldPrefix, instantToZoned, joinMinutes, nearestField, parseWhole, readDocuments, readNumbers, readTopicDurations, splitMinutes, typedTopicDurations, zonedToInstant } from './formValues';

describe('form values', () => {
  it('splits reminder minutes into hours and minutes and back', () => {
    expect(splitMinutes(1440)).toEqual({ hours: '24', minutes: '0' });
    expect(splitMinutes(90)).toEqual({ hours: '1', minutes: '30' });
    expect(joinMinutes('1', '30')).toBe(90);
    expect(joinMinutes('', '45')).toBe(45);
    expect(joinMinutes('1,5', '0')).toBeNull();
  });

  it('accepts only whole numbers', () => {
    expect(parseWhole(' 15 ')).toBe(15);
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('-3')).toBeNull();
    expect(parseWhole('2.5')).toBeNull();
    expect(readNumbers({ bufferMinutes: '5', holdMinutes: 'x' })).toEqual({
      numbers: { bufferMinutes: 5 },
      problems: [{ field: 'holdMinutes', key: 'admin.errors.wholeNumber' }],
    });
  });

  it('maps an API field path to the nearest input the form has', () => {
    const known = ['openingHours', 'openingHours.1.0.end', 'name.el', 'requiredDocuments'];
    expect(nearestField('openingHours.1.0.end', known)).toBe('openingHours.1.0.end');
    expect(nearestField('openingHours.4', known)).toBe('openingHours');
    expect(nearestField('requiredDocuments.2.en', known)).toBe('requiredDocuments');
    expect(nearestField('phone', known)).toBeNull();
  });

  it('reads a typed time in the municipality zone, summer and winter', () => {
    expect(zonedToInstant('2026-07-01T09:00', 'Europe/Athens')).toBe('2026-07-01T06:00:00.000Z');
    expect(zonedToInstant('2026-01-15T09:00', 'Europe/Athens')).toBe('2026-01-15T07:00:00.000Z');
    // 29 March 2026: Athens clocks jump 03:00 → 04:00.
    expect(zonedToInstant('2026-03-29T05:00', 'Europe/Athens')).toBe('2026-03-29T02:00:00.000Z');
    expect(zonedToInstant('2026-03-29', 'Europe/Athens')).toBeNull();
    expect(instantToZoned('2026-07-01T06:00:00.000Z', 'Europe/Athens')).toBe('2026-07-01T09:00');
  });

  it('drops empty document rows and asks for the missing language of half-filled ones', () => {
    const docs = [
      { el: ' Ταυτότητα ', en: 'Identity card' },
      { el: '', en: ' ' },
      { el: 'Εξουσιοδότηση', en: '' },
    ];
    expect(readDocuments(docs, 'requiredDocuments')).toEqual({
      documents: [
        { el: 'Ταυτότητα', en: 'Identity card' },
        { el: 'Εξουσιοδότηση', en: '' },
      ],
      problems: [{ field: 'requiredDocuments.2.en', key: 'admin.errors.required' }],
    });
  });

  it('drops the field path the API puts before a field message', () => {
    expect(withoutFieldPrefix('Πεδίο «durations.video»: διάρκεια ραντεβού (λεπτά): από 5 έως 180.')).toBe('Διάρκεια ραντεβού (λεπτά): από 5 έως 180.');
    expect(withoutFieldPrefix('Field "taxId": the tax number is not valid.')).toBe('The tax number is not valid.');
    expect(withoutFieldPrefix('You cannot remove your own admin rights.')).toBe('You cannot remove your own admin rights.');
  });
});

describe("a topic's length per mode", () => {
  it('sends the filled modes the topic is offered in; empty ones take the municipality\'s length', () => {
    expect(readTopicDurations({ in_person: ' 45 ', phone: '', video: '25' }, ['in_person', 'phone', 'video'])).toEqual({ durations: { in_person: 45, video: 25 }, problems: [] });
    // A mode unticked meanwhile is not sent.
    expect(readTopicDurations({ in_person: '45', video: '25' }, ['video'])).toEqual({ durations: { video: 25 }, problems: [] });
  });

  it('names the input of a length that is not a whole number', () => {
    expect(readTopicDurations({ video: '20,5' }, ['video'])).toEqual({ durations: {}, problems: [{ field: 'durations.video', key: 'admin.errors.wholeNumber' }] });
  });

  it('tells a length outside 5–180 minutes with the other mistakes, before the server would', () => {
    expect(readTopicDurations({ video: '0', phone: '181', in_person: '5' }, ['in_person', 'phone', 'video'])).toEqual({
      durations: { in_person: 5 },
      problems: [
        { field: 'durations.phone', key: 'admin.errors.duration' },
        { field: 'durations.video', key: 'admin.errors.duration' },
      ],
    });
  });

  it('shows a saved topic\'s lengths in the inputs, empty where it has none', () => {
    expect(typedTopicDurations({ in_person: 40 })).toEqual({ in_person: '40' });
    expect(typedTopicDurations(undefined)).toEqual({});
  });
});
