import type { Knex } from 'knex';
import * as core from './001_core';
import * as sessions from './002_sessions';
import * as joinLinks from './003_join_links';
import * as rateLimits from './004_rate_limits';
import * as video from './006_video';
import * as notificationClaims from './007_notification_claims';
import * as retention from './008_retention';
import * as citizenLimits from './009_citizen_limits';
import * as recipientRoles from './010_recipient_roles';
import * as callTakeover from './011_call_takeover';
import * as consoleSearch from './012_console_search';
import * as personTimeline from './013_person_timeline';
import * as representationCheck from './014_representation_check';
import * as deskBookingWithoutEmail from './015_desk_booking_without_email';
import * as statistics from './016_statistics';
import * as sms from './017_sms';
import * as municipalityJoining from './018_municipality_joining';
import * as outcomes from './019_outcomes';
import * as rushIndexes from './020_rush_indexes';
import * as availabilityVersions from './021_availability_versions';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

// Migrations are imported, not globbed from disk, so they run the same under
// tsx, vitest and a bundle. Append new ones; never rename old ones.
const migrations: Record<string, Migration> = {
  '001_core': core,
  '002_sessions': sessions,
  '003_join_links': joinLinks,
  '004_rate_limits': rateLimits,
  '006_video': video,
  '007_notification_claims': notificationClaims,
  '008_retention': retention,
  '009_citizen_limits': citizenLimits,
  '010_recipient_roles': recipientRoles,
  '011_call_takeover': callTakeover,
  '012_console_search': consoleSearch,
  '013_person_timeline': personTimeline,
  '014_representation_check': representationCheck,
  '015_desk_booking_without_email': deskBookingWithoutEmail,
  '016_statistics': statistics,
  '017_sms': sms,
  '018_municipality_joining': municipalityJoining,
  '019_outcomes': outcomes,
  '020_rush_indexes': rushIndexes,
  '021_availability_versions': availabilityVersions,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name]!,
};
