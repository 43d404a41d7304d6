// For tests: does a real answer match what the OpenAPI document says of it?
// The web's types are generated from the document, so a field the server sends
// but the document lacks (or the reverse, or a different type) is a web bug in waiting.
import { expect } from 'vitest';
import type { z } from 'zod';
import { apiPaths } from './document';

type Method = 'get' | 'post' | 'put' | 'delete';
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: z.ZodType }> }> };

/** The zod schema the document gives for this answer (the operation's JSON body at that status). */
export function documentedAnswer(method: Method, path: string, status: number): z.ZodType {
  const operation = (apiPaths[path] as Record<string, Operation> | undefined)?.[method];
  const schema = operation?.responses?.[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the document describes no JSON answer ${status} for ${method.toUpperCase()} ${path}`);
  return schema;
}

/**
 * The answer has the documented status and exactly the documented shape: every
 * field described is there with its type, and no field is left undescribed
 * (parsing drops unknown keys, so the parsed answer would differ).
 */
export function expectDocumented(method: Method, path: string, answer: { status: number; body: unknown }, status = method === 'post' ? 201 : 200): void {
  const where = `${method.toUpperCase()} ${path}`;
  expect(answer.status, `${where}: ${JSON.stringify(answer.body)}`).toBe(status);
  const parsed = documentedAnswer(method, path, status).safeParse(answer.body);
  expect(parsed.error?.issues ?? [], `${where}: fields that differ from the document`).toEqual([]);
  expect(parsed.data, `${where}: fields the document does not describe`).toStrictEqual(answer.body);
}
