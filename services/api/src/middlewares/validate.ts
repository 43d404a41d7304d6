import type { Context } from 'koa';
import type { z } from 'zod';
import { HttpError } from '../lib/httpError';

/**
 * Parses input with a zod schema; a failure names the first bad field in
 * Greek and English (schemas carry bilingual messages, see lib/messages).
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
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

/** Messages are written "Ελληνικά | English"; zod's own defaults are English only. */
function splitMessage(message: string): [string, string] {
  const parts = message.split(' | ');
  if (parts.length === 2) return [parts[0]!, parts[1]!];
  return [`Μη έγκυρη τιμή (${message}).`, message];
}

export const body = <S extends z.ZodType>(ctx: Context, schema: S) => parse(schema, ctx.request.body ?? {});
export const query = <S extends z.ZodType>(ctx: Context, schema: S) => parse(schema, ctx.query);
