// Deep links into the wizard, for gov.gr and the municipalities' own sites:
// /book/<municipality-slug>, /book/<slug>/<topic-id> or /book/<slug>?topic=<topic-id>.
import type { Municipality } from '../api/types';

export interface BookingLink {
  /** As written in the link, for the "not found" message. */
  slug: string;
  /** A topic id of the right shape, or null (none given, or not an id: then ignored). */
  topicId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The link's parts from the route's params and query; null when there is no slug at all. */
export function parseBookingLink(params: { slug?: string; topicId?: string }, search: URLSearchParams): BookingLink | null {
  const slug = (params.slug ?? '').trim();
  if (!slug) return null;
  const topic = (params.topicId ?? search.get('topic') ?? '').trim();
  return { slug, topicId: UUID.test(topic) ? topic.toLowerCase() : null };
}

/** The municipality a link names: slugs compare case-blind (a site may write "Athens"). */
export function municipalityOfLink<M extends Pick<Municipality, 'slug'>>(list: readonly M[], link: BookingLink): M | undefined {
  const wanted = link.slug.toLowerCase();
  return list.find((m) => m.slug.toLowerCase() === wanted);
}

/** The path of a municipality's deep link (the "not found" page lists these). */
export function bookingLinkPath(slug: string, topicId?: string | null): string {
  return `/book/${encodeURIComponent(slug)}${topicId ? `/${encodeURIComponent(topicId)}` : ''}`;
}

/**
 * Where signing in returns to from a /book page: a deep link comes back to
 * itself (its municipality and topic must survive the trip to Taxisnet); any
 * wizard page to /book, which resumes where the user left off.
 */
export function bookReturnTo(pathname: string, search: string, steps: readonly string[]): string {
  const [, book, first] = pathname.split('/');
  if (book !== 'book' || !first || steps.includes(first) || first === 'done') return '/book';
  return `${pathname}${search}`;
}
