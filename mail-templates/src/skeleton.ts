/**
 * Compiles MJML once per *shape* of e-mail and fills in the values afterwards.
 *
 * Layout code writes every value through a `Slots` collector, which puts a
 * token (`%%3%%`) into the MJML and keeps the value, already HTML-escaped.
 * The MJML therefore depends only on the structure (which sections, how many
 * list items), so it is compiled once and cached; each render is a string
 * replace. Values never pass through the MJML parser, so user text such as
 * "</mj-text>" cannot change the markup, and escaping happens exactly once.
 */
import mjml2html from 'mjml';

const TOKEN = /%%(\d+)%%/g;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class Slots {
  readonly values: string[] = [];

  /** Text content; line breaks become <br>. */
  text(value: string): string {
    return this.put(escapeHtml(value).replace(/\r?\n/g, '<br>'));
  }

  /** An http(s) or tel: URL for an href attribute. */
  url(value: string): string {
    if (!/^(https?:\/\/|tel:)/i.test(value)) throw new Error(`refusing a link that is not http(s) or tel: ${value}`);
    return this.put(escapeHtml(value));
  }

  private put(html: string): string {
    this.values.push(html);
    return `%%${this.values.length - 1}%%`;
  }
}

const MAX_CACHED = 200;
const compiled = new Map<string, Promise<string>>();

/** MJML → HTML with tokens; strict validation, so a template bug throws instead of sending broken mail. */
export function compileSkeleton(mjml: string): Promise<string> {
  const hit = compiled.get(mjml);
  if (hit) return hit;
  const pending = mjml2html(mjml, { validationLevel: 'strict', keepComments: false, minify: true, minifyOptions: { minifyCss: false } }).then((r) => r.html);
  pending.catch(() => compiled.delete(mjml));
  if (compiled.size >= MAX_CACHED) {
    const oldest = compiled.keys().next().value;
    if (oldest !== undefined) compiled.delete(oldest);
  }
  compiled.set(mjml, pending);
  return pending;
}

export function fillSkeleton(html: string, values: readonly string[]): string {
  return html.replace(TOKEN, (_, index: string) => {
    const value = values[Number(index)];
    if (value === undefined) throw new Error(`mail skeleton token ${index} has no value`);
    return value;
  });
}

export async function renderMjml(mjml: string, slots: Slots): Promise<string> {
  return fillSkeleton(await compileSkeleton(mjml), slots.values);
}
