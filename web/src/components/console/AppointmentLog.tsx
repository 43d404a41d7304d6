// The appointment's history and its e-mails, for the clerk at the desk.
// Times are in the municipality's zone, like everything else in the console.
import { useTranslation } from 'react-i18next';
import { useEmployees } from '../../api/hooks';
import { useLang } from '../../i18n';
import { formatDateTime, formatDay, formatTime, localDate } from '../../lib/dates';
import {
  actionKey,
  type EmailEntry,
  emailKindKey,
  emailRoleKey,
  emailTime,
  failedEmails,
  type HistoryDetail,
  type HistoryEntry,
  historyDetail,
} from './appointmentLog';
import type { ConsoleAppointment } from './consoleApi';
import { shownEmailStatus } from './emailStatus';

function When({ at, tz }: { at: string; tz: string }) {
  const lang = useLang();
  return <time dateTime={at}>{`${formatDay(localDate(at, tz), lang)} ${formatTime(at, tz, lang)}`}</time>;
}

/** Colleagues' names for "by whom" and "reassigned to"; unknown ids fall back to the role. */
function useEmployeeNames(a: ConsoleAppointment): Map<string, string> {
  const colleagues = useEmployees(a.municipality.id, a.topic.id, a.mode);
  const names = new Map((colleagues.data ?? []).map((e) => [e.id, e.displayName]));
  if (a.employee) names.set(a.employee.id, a.employee.displayName);
  return names;
}

function DetailLine({ d, tz, names }: { d: HistoryDetail; tz: string; names: Map<string, string> }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (d.kind) {
    case 'moved':
      return <>{t('console.log.moved', { from: formatDateTime(d.from, tz, lang), to: formatDateTime(d.to, tz, lang) })}</>;
    case 'reason':
      return <>{t('console.log.reason', { reason: d.text })}</>;
    case 'identity':
      return <>{t(d.outcomeKey)}</>;
    case 'reassigned':
      return <>{t('console.log.reassignedTo', { name: names.get(d.toEmployeeId) ?? t('console.log.actors.employee') })}</>;
    case 'neverJoined':
      return <>{t('console.log.neverJoined')}</>;
  }
}

function HistoryItem({ e, tz, names }: { e: HistoryEntry; tz: string; names: Map<string, string> }) {
  const { t } = useTranslation();
  const key = actionKey(e.action);
  const detail = historyDetail(e);
  const who = e.actor.kind === 'employee' && e.actor.id && names.has(e.actor.id) ? names.get(e.actor.id) : null;
  const role = ['citizen', 'employee', 'system'].includes(e.actor.kind) ? t(`console.log.actors.${e.actor.kind}`) : e.actor.kind;
  return (
    <li className="log-item">
      <When at={e.at} tz={tz} />
      <span className="log-what">{key ? t(key) : e.action}</span>
      <span className="log-who">{t('console.log.by', { who: who ? `${who} (${role})` : role })}</span>
      {detail && (
        <span className="log-detail">
          <DetailLine d={detail} tz={tz} names={names} />
        </span>
      )}
    </li>
  );
}

export function HistorySection({ a }: { a: ConsoleAppointment }) {
  const { t } = useTranslation();
  const names = useEmployeeNames(a);
  const history = a.history ?? [];
  return (
    <section className="action-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('console.log.historyTitle')}</h2>
      {history.length === 0 ? (
        <p className="hint">{t('console.log.historyNone')}</p>
      ) : (
        <ol className="log-list">
          {history.map((e, i) => (
            // Index keys: entries have no id and never reorder
            <HistoryItem key={i} e={e} tz={a.municipality.timeZone} names={names} />
          ))}
        </ol>
      )}
    </section>
  );
}

function EmailItem({ m, tz, appointmentStatus }: { m: EmailEntry; tz: string; appointmentStatus: string }) {
  const shown = shownEmailStatus(m, appointmentStatus);
  const { t } = useTranslation();
  const kindKey = emailKindKey(m.kind);
  const roleKey = emailRoleKey(m.role);
  const failed = m.status === 'failed';
  return (
    <li className={`log-item${failed ? ' log-item-failed' : ''}`}>
      <When at={emailTime(m)} tz={tz} />
      <span className="log-what">{kindKey ? t(kindKey) : m.kind}</span>
      <span className="log-who">
        {m.recipient}
        {roleKey && ` (${t(roleKey)})`}
      </span>
      <span className="log-detail">
        <strong className={`tag tag-email-${shown}`}>{t(`console.log.emailStatus.${shown}`)}</strong>
        {m.attempts > 1 && ` ${t('console.log.attempts', { count: m.attempts })}`}
        {failed && m.lastError && (
          <>
            <br />
            {t('console.log.error', { error: m.lastError })}
          </>
        )}
        {m.status === 'held_back' && (
          <>
            <br />
            {t('console.log.heldBack')}
          </>
        )}
      </span>
    </li>
  );
}

export function EmailsSection({ a }: { a: ConsoleAppointment }) {
  const { t } = useTranslation();
  const emails = a.emails ?? [];
  const failed = failedEmails(emails);
  return (
    <section className="action-section" aria-labelledby="emails-title">
      <h2 id="emails-title">{t('console.log.emailsTitle')}</h2>
      {failed.length > 0 && (
        <div className="notice notice-error">
          <p className="notice-title">{t('console.log.failedTitle', { count: failed.length })}</p>
          <p>
            {t('console.log.failedCall')} {a.person.phone && <a href={`tel:${a.person.phone.replace(/[^\d+]/g, '')}`}>{a.person.phone}</a>}
          </p>
        </div>
      )}
      {emails.length === 0 ? (
        <p className="hint">{t('console.log.emailsNone')}</p>
      ) : (
        <ul className="log-list">
          {emails.map((m, i) => (
            // Index keys: e-mails have no id here and never reorder
            <EmailItem key={i} m={m} tz={a.municipality.timeZone} appointmentStatus={a.status} />
          ))}
        </ul>
      )}
    </section>
  );
}
