import type { MunicipalityRow, TopicRow } from '@muni/db';
import type { auditQuery } from '@muni/domain';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { type JoiningView, joiningView } from '../commands/municipalityJoining';
import { notFound } from '../errors';

// What the platform admin's screens read: one municipality's joining form for
// review, and the audit log.

export interface MunicipalityReview {
  municipality: MunicipalityRow;
  joining: JoiningView;
  topics: { topic: TopicRow; employeeCount: number }[];
  admins: { id: string; fullName: string; taxId: string; email: string; active: boolean }[];
  /** Booked appointments still to come: what a deactivation leaves standing. */
  upcomingAppointments: number;
}

export async function platformMunicipality(knex: Knex, id: string, now: Date): Promise<MunicipalityReview> {
  const municipality = await knex<MunicipalityRow>('municipalities').where({ id }).first();
  if (!municipality) throw notFound('not_found', 'Δεν βρέθηκε ο δήμος.', 'The municipality was not found.');
  const topics = await knex<TopicRow>('topics').where({ municipality_id: id }).orderBy('name_el');
  const counts: { topic_id: string; n: string }[] = await knex('employee_topics as et')
    .join('employees as e', 'e.id', 'et.employee_id')
    .where({ 'e.municipality_id': id, 'e.active': true })
    .groupBy('et.topic_id')
    .select('et.topic_id')
    .count('* as n');
  const admins = await knex('employees').where({ municipality_id: id, is_admin: true }).orderBy('full_name').select('id', 'full_name', 'tax_id', 'email', 'active');
  const upcoming = await knex('appointments').where({ municipality_id: id, status: 'booked' }).where('starts_at', '>', now).count<{ n: string }[]>('* as n');
  return {
    municipality,
    joining: await joiningView(knex, municipality),
    topics: topics.map((topic) => ({ topic, employeeCount: Number(counts.find((c) => c.topic_id === topic.id)?.n ?? 0) })),
    admins: admins.map((a) => ({ id: a.id, fullName: a.full_name, taxId: a.tax_id, email: a.email, active: a.active })),
    upcomingAppointments: Number(upcoming[0]!.n),
  };
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorKind: string;
  actorId: string | null;
  municipality: { id: string; name: { el: string; en: string } } | null;
  action: string;
  subjectKind: string | null;
  subjectId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export type AuditQuery = z.infer<typeof auditQuery>;

interface AuditRow {
  id: string | number;
  at: Date;
  actor_kind: string;
  actor_id: string | null;
  municipality_id: string | null;
  action: string;
  subject_kind: string | null;
  subject_id: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
  name_el: string | null;
  name_en: string | null;
}

// Days of the filter are Greek calendar days.
const ZONE = 'Europe/Athens';

/**
 * The audit log, newest first, filtered by municipality, action and day range,
 * a page at a time: `before` is the last id of the previous page (keyset, so
 * rows written meanwhile never shift a page). Only what the rows hold.
 */
export async function auditLog(knex: Knex, q: AuditQuery): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const b = knex('audit_log as a').leftJoin('municipalities as m', 'm.id', 'a.municipality_id');
  if (q.municipalityId) b.where('a.municipality_id', q.municipalityId);
  if (q.action) b.where('a.action', q.action);
  if (q.from) b.where('a.at', '>=', DateTime.fromISO(q.from, { zone: ZONE }).toJSDate());
  if (q.to) b.where('a.at', '<', DateTime.fromISO(q.to, { zone: ZONE }).plus({ days: 1 }).toJSDate());
  if (q.before) b.where('a.id', '<', q.before);
  const rows: AuditRow[] = await b.orderBy('a.id', 'desc').limit(q.limit + 1).select('a.*', 'm.name_el', 'm.name_en');
  const page = rows.slice(0, q.limit);
  return {
    entries: page.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorKind: r.actor_kind,
      actorId: r.actor_id,
      municipality: r.municipality_id ? { id: r.municipality_id, name: { el: r.name_el ?? '', en: r.name_en ?? '' } } : null,
      action: r.action,
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      ip: r.ip,
      details: r.details ?? {},
    })),
    nextBefore: rows.length > q.limit ? Number(page[page.length - 1]!.id) : null,
  };
}

/** The actions written so far, for the filter's choices. */
export const auditActions = (knex: Knex): Promise<string[]> => knex('audit_log').distinct('action').orderBy('action').pluck('action');
