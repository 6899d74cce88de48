/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it), so that what a module offers is one short list and modules stay acyclic.
 */
export { Department } from './department.entity';
export {
  BranchCategory,
  BranchKind,
  LEVEL_RANK,
  PositionRole,
  ROLE_PLACE,
  SINGLE_HOLDER_ROLES,
  TownshipKind,
  UnitLevel,
} from './org.enums';
export { BranchReasons, PersonReasons, PositionReasons, StarCodeReasons, UnitReasons } from './org.errors';
export { overlaps, personEditorRoles, positionEditorRoles } from './people.service';
export { StarTaskForce } from './task-force.entity';
export { Person } from './person.entity';
export { Position } from './position.entity';
export { StarType } from './star-type.entity';
export { Unit } from './unit.entity';
export { checkUnitShape, prefetched, unitEditorRoles } from './unit.service';
export type { UnitService } from './unit.service';
