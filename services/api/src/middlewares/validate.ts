import { findUnsafeText, type UnsafeTextKind } from '@muni/domain';
import type { Context } from 'koa';
import type { z } from 'zod';
import { HttpError } from '../lib/httpError';

/**
 * Parses input with a zod schema; a failure names the first bad field in
 * Greek and English (schemas carry bilingual messages, see lib/messages).
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const unsafe = findUnsafeText(input);
  if (unsafe) throw unsafeTextError(unsafe.field, unsafe.kind);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  const [el, en] = splitMessage(issue.message);
  throw new HttpError(
    422,
    'invalid_input',
    field ? `Πεδίο «${field}»: ${el}` : el,
    field ? `Field "${field}": ${en}` : en,
    { field, issues: result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) },
  );
}

const UNSAFE: Record<UnsafeTextKind, [string, string]> = {
  control: ['περιέχει χαρακτήρες ελέγχου που δεν πληκτρολογούνται (π.χ. NUL). Πληκτρολογήστε το ξανά.', 'contains control characters that cannot be typed (e.g. NUL). Please type it again.'],
  line_break: ['δεν μπορεί να έχει αλλαγή γραμμής ή tab. Γράψτε το σε μία γραμμή.', 'cannot contain a line break or tab. Write it on one line.'],
  bidi: ['περιέχει χαρακτήρες αλλαγής κατεύθυνσης κειμένου. Πληκτρολογήστε το ξανά.', 'contains text-direction override characters. Please type it again.'],
};

function unsafeTextError(field: string, kind: UnsafeTextKind) {
  const [el, en] = UNSAFE[kind];
  return new HttpError(422, 'unsafe_characters', `Πεδίο «${field}»: ${el}`, `Field "${field}": ${en}`, { field });
}

/** Messages are written "Ελληνικά | English"; zod's own defaults are English only. */
function splitMessage(message: string): [string, string] {
  const parts = message.split(' | ');
  if (parts.length === 2) return [parts[0]!, parts[1]!];
  return [`Μη έγκυρη τιμή (${message}).`, message];
}

export const body = <S extends z.ZodType>(ctx: Context, schema: S) => parse(schema, ctx.request.body ?? {});
export const query = <S extends z.ZodType>(ctx: Context, schema: S) => parse(schema, ctx.query);
