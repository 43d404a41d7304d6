import type { VideoDownReason } from '@muni/livekit';
import { conflict, forbidden, gone, notFound, tooEarly as tooEarlyError, unavailable } from '../errors';
// The refusals a join page shows, in Greek and English, with what to do next.

const NEWEST_MAIL_EL = 'Χρησιμοποιήστε τον σύνδεσμο από το πιο πρόσφατο e-mail.';
const NEWEST_MAIL_EN = 'Use the link in the newest e-mail.';

export const unknownLink = () =>
  notFound('unknown_link', 'Ο σύνδεσμος δεν είναι έγκυρος. Ελέγξτε ότι τον αντιγράψατε ολόκληρο.', 'This link is not valid. Check that you copied all of it.');

// A link's refusal names whose link it was (`linkRole`), so that the page says
// what that person can do: a guest has no "My appointments", staff have the console.
const whose = (linkRole?: string) => (linkRole ? { linkRole } : {});

export const linkReplaced = (linkRole?: string) =>
  gone('link_replaced', `Ο σύνδεσμος αντικαταστάθηκε, γιατί το ραντεβού άλλαξε. ${NEWEST_MAIL_EL}`, `This link was replaced because the appointment changed. ${NEWEST_MAIL_EN}`, whose(linkRole));

export const appointmentCancelled = (linkRole?: string) =>
  gone('appointment_cancelled', `Το ραντεβού ακυρώθηκε και ο σύνδεσμος δεν ισχύει πια. ${NEWEST_MAIL_EL}`, `The appointment was cancelled and this link no longer works. ${NEWEST_MAIL_EN}`, whose(linkRole));

export const callEnded = (closesAt?: Date, linkRole?: string) =>
  gone('ended', 'Η βιντεοκλήση έχει τελειώσει. Για νέο ραντεβού επισκεφθείτε την αρχική σελίδα.', 'The video call has ended. To book a new appointment, visit the home page.', {
    ...(closesAt ? { closedAt: closesAt.toISOString() } : {}),
    ...whose(linkRole),
  });

export const tooEarly = (opensAt: Date) =>
  tooEarlyError('too_early', 'Η βιντεοκλήση δεν έχει ανοίξει ακόμη. Μπορείτε να συνδεθείτε λίγο πριν από την ώρα του ραντεβού.', 'The video call is not open yet. You can join shortly before the appointment time.', { opensAt: opensAt.toISOString() });

/** How often the join page tries again by itself while video is down. */
export const VIDEO_RETRY_SECONDS = 10;

/**
 * Video is down here (not configured, the local server restarting, LiveKit not
 * answering). Said to the person joining: what happens and what they can do.
 * What the operator should do goes to the log (call/videoHealth.ts), never here.
 */
export const videoUnavailable = (reason: VideoDownReason = 'unreachable') =>
  unavailable(
    'video_unavailable',
    'Η υπηρεσία βιντεοκλήσεων του δήμου δεν είναι προσβάσιμη αυτή τη στιγμή. Η σελίδα θα ξαναδοκιμάσει μόνη της σε λίγα δευτερόλεπτα· μπορείτε επίσης να τηλεφωνήσετε στον δήμο.',
    "The municipality's video service cannot be reached right now. This page will try again by itself in a few seconds; you can also phone the municipality.",
    { reason, retryAfterSeconds: VIDEO_RETRY_SECONDS },
  );

export const employeeOnly = () =>
  forbidden('employee_only', 'Μόνο ο υπάλληλος της κλήσης μπορεί να το κάνει αυτό.', 'Only the employee running the call can do this.');

export const notInCall = () =>
  notFound('unknown_participant', 'Δεν υπάρχει τέτοιος συμμετέχων σε αυτή την κλήση.', 'There is no such participant in this call.');

const CONSOLE_EL = 'Για να τη συνεχίσετε εσείς, ανοίξτε το ραντεβού στην κονσόλα και επιλέξτε «Ανάληψη κλήσης».';
const CONSOLE_EN = 'To run it yourself, open the appointment in the console and choose "Take over this call".';

/** The employee's link of someone a colleague took the call over from. */
export const linkTakenOver = () =>
  gone('link_taken_over', `Την κλήση ανέλαβε άλλος υπάλληλος και αυτός ο σύνδεσμος δεν ισχύει πια. ${CONSOLE_EL}`, `A colleague took over this call, so this link no longer works. ${CONSOLE_EN}`);

/** The employee's link of a deactivated employee. */
export const employeeDeactivated = () =>
  forbidden(
    'employee_deactivated',
    'Ο λογαριασμός υπαλλήλου σας έχει απενεργοποιηθεί, οπότε ο σύνδεσμος δεν λειτουργεί. Αν είναι λάθος, επικοινωνήστε με τον διαχειριστή του δήμου σας· στο μεταξύ ένας συνάδελφος μπορεί να αναλάβει την κλήση από την κονσόλα.',
    "Your employee account has been deactivated, so this link no longer works. If this is a mistake, contact your municipality's administrator; meanwhile a colleague can take the call over from the console.",
  );

/**
 * A colleague asks for the employee's link of a call someone else runs: the
 * refusal names who runs it and the confirmed, audited way to take it over.
 */
export const notYourCall = (appointmentId: string, holderName: string) =>
  forbidden(
    'not_your_call',
    `Αυτή την κλήση τη χειρίζεται ο/η ${holderName}. Μπορείτε να την αναλάβετε μετά από επιβεβαίωση· τότε ο σύνδεσμος του/της ${holderName} παύει να λειτουργεί.`,
    `This call is run by ${holderName}. You can take it over after confirming; ${holderName}'s link then stops working.`,
    { holder: { name: holderName }, takeOver: { method: 'POST', path: `/api/v1/appointments/${appointmentId}/take-over-call` } },
  );

export const notAVideoCall = () => conflict('not_a_video_call', 'Αυτό το ραντεβού δεν είναι ενεργή βιντεοκλήση.', 'This appointment is not an active video call.');
