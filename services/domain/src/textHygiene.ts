// Characters no person types into a form: NUL and other control characters
// (PostgreSQL refuses NUL in text, and the rest break e-mails and logs), and
// bidirectional overrides, which can make a name or a reference read
// differently on screen than it is stored ("Trojan Source"). Tab and line
// breaks are fine in free-text fields (notes, reasons, directions).

/** Fields whose text may span lines; compared with the last segment of a field's path. */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['notes', 'reason', 'text', 'directions', 'description', 'message']);

// C0 controls except tab, LF, CR; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// Embedding, override and isolate controls.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

export type UnsafeTextKind = 'control' | 'line_break' | 'bidi';

export interface UnsafeText {
  /** Dotted path of the field, e.g. "person.fullName" or "thirdPerson.email". */
  field: string;
  kind: UnsafeTextKind;
}

function check(value: string, field: string): UnsafeText | null {
  if (CONTROL.test(value)) return { field, kind: 'control' };
  if (BIDI.test(value)) return { field, kind: 'bidi' };
  const last = field.split('.').pop() ?? '';
  if (LINE_BREAK_OR_TAB.test(value) && !MULTILINE_FIELDS.has(last)) return { field, kind: 'line_break' };
  return null;
}

/** The first string anywhere in the input (object keys included) that carries such characters, or null. */
export function findUnsafeText(input: unknown, path: string[] = []): UnsafeText | null {
  if (typeof input === 'string') return check(input, path.join('.'));
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const found = findUnsafeText(input[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      const keyProblem = check(key, [...path, key].join('.'));
      if (keyProblem && keyProblem.kind !== 'line_break') return keyProblem;
      const found = findUnsafeText(value, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
