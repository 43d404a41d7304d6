import { type InterpretationKind, interpretingOffered, makeClosedDayPredicate, type Mode } from '@muni/domain';
import { getMunicipality, getTopic, listClosures, type MunicipalityRow, type TopicRow } from '@muni/db';
import type { Knex } from 'knex';
import { notFoundThing, ruleBroken } from '../errors';

export interface BookingContext {
  municipality: MunicipalityRow;
  topic: TopicRow;
  mode: Mode;
  durationMinutes: number;
  isClosedDay: (isoDate: string) => boolean;
}

const MODE_NAMES: Record<Mode, [string, string]> = {
  in_person: ['δια ζώσης', 'in person'],
  phone: ['τηλεφωνικά', 'by phone'],
  video: ['με βιντεοκλήση', 'by video call'],
};

/** Municipality + topic + mode as one checked unit: the topic belongs to the municipality and both offer the mode. */
export async function loadBookingContext(
  knex: Knex,
  input: { municipalityId: string; topicId: string; mode: Mode },
): Promise<BookingContext> {
  const municipality = await getMunicipality(knex, input.municipalityId);
  if (!municipality) throw notFoundThing({ el: 'ο δήμος', en: 'the municipality' });
  const topic = await getTopic(knex, municipality.id, input.topicId);
  if (!topic || !topic.active) throw notFoundThing({ el: 'η υπηρεσία (θέμα) του δήμου', en: "the municipality's service topic" });
  if (!municipality.modes.includes(input.mode) || !topic.modes.includes(input.mode)) {
    const [el, en] = MODE_NAMES[input.mode];
    throw ruleBroken('mode_not_offered', `Η υπηρεσία αυτή δεν προσφέρεται ${el}.`, `This service is not offered ${en}.`, { field: 'mode' });
  }
  const durationMinutes = topicDuration(topic, municipality, input.mode);
  if (!durationMinutes) {
    throw ruleBroken('mode_not_offered', 'Ο δήμος δεν έχει ορίσει διάρκεια για αυτόν τον τρόπο.', 'The municipality has not set a length for this mode.', { field: 'mode' });
  }
  const closures = await listClosures(knex, municipality.id);
  return {
    municipality,
    topic,
    mode: input.mode,
    durationMinutes,
    isClosedDay: makeClosedDayPredicate(closures, { publicHolidays: municipality.public_holidays_closed }),
  };
}

/** A topic's length in a mode: its own for that mode, else the municipality's (undefined: none set). */
export function topicDuration(topic: Pick<TopicRow, 'durations'>, municipality: Pick<MunicipalityRow, 'durations'>, mode: Mode): number | undefined {
  return topic.durations[mode] ?? municipality.durations[mode];
}

/**
 * Interpreting as the domain decides it per mode (interpretingFor): in a video
 * call, or by video link on the counter's screen in person; never by phone.
 * A third person is part of a video call only.
 */
export function assertSpecialRequirements(
  ctx: BookingContext,
  req: { interpretation: InterpretationKind | null; thirdPerson: unknown },
): void {
  if (req.interpretation && !interpretingOffered(ctx.mode)) {
    throw ruleBroken('interpretation_not_by_phone',
      'Η διερμηνεία στη νοηματική γλώσσα ή με χειλεανάγνωση δεν παρέχεται σε τηλεφωνικό ραντεβού. Επιλέξτε ραντεβού με βιντεοκλήση: ο/η διερμηνέας συμμετέχει στην κλήση.',
      'Sign-language or lip-reading interpreting is not offered for phone appointments. Choose a video appointment: the interpreter takes part in the call.',
      { field: 'interpretation' },
    );
  }
  if (req.thirdPerson && ctx.mode !== 'video') {
    throw ruleBroken('third_person_video_only', 'Τρίτο πρόσωπο μπορεί να προσκληθεί μόνο σε βιντεοκλήση.', 'A third person can be invited to video calls only.', { field: 'thirdPerson' });
  }
  if (req.thirdPerson && !ctx.municipality.allow_third_person) {
    throw ruleBroken('third_person_not_allowed', 'Ο δήμος δεν επιτρέπει τη συμμετοχή τρίτου προσώπου.', 'This municipality does not allow a third person to join.', { field: 'thirdPerson' });
  }
}
