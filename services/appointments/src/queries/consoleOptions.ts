import type { Requester } from '../actor';
import type { AppDeps } from '../deps';
import { requireStaff } from '../policies';

export interface ConsoleFilterOptions {
  topics: { id: string; name_el: string; name_en: string; active: boolean }[];
  employees: { id: string; full_name: string; active: boolean }[];
}

/**
 * What the console's list can be narrowed by: every topic and employee of the
 * employee's municipality, inactive ones too (their past appointments are
 * still listed). Names only; staff of the municipality.
 */
export async function consoleFilterOptions(deps: Pick<AppDeps, 'knex'>, by: Requester): Promise<ConsoleFilterOptions> {
  const actor = by.actor;
  requireStaff(actor);
  const [topics, employees] = await Promise.all([
    deps.knex('topics').where({ municipality_id: actor.municipalityId }).orderBy([{ column: 'active', order: 'desc' }, 'name_el']).select('id', 'name_el', 'name_en', 'active'),
    deps.knex('employees').where({ municipality_id: actor.municipalityId }).orderBy([{ column: 'active', order: 'desc' }, 'full_name']).select('id', 'full_name', 'active'),
  ]);
  return { topics, employees };
}
