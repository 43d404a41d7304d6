/** How an appointment takes place. `phone` = the municipality calls the citizen (information only). */
export const MODES = ['in_person', 'phone', 'video'] as const;
export type Mode = (typeof MODES)[number];

/** Remote interpretation a deaf or hard-of-hearing citizen may request. gsl = Greek Sign Language. */
export const INTERPRETATION_KINDS = ['gsl', 'lip_reading'] as const;
export type InterpretationKind = (typeof INTERPRETATION_KINDS)[number];

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

export function isInterpretationKind(value: unknown): value is InterpretationKind {
  return typeof value === 'string' && (INTERPRETATION_KINDS as readonly string[]).includes(value);
}
