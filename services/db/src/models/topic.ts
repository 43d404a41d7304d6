import { Model, type RelationMappingsThunk } from 'objection';
import type { TopicRow } from '../repositories/rows';
import { Municipality } from './municipality';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Topic extends TopicRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Topic extends Model {
  static override tableName = 'topics';
  // required_documents is a jsonb array: node-postgres would send a JS array as
  // a PostgreSQL array literal, so objection must stringify it. modes is text[].
  static override jsonAttributes = ['required_documents'];

  declare municipality?: Municipality;

  static override relationMappings: RelationMappingsThunk = () => ({
    municipality: { relation: Model.BelongsToOneRelation, modelClass: Municipality, join: { from: 'topics.municipality_id', to: 'municipalities.id' } },
  });
}
