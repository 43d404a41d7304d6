/** What goes into the .ics attached to a mail (the iCalendar text itself is written by ../ics). */
import { MODE_LABELS, municipalityName, t, topicName } from '../format';
import type { IcsMethod } from '../types';
import { when } from './sections';
import type { CalendarEntry, TemplateProps } from './template';

const title = (p: TemplateProps): string => `${topicName(p)} – ${municipalityName(p)}`;

/**
 * The citizen's own calendar entry: facts, link and the manage page. A
 * cancellation (CANCEL) carries neither the join link nor the manage page:
 * there is nothing to join or change any more.
 */
export function appointmentCalendar(p: TemplateProps, method: IcsMethod): CalendarEntry {
  const lines = [
    `${t(p.lang, { el: 'Τρόπος', en: 'Type' })}: ${t(p.lang, MODE_LABELS[p.mode])}`,
    when(p),
    `${t(p.lang, { el: 'Κωδικός ραντεβού', en: 'Booking reference' })}: ${p.reference}`,
  ];
  const active = method === 'REQUEST';
  const video = active && p.mode === 'video' && p.joinUrl;
  if (video) lines.push(`${t(p.lang, { el: 'Σύνδεση στη βιντεοκλήση', en: 'Join the video call' })}: ${p.joinUrl}`);
  if (p.mode === 'phone' && p.phoneArrangement) lines.push(p.phoneArrangement);
  const manage = active ? p.manageUrl : undefined;
  if (manage) lines.push(`${t(p.lang, { el: 'Αλλαγή ή ακύρωση', en: 'Change or cancel' })}: ${manage}`);
  return {
    method,
    title: title(p),
    description: lines.join('\n'),
    location: p.mode === 'in_person' ? p.office?.address : video ? p.joinUrl : t(p.lang, MODE_LABELS[p.mode]),
    url: video ? p.joinUrl : manage,
  };
}

/** An invitee's entry: their own link only, nothing about the citizen. */
export function inviteCalendar(p: TemplateProps, joinUrl: string): CalendarEntry {
  return {
    method: 'REQUEST',
    title: title(p),
    description: `${when(p)}\n${t(p.lang, { el: 'Σύνδεση στη βιντεοκλήση', en: 'Join the video call' })}: ${joinUrl}`,
    location: joinUrl,
    url: joinUrl,
  };
}

/** Drops an invitee's entry: no link, nothing about the citizen. */
export function inviteCancelCalendar(p: TemplateProps): CalendarEntry {
  return { method: 'CANCEL', title: title(p), description: when(p), location: t(p.lang, MODE_LABELS[p.mode]) };
}
